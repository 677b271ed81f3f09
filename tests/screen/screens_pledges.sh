# Pledges and payments, keys only.  A need (TST-22, 120,000,000 rials) with
# two pledges from tests/data/screens/pledges.csv (100,000,000 and
# 15,000,000): its gap is 5,000,000.  A payment of 40,000,000 with a receipt
# number makes the first pledge partly fulfilled and shows as received; the
# rest (proposed by the screen) fulfils it; the gap does not change with
# payments.  Cancelling the second pledge raises the gap by 15,000,000, on
# this screen and on the dashboard.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture database with two pledges made with the CLI"

work_open "$DB"
# Ahar: TST-22 120M - 115M pledged, TST-23 40M: 45,000,000
row_has "$(vis 'اهر')" "۴۵٬۰۰۰٬۰۰۰"; ok $? "the dashboard shows Ahar's gap of 45,000,000"
scr_keys F3
scr_type 'تعمیر'
scr_wait "TST-22"; scr_keys Enter
scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"; ok $? "F3 finds the need by its title and opens it"
scr_keys F7
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "F7 shows its pledges, the first selected"
row_has "TST-30" "$(vis 'تعهدشده')"; ok $? "the first pledge is pledged"
row_has "TST-31" "۱۵٬۰۰۰٬۰۰۰"; ok $? "the second pledge with its amount"
scr_cap | grep -qF "$(vis 'کسری: ۵٬۰۰۰٬۰۰۰')"; ok $? "the need's gap is 5,000,000"

scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; ok $? "F5 asks for a payment's date"
scr_keys Enter						# today
scr_wait "$(vis 'مبلغ (ریال):')"
row_has "│" "۱۰۰٬۰۰۰٬۰۰۰"; ok $? "the amount proposed is what is left of the pledge, as amounts are shown"
scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_type '۴۰٬۰۰۰٬۰۰۰'; scr_keys Enter			# Persian digits, separators
scr_wait "$(vis 'شمارهٔ رسید:')"; scr_type 'R-101'; scr_keys Enter
scr_wait "$(vis 'پرداخت ثبت شد؛ تعهد TST-30: بخشی ایفاشده')"; ok $? "the payment is recorded and the pledge is partly fulfilled"
row_has "TST-30" "۴۰٬۰۰۰٬۰۰۰"; ok $? "the pledge row shows 40,000,000 paid"
row_has "R-101" "۴۰٬۰۰۰٬۰۰۰"; ok $? "the payment is listed with its receipt number (a code: its digits as written, as the payment form shows it)"
scr_cap | grep -qF "$(vis 'دریافت‌شده: ۴۰٬۰۰۰٬۰۰۰')"; ok $? "the need shows 40,000,000 received"
scr_cap | grep -qF "$(vis 'کسری: ۵٬۰۰۰٬۰۰۰')"; ok $? "the gap does not change with a payment"

scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"
row_has "│" "۶۰٬۰۰۰٬۰۰۰"; ok $? "the next payment proposed is the 60,000,000 left"
scr_keys Enter
scr_wait "$(vis 'شمارهٔ رسید:')"; scr_type 'R-102'; scr_keys Enter
scr_wait "$(vis 'پرداخت ثبت شد؛ تعهد TST-30: ایفاشده')"; ok $? "paying the rest fulfils the pledge"
"$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -q '^TST-30,.*,fulfilled,1$'; ok $? "the stored pledge is fulfilled"

scr_keys Down
scr_wait "$(vis 'پرداخت‌های تعهد TST-31')"
scr_keys F8
scr_wait "$(vis 'این تعهد لغو شود؟')"; ok $? "F8 asks before cancelling a pledge"
scr_keys y
scr_wait "$(vis 'تعهد لغو شد: TST-31')"; ok $? "the pledge is cancelled"
row_has "TST-31" "$(vis 'لغوشده')"; ok $? "and listed as cancelled"
scr_cap | grep -qF "$(vis 'کسری: ۲۰٬۰۰۰٬۰۰۰')"; ok $? "the gap grows back by 15,000,000 to 20,000,000"
scr_keys F10; scr_wait "$(vis 'نیاز TST-22')"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
row_has "$(vis 'اهر')" "۶۰٬۰۰۰٬۰۰۰"; ok $? "the dashboard's Ahar gap follows: 60,000,000"
work_quit_dash
done_testing
