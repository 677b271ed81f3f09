# The conflict screen's line on which side changed the selected field names
# who made the change, where the column in use is not the other station's
# alone: HQ's edit lost to TBZ's (newer), and HQ then typed a phone into the
# record in use.  That phone is HQ's change, in the version in use, marked
# to take it; before, the line said TBZ alone had changed it.  TBZ's mobile
# and HQ's notes are said as before.
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
wait_for a "Changed at TBZ only since they last agreed: marked to take theirs."
ok $? "the mobile (first field): TBZ alone changed it"
screen a | grep -Eq "Phone +○ \(empty\) +● 04133334444 \*"; ok $? "the phone: the version in use starred and marked"
$TM send-keys -t a Down
wait_for a "Changed here, in the version in use, since they last agreed: marked to take it."
ok $? "Down to the phone: changed here, in the version in use (not at TBZ)"
$TM send-keys -t a Down
wait_for a "Changed here only since they last agreed: marked to keep this database's."
ok $? "Down to the notes: this database alone changed them"
$TM kill-session -t a

# in Persian, the line fits 80 columns
$TM new-session -d -s b -x 80 -y 30 "env HAMYAR_LANG=fa HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for b "F7" >/dev/null
$TM send-keys -t b F7
sleep 0.5
$TM send-keys -t b Enter Down
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
wait_for b "$(vis 'اینجا در نسخهٔ کنونی تغییر کرده و نشان خورده است.')"
ok $? "fa: اینجا در نسخهٔ کنونی تغییر کرده و نشان خورده است, whole on an 80-column screen"
$TM kill-session -t b
done_testing
