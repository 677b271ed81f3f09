# A receipt number is a code a clerk reads out to a donor, as he reads a
# national id: its digits are all of one set, the user's (Persian by
# default), wherever it is shown.  Before, the digits of a Latin word in
# it stayed ASCII and the rest turned Persian: «AB12-3456» was shown
# «AB12-۳۴۵۶» on the pledges screen and in the payments list, one code
# in two digit sets.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22 with pledge TST-30"
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/07/12,40000000,AB12-3456\nTST-30,1403/07/20,10000000,فیش B2B 77\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/p.csv" >/dev/null; ok $? "two payments whose receipts mix letters and digits"
"$HAMYAR" --db "$DB" export payments | grep -q 'AB12-3456'; ok $? "stored as typed, ASCII digits"

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"
row_has '۱۴۰۳/۰۷/۱۲' 'AB۱۲-۳۴۵۶'; ok $? "pledges screen: the whole receipt in Persian digits"
# (the receipt's cell is laid out left to right, as a code is)
row_has '۱۴۰۳/۰۷/۲۰' "$(printf 'فیش B۲B ۷۷\n' | "$HAMYAR" layout --dir ltr)"; ok $? "... in a Persian receipt too"
scr_cap | grep -qF 'AB12'; is $? 1 "... no digit of it left ASCII"
work_pledges_quit; ok $? "back out"

# a payment's form, opened from the payments list (main menu 6)
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')"
scr_keys Home Enter
scr_wait 'AB۱۲-۳۴۵۶'; ok $? "the payment's form: the receipt in Persian digits"
scr_cap | grep -qF 'AB12'; is $? 1 "... none ASCII"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
