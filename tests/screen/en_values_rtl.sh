# Under the English interface, what people typed in Persian is laid out in
# its own direction: the donor list's name and the form's notes read right
# to left, a final full stop on the left of the words, a Latin part in its
# place.  Before, they were laid out left to right like the interface, so
# the full stop stood at the start of a Persian note and "زهرا Smith
# احمدی‌نژاد" read احمدی‌نژاد first.  English values stay left to right.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
D=$TMP/db
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county,mobile,notes\nperson,زهرا Smith احمدی‌نژاد,TBZ,09141234567,پرونده در ستاد.\nperson,John Smith,TBZ,09141112222,Met at HQ.\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors imported"
rtl() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
ltr() { printf '%s\n' "$1" | "$HAMYAR" layout --dir ltr; }

$TM new-session -d -s a -x 80 -y 24 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$D'"
wait_for a "Main menu" >/dev/null
$TM send-keys -t a 1
wait_for a "Records: 2" >/dev/null
# (their kind between: no national id to head, list_empty_drop.sh)
wait_for a "TBZ-1       Person  $(rtl 'زهرا Smith احمدی‌نژاد')"
ok $? "the list: the Persian name right to left, زهرا on the right"
screen a | grep -qF "$(ltr 'زهرا Smith احمدی‌نژاد')"; r=$?; [ $r -ne 0 ]
ok $? "... not left to right"
screen a | grep -qF "TBZ-2       Person  John Smith"; ok $? "... an English name as before"
$TM send-keys -t a Enter
wait_re a "^ Notes: +Met at HQ\.\$"; ok $? "an English note on the left, as before"
$TM send-keys -t a F10
wait_for a "Records: 2" >/dev/null
$TM send-keys -t a Down Enter
wait_for a "Donor TBZ-1" >/dev/null
screen a | grep -Eq "^ Notes: +$(rtl 'پرونده در ستاد.')\$"
ok $? "the form: the Persian note right to left, its full stop on the left, on the right of the line"
screen a | grep -qF "$(ltr 'پرونده در ستاد.')"; r=$?; [ $r -ne 0 ]
ok $? "... not left to right (the full stop at its start)"
$TM kill-session -t a
done_testing
