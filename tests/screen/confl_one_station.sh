# A conflict whose two versions both carry TBZ's code: TBZ made them in two
# of its databases, the one it had before it was restored from a backup
# or installed afresh, and the one it has now.  The detail's heading said
# «changed at TBZ and at TBZ», and its field line «Changed at TBZ and at
# TBZ since they last agreed», which told the supervisor nothing; it now
# says «changed in two databases of TBZ» (at TBZ: «of this station»), the
# times of this database's version and of the incoming one, that both
# sides changed a field at TBZ, and of a field one side changed, which
# side (TBZ, the station of both, tells none).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,mobile\nعلی‌رضا كريمي,person,TBZ,09141234567\nزهرا احمدی‌نژاد,person,TBZ,۰۹۱۲۱۱۱۲۲۳۳\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
bundle "$Q" "$T" TBZ
ok $? "two donors registered at TBZ reach HQ"
# restored from a backup: TBZ-2 edited before the disk died (the edit
# reached HQ) and again after the restore
"$HAMYAR" --db "$T" backup "$TMP/bk.mdb" >/dev/null 2>&1 &&
printf 'id,notes\nTBZ-2,یادداشت پیش از خرابی\n' >"$TMP/e1.csv" &&
printf 'id,notes,mobile\nTBZ-2,یادداشت پس از بازگردانی,09121110000\n' >"$TMP/e2.csv" &&
"$HAMYAR" --db "$T" import donors "$TMP/e1.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
rm -rf "$T" && mkdir "$T" && cp "$TMP/bk.mdb" "$T/data.mdb" &&
"$HAMYAR" --db "$T" import donors "$TMP/e2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "TBZ-2 edited at TBZ, TBZ restored from a backup, TBZ-2 edited again, both sent to HQ"
# installed afresh: its new TBZ-1, another person, sent before HQ's bundle
reinstall_tbz && new_tbz1
ok $? "TBZ installed afresh, its new TBZ-1 sent to HQ first"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 2 "two open conflicts at HQ"

d='[0-9/]+ [0-9]{2}:[0-9]{2}'
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
$TM new-session -d -s keep "sleep 300"
$TM new-session -d -s a -x 100 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for a "Main menu" >/dev/null
$TM send-keys -t a F7
wait_for a "Open sync conflicts: 2" >/dev/null
$TM send-keys -t a Enter
wait_for a "): changed in two databases of TBZ"
ok $? "TBZ-1: changed in two databases of TBZ"
screen a | grep -q "changed at TBZ and at TBZ"; is $? 1 "... not «changed at TBZ and at TBZ»"
screen a | grep -Eq "^ Changed: this database's $d, the incoming $d\.\$"
ok $? "... the times of this database's version and of the incoming one"
screen a | grep -qF "Two different records under one number"; ok $? "... two records under one number, as before"
$TM send-keys -t a F10
wait_for a "Open sync conflicts: 2" >/dev/null
$TM send-keys -t a Down Enter
wait_for a "TBZ-2 ($(vis 'زهرا احمدی‌نژاد')): changed in two databases of TBZ"
ok $? "TBZ-2: changed in two databases of TBZ"
screen a | grep -qF "Only the incoming changed it since they last agreed: marked to take it."
ok $? "... its mobile, which only the incoming version changed: said so, not «Changed at TBZ only»"
$TM send-keys -t a Space
wait_for a "Only the incoming changed it since they last agreed, but this database's value is marked."
ok $? "... Space on it: this database's value marked, the line says so"
$TM send-keys -t a Space
wait_for a "Only the incoming changed it since they last agreed: marked to take it."
ok $? "... Space again: the incoming one marked again"
$TM send-keys -t a Down
wait_for a "Both sides changed it at TBZ since they last agreed: choose which to keep."
ok $? "... its notes: both sides changed them at TBZ"
screen a | grep -q "at TBZ and at TBZ"; is $? 1 "... not «at TBZ and at TBZ»"
screen a | grep -qF "Two different records"; is $? 1 "... one record, not two"
$TM kill-session -t a

# in Persian, on an 80-column screen, the heading is whole
$TM new-session -d -s b -x 80 -y 30 "env HAMYAR_LANG=fa HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for b "F7" >/dev/null
$TM send-keys -t b F7
sleep 0.5
$TM send-keys -t b Enter
wait_for b "$(vis 'خیّر TBZ-1 (مریم یوسفی‌پور): در دو پایگاه دادهٔ TBZ تغییر کرده است')"
ok $? "fa: در دو پایگاه دادهٔ TBZ تغییر کرده است, whole on an 80-column screen"
$TM kill-session -t b

# at TBZ, HQ's TBZ-1 (the old TBZ's) comes back: both are this station's
bundle "$Q" "$T" TBZ; ok $? "HQ's bundle imported at TBZ"
$TM new-session -d -s c -x 100 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$T'"
wait_for c "Main menu" >/dev/null
$TM send-keys -t c F7
wait_for c "Open sync conflicts: 1" >/dev/null
$TM send-keys -t c Enter
wait_for c "): changed in two databases of this station"
ok $? "TBZ: changed in two databases of this station"
screen c | grep -q "changed here and at TBZ"; is $? 1 "... not «changed here and at TBZ»"
$TM kill-session -t c
done_testing
