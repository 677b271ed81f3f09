# The same payment recorded twice on a need's pledges screen (F5): a
# receipt number the pledge already has a payment with (typed with the
# Arabic yeh the first time, the Persian one the second: the same slip), or
# with no receipt the same amount on the same day, is said before it is
# written, and written only if the clerk says so.  Before, the second was
# written without a word: the slip's money counted twice as received and
# the pledge's status moved on.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22, pledge TST-30 of 100,000,000"
npay() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, '$2 == "TST-30" { n++ } END { print n + 0 }'; }
TWICE="$(vis 'پیش‌تر برای این تعهد ثبت شده است.')"
pay() {	# pay DATE AMOUNT RECEIPT: F5 on the selected pledge, the three prompts
	scr_keys F5
	scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')" || return 1
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do tm send-keys -t main BSpace; done
	scr_type "$1"; scr_keys Enter
	scr_wait "$(vis 'مبلغ (ریال):')" || return 1
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do tm send-keys -t main BSpace; done
	scr_type "$2"; scr_keys Enter
	scr_wait "$(vis 'شمارهٔ رسید:')" || return 1
	[ -n "$3" ] && scr_type "$3"
	scr_keys Enter
}

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"
pay '۱۴۰۳/۰۷/۱۲' '۴۰٬۰۰۰٬۰۰۰' 'فيش ۱۲۳۴۵ بانک ملّی'
scr_wait "$(vis 'پرداخت ثبت شد؛ تعهد')"; ok $? "a first payment with its receipt"
is "$(npay)" 1 "stored"
scr_cap | grep -qF "$TWICE"; is $? 1 "nothing said of a repeat"

pay '1403/07/13' '40000000' 'فیش ۱۲۳۴۵ بانک ملّی'
scr_wait "$TWICE" 5; ok $? "the same receipt again: said before it is written"
scr_cap | grep -qF "$(vis 'بله (y)')"; ok $? "and the clerk is asked (yes / no)"
is "$(npay)" 1 "nothing written while asked"
scr_keys n
scr_gone "$TWICE"
scr_wait "$(vis 'شمارهٔ رسید:')"; ok $? "«no»: the receipt asked again, holding what was typed"
scr_cap | grep -qF "$(vis 'فیش ۱۲۳۴۵')"; ok $? "... the receipt as typed"
is "$(npay)" 1 "... not written"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y	# given up
scr_gone "$(vis 'شمارهٔ رسید:')"
scr_cap | grep -qF "$(vis 'دریافت‌شده: ۴۰٬۰۰۰٬۰۰۰')"; ok $? "received still 40,000,000"

# With no receipt: the same amount on the same day.
pay '1403/08/01' '10000000' ''
scr_wait "$(vis 'دریافت‌شده: ۵۰٬۰۰۰٬۰۰۰')"; ok $? "a payment with no receipt"
scr_cap | grep -qF "$TWICE"; is $? 1 "another receipt or none: nothing said"
pay '۱۴۰۳/۰۸/۰۱' '۱۰٬۰۰۰٬۰۰۰' ''
scr_wait "$TWICE" 5; ok $? "the same amount on the same day with no receipt: said"
scr_keys y
scr_wait "$(vis 'دریافت‌شده: ۶۰٬۰۰۰٬۰۰۰')"; ok $? "«yes» writes it (two equal payments of one day do happen)"
is "$(npay)" 3 "three payments stored"
work_pledges_quit; ok $? "back out, and the program ends"
done_testing
