# A station installed afresh typed a donor under TBZ-1 and sent it to HQ
# before HQ's first bundle reached it: HQ's TBZ-1, another person, and the
# new one wait as two versions of one record.  The conflict screen says
# above the fields that these are two different records under one number,
# and its F1 says what to do (keep one, type the other again
# as a new record), as README and `sync conflicts` do.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
. "$HAMYAR_SRC/tests/screen/pair.inc"
tbz1_apart

$TM new-session -d -s keep "sleep 300"
$TM new-session -d -s a -x 100 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for a "Main menu" >/dev/null
$TM send-keys -t a F7
wait_for a "Open sync conflicts: 1" >/dev/null
$TM send-keys -t a Enter
wait_for a "Two different records under one number: no decision keeps both (F1: what to do)."
ok $? "the detail says: two different records under one number"
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
screen a | grep "Name" | grep -F "$(vis 'علی‌رضا کریمی')" | grep -qF "$(vis 'مریم یوسفی‌پور')"
ok $? "... and shows both names below it"
screen a | grep -qF "Which side changed this field is not known here"
[ $? -ne 0 ]; ok $? "... not the line that the history is too old to tell who changed what"
$TM send-keys -t a F1
wait_for a "Keep one (F3 or F4), then type the other again as a new record (it"
ok $? "F1 says what to do: type the other again as a new record"
screen a | grep -qF "person: look at them, and move the other's to the new record."
ok $? "... and move to it the pledges and ceremonies that were the other's"
$TM send-keys -t a Escape
sleep 0.3
$TM send-keys -t a F10
wait_for a "Open sync conflicts: 1" >/dev/null
$TM send-keys -t a F1
wait_for a "Records that this database and another changed while apart." >/dev/null
screen a | grep -qF "two different records under one number"
[ $? -ne 0 ]; ok $? "the list's F1 is the usual help"
$TM kill-session -t a

# in Persian, the notice is whole on an 80-column screen
$TM new-session -d -s b -x 80 -y 30 "env HAMYAR_LANG=fa HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for b "F7" >/dev/null
$TM send-keys -t b F7
sleep 0.5
$TM send-keys -t b Enter
wait_for b "$(vis 'دو رکورد جدا با یک شماره: هیچ تصمیمی هر دو را نگه نمی‌دارد (F1: چه باید کرد).')"
ok $? "fa: دو رکورد جدا با یک شماره, whole on an 80-column screen"
$TM kill-session -t b
done_testing
