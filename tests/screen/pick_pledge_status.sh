# The pledge picker of the payment form (main menu 6, F4 on the pledge)
# at 80x24 showed a pledge's id, donor, need, amount and date, but not
# its status: a cancelled or fulfilled pledge looked like an open one,
# and a clerk could record money on a cancelled pledge picked by its
# donor's name.  Its status column, which the pledges' list has at 80
# columns, did not fit the picker's 72 cells beside the names; the
# picker now takes the donor's and need's columns at 13 cells (widened
# from what is left, as ever) and shows the status in place of the date,
# which the form's error names when a payment is dated before it.  (Now
# both: pick_pledge_fit.sh.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"

work_fixture "$DB"
cat >"$TMP/p.csv" <<'CSV'
id,donor,need,type,amount,pledged_on,status
TST-40,TST-12,TST-22,space,100000000,1403/05/01,pledged
TST-41,TST-12,TST-20,costs,۱۵٬۰۰۰٬۰۰۰,1403/05/02,cancelled
TST-42,TST-12,TST-21,equipment,80000000,1403/05/03,pledged
TST-43,TST-12,TST-23,space,40000000,1403/05/04,pledged
CSV
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1
ok $? "fixture: four pledges, one cancelled"
printf 'pledge,paid_on,amount,receipt\nTST-42,1403/06/01,80000000,فيش ۱۲\nTST-43,1403/06/01,۱۰٬۰۰۰٬۰۰۰,\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1
ok $? "... TST-42 paid in full, TST-43 in part"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_keys F4
scr_wait "$(vis 'انتخاب: مشارکت')"; ok $? "F4 on the pledge field opens the pledge picker"
scr_settle
row_has "$(vis 'شناسه')" "$(vis 'وضعیت')"; ok $? "the picker's heading has a status column"
row_has TST-41 "$(vis 'لغوشده')"; ok $? "the cancelled pledge TST-41 says it is cancelled"
row_has TST-42 "$(vis 'ایفاشده')"; ok $? "the fulfilled pledge TST-42 says it is fulfilled"
row_has TST-43 "$(vis 'بخشی ایفاشده')"; ok $? "TST-43 says it is partly fulfilled"
row_has TST-40 "$(vis 'تعهدشده')"; ok $? "the open pledge TST-40 says it is pledged"
row_has TST-40 "$(vis '۱۰۰٬۰۰۰٬۰۰۰')"; ok $? "... its amount still shown"
row_has TST-40 "$(vis 'تعمیر')"; ok $? "... and its need (cut in its middle: pick_pledge_fit.sh)"
scr_keys F10; scr_gone "$(vis 'انتخاب: مشارکت')"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
