# The line above the keys on a record of the sync conflict screen says who
# changed the selected field and which value is marked to keep: the marks
# start on the side that changed it, and once Space moves a mark to the
# other value the line says so, and says the first again when Space moves
# it back.  Before, it kept saying the change was marked to take whatever
# the mark showed.  HQ's notes lost to TBZ's newer mobile, then HQ typed a
# phone into the record in use: TBZ's mobile, HQ's phone in the version in
# use, HQ's notes set aside.  In English at 100 columns and in Persian at 80.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,mobile,notes\nعلی‌رضا کریمی,person,TBZ,09141234567,اولیه\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
printf 'id,notes\nTBZ-1,پرونده در ستاد\n' >"$TMP/q1.csv"
printf 'id,mobile\nTBZ-1,09141112222\n' >"$TMP/t1.csv"
printf 'id,phone\nTBZ-1,04133334444\n' >"$TMP/q2.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t1.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
"$HAMYAR" --db "$Q" import donors "$TMP/q2.csv" >/dev/null 2>&1
ok $? "HQ's notes lose to TBZ's newer mobile; HQ then types a phone"

$TM new-session -d -s keep "sleep 300"
$TM new-session -d -s a -x 100 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for a "Main menu" >/dev/null
$TM send-keys -t a F7
wait_for a "Open sync conflicts: 1" >/dev/null
$TM send-keys -t a Enter
wait_for a "Changed at TBZ only since they last agreed: marked to take theirs." >/dev/null
$TM send-keys -t a Space
wait_for a "Changed at TBZ only since they last agreed, but this database's value is marked."
ok $? "Space on TBZ's mobile: the line says this database's value is marked now"
wait_re a "Mobile +● 09141234567 +○ 09141112222 \*"; ok $? "... as the marks show"
$TM send-keys -t a Space
wait_for a "Changed at TBZ only since they last agreed: marked to take theirs."
ok $? "Space again: TBZ's mobile marked to take, as the line says"
$TM send-keys -t a Down
wait_for a "Changed here, in the version in use, since they last agreed: marked to take it." >/dev/null
$TM send-keys -t a Space
wait_for a "Changed here, in the version in use, since they last agreed, but the value set aside is marked."
ok $? "Space on HQ's phone in the version in use: the value set aside is marked"
$TM send-keys -t a Down
wait_for a "Changed here only since they last agreed: marked to keep this database's." >/dev/null
$TM send-keys -t a Right
wait_for a "Changed here only since they last agreed, but the value from TBZ is marked."
ok $? "Right on HQ's notes: TBZ's value marked, the line says so"
$TM send-keys -t a Left
wait_for a "Changed here only since they last agreed: marked to keep this database's."
ok $? "Left: this database's again"
$TM send-keys -t a Up
wait_for a "Changed here, in the version in use, since they last agreed, but the value set aside is marked."
ok $? "Up to the phone: its mark, moved, said as it is"
$TM kill-session -t a

# in Persian, at 80 columns, whole
$TM new-session -d -s b -x 80 -y 30 "env HAMYAR_LANG=fa HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for b "F7" >/dev/null
$TM send-keys -t b F7
sleep 0.5
$TM send-keys -t b Enter
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
wait_for b "$(vis 'فقط در TBZ تغییر کرده: مقدار آن نشان خورده است.')" >/dev/null
$TM send-keys -t b Space
wait_for b "$(vis 'از آخرین یکسانی، فقط در TBZ تغییر کرده، ولی مقدار اینجا نشان خورده است.')"
ok $? "fa: Space on the mobile: مقدار اینجا نشان خورده است, whole on an 80-column screen"
$TM send-keys -t b Down Space
wait_for b "$(vis 'از آخرین یکسانی، اینجا در نسخهٔ کنونی تغییر کرده، ولی دیگری نشان خورده است.')"
ok $? "fa: the phone: ولی دیگری نشان خورده است, whole"
$TM kill-session -t b
done_testing
