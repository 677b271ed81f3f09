# The conflict screen on a record edited at three databases while apart
# (TBZ the mobile, MRG the address, HQ the notes): at HQ it waits with two
# versions and shows once, with the newest.  F4 with the marks as they
# start asks, saying that what only the other waiting version changed is
# kept too, and keeps HQ's own notes; before, they were lost.  Moving a
# mark says the other version's own changes are not kept then.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
. "$HAMYAR_SRC/tests/screen/pair.inc"
M=$TMP/m
"$HAMYAR" --db "$M" init --station MRG >/dev/null 2>&1
"$HAMYAR" --db "$M" sync trust HQ "$("$HAMYAR" --db "$Q" sync key | tail -n 1)" >/dev/null
"$HAMYAR" --db "$Q" sync trust MRG "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null
field() {	# field DB ID NAME: a donor's value in `export donors --format json`
	"$HAMYAR" --db "$1" export donors --format json | grep "^{\"id\": \"$2\"," |
	    sed -n "s/.*\"$3\": \"\([^\"]*\)\".*/\1/p"
}
printf 'name,kind,county,mobile,notes\nعلی‌رضا كريمي,person,TBZ,09141234567,اولیه\nمریم یوسفی‌پور,person,TBZ,09141230000,اولیه\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG
ok $? "two donors of TBZ reach HQ and MRG"
printf 'id,notes\nTBZ-1,پرونده در ستاد\nTBZ-2,ستاد\n' >"$TMP/q.csv"
printf 'id,mobile\nTBZ-1,09141112222\nTBZ-2,09141110000\n' >"$TMP/t.csv"
printf 'id,address\nTBZ-1,مرند، خیابان امام\nTBZ-2,مرند\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ
ok $? "edited at all three; TBZ's and MRG's bundles applied at HQ"

$TM new-session -d -s keep "sleep 300"
$TM new-session -d -s a -x 100 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for a "Main menu" >/dev/null
$TM send-keys -t a F7
wait_for a "Open sync conflicts: 2" >/dev/null
ok $? "two records in conflict, each shown once"
$TM send-keys -t a Enter
wait_for a "Changed at" >/dev/null
$TM send-keys -t a F4
wait_for a "What only the other waiting versions (1) changed is kept too."
ok $? "F4 with the marks as they start: the other waiting version's own changes are kept too"
$TM send-keys -t a y
wait_for a "Conflict" >/dev/null
is "$(field "$Q" TBZ-1 notes)" "پرونده در ستاد" "HQ's own notes kept"
is "$(field "$Q" TBZ-1 mobile)" "09141112222" "TBZ's mobile kept"
is "$(field "$Q" TBZ-1 address)" "مرند، خیابان امام" "MRG's address kept"

# the second donor: a mark moved, then F4
$TM send-keys -t a Enter
wait_for a "Changed at" >/dev/null
$TM send-keys -t a Space F4
wait_for a "What only the other waiting versions (1) changed is not kept; with the marks as"
ok $? "marks moved: F4 says the other waiting version's own changes are not kept"
$TM send-keys -t a n
sleep 0.3
is "$(field "$Q" TBZ-2 notes)" "اولیه" "answered no: nothing decided"
$TM kill-session -t a

# in Persian, on 80 columns
$TM new-session -d -s b -x 80 -y 30 "env HAMYAR_LANG=fa HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for b "F7" >/dev/null
$TM send-keys -t b F7
sleep 0.5
$TM send-keys -t b Enter
sleep 0.5
$TM send-keys -t b F4
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
wait_for b "$(vis 'تغییر داده‌اند هم نگه داشته می‌شود.')"
ok $? "fa: ... تغییر داده‌اند هم نگه داشته می‌شود"
$TM kill-session -t b
done_testing
