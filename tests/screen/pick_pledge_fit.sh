# The pledge picker of the payment form (main menu 6, F4 on the pledge)
# at 80x24 showed each pledge's status in place of its date, the donor's
# and need's columns picked at 13 cells; now both fit, in Persian and in
# English: the names are picked narrower and cut in their middle
# («کارخانهٔ…اهر», start and end kept), the ids as wide as the widest.
# A pledge cancelled or fulfilled is drawn dim, as the need picker draws
# a need done or rejected, so that the clerk picks an open one; at 64
# columns too, where no status column fits beside the names.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"

work_fixture "$DB"
cat >"$TMP/p.csv" <<'CSV'
id,donor,need,type,amount,pledged_on,status
TST-40,TST-12,TST-22,space,100000000,1403/05/01,pledged
TST-41,TST-12,TST-20,costs,۱۵٬۰۰۰٬۰۰۰,1403/05/02,cancelled
TST-42,TST-10,TST-21,equipment,80000000,1403/05/03,pledged
TST-43,TST-11,TST-23,space,40000000,1403/05/04,pledged
CSV
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1
ok $? "fixture: four pledges, TST-41 cancelled"
printf 'pledge,paid_on,amount,receipt\nTST-42,1403/06/01,80000000,فيش ۱۲\nTST-43,1403/06/01,۱۰٬۰۰۰٬۰۰۰,\n' |
	"$HAMYAR" --db "$DB" import payments - >/dev/null 2>&1
ok $? "... TST-42 paid in full (fulfilled), TST-43 in part"
row_attrs() { tm capture-pane -p -e -t main | grep -F -- "$1" | head -n 1; }
dim() { row_attrs "$1" | grep -qE "$(printf '\033')\[([0-9]+;)*2[;m]"; }
row() { scr_cap | grep -F -- "$1" | head -n 1; }

# open_picker [ARGS]: the payment form's pledge picker, the program
# started with ARGS
open_picker() {
	scr_start "$DB" "$@"
	scr_wait "TST" >/dev/null; scr_keys 6; scr_settle
	scr_keys F5; scr_settle
	scr_keys F4; scr_wait TST-43 >/dev/null; scr_settle
}
quit_picker() {
	scr_keys F10; scr_settle
	scr_keys F10; scr_settle
	scr_keys F10; scr_settle
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$1: the program quits cleanly"
}
# dims: the cancelled and fulfilled rows dim, the open and partly
# fulfilled not
dims() {
	dim TST-41; ok $? "$1: the cancelled pledge TST-41 is drawn dim"
	dim TST-42; ok $? "$1: the fulfilled pledge TST-42 is drawn dim"
	dim TST-40; r=$?; [ $r -ne 0 ]; ok $? "$1: the open pledge TST-40 is not"
	dim TST-43; r=$?; [ $r -ne 0 ]; ok $? "$1: the partly fulfilled TST-43 is not"
}

open_picker
scr_wait "$(vis 'انتخاب: مشارکت')"; ok $? "80x24: F4 on the pledge opens the picker"
row_has "$(vis 'شناسه')" "$(vis 'تاریخ تعهد')"; ok $? "80x24: its heading has the pledge's date"
row_has "$(vis 'شناسه')" "$(vis 'وضعیت')"; ok $? "80x24: ... and its status"
row_has TST-40 '۱۴۰۳/۰۵/۰۱'; ok $? "80x24: TST-40 shows its date"
row_has TST-40 "$(vis 'تعهدشده')"; ok $? "80x24: ... and its status"
row_has TST-41 "$(vis 'لغوشده')"; ok $? "80x24: TST-41 says it is cancelled"
row_has TST-43 "$(vis 'بخشی ایفاشده')"; ok $? "80x24: TST-43 says it is partly fulfilled"
row_has TST-40 '۱۰۰٬۰۰۰٬۰۰۰'; ok $? "80x24: ... its amount still shown"
r40=$(row TST-40)
holds "$r40" "$(vis 'کارخانهٔ')" "80x24: the donor's name cut in its middle keeps its start"
holds "$r40" "$(vis 'اهر')" "80x24: ... and its end"
holds "$r40" "…" "80x24: ... with «…» between"
dims 80x24
quit_picker 80x24

open_picker --lang en
scr_wait "Choose: Pledge"; ok $? "80x24 English: the picker"
row_has Id "Pledged on"; ok $? "80x24 English: its heading has the pledge's date"
row_has Id "Status"; ok $? "80x24 English: ... and its status"
row_has TST-40 '1403/05/01'; ok $? "80x24 English: TST-40 shows its date"
row_has TST-40 'Pledged'; ok $? "80x24 English: ... and its status"
row_has TST-41 'Cancelled'; ok $? "80x24 English: TST-41 says it is cancelled"
row_has TST-42 'Fulfilled'; ok $? "80x24 English: TST-42 says it is fulfilled"
row_has TST-40 '100,000,000'; ok $? "80x24 English: ... its amount still shown"
holds "$(row TST-40)" "…" "80x24 English: the names cut in their middle"
dims "80x24 English"
quit_picker "80x24 English"

SCR_SIZE=64x24
open_picker
scr_wait "$(vis 'انتخاب: مشارکت')"; ok $? "64x24: the picker"
row_has TST-40 '۱۰۰٬۰۰۰٬۰۰۰'; ok $? "64x24: TST-40 with its amount"
dims 64x24
quit_picker 64x24
open_picker --lang en
scr_wait "Choose: Pledge"; ok $? "64x24 English: the picker"
dims "64x24 English"
quit_picker "64x24 English"
done_testing
