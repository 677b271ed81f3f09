# A pledge of time (volunteer policing) has hours and no amount: the need's
# pledges screen shows its hours in the amount's place ("۱۲۰ ساعت"), where
# it showed "-" and the hours nowhere; a pledge in rials still shows its
# amount.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'id,donor,need,type,amount,hours,pledged_on\nTST-30,TST-12,TST-22,space,100000000,,1403/05/01\nTST-31,TST-12,TST-22,policing,,120,1403/05/02\n' >"$TMP/p.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "fixture: a pledge in rials and one of 120 hours"

work_open "$DB"
work_need_pledges
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "F7 shows the need's pledges"
row_has "TST-31" "$(vis '۱۲۰ ساعت')"; ok $? "the pledge of time shows its 120 hours"
row_has "TST-30" "۱۰۰٬۰۰۰٬۰۰۰"; ok $? "the pledge in rials its amount"
work_pledges_quit; ok $? "the program quits cleanly"
done_testing
