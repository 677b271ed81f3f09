# A payment typed wrong (its amount, its day) is corrected from the need's
# pledges screen, where a clerk sees it: Tab to the payments, Enter opens
# the selected one in its form, with the form's checks (a bad amount is
# refused there, nothing saved) and its audit; F2 saves, and the screen
# shows the payment, the pledge's paid sum and status and the need's
# received again.  Before, Enter did nothing there: the clerk had to
# leave for the payments' list and find the payment by its id.  Enter on
# a pledge opens the pledge's form the same way.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22, pledge TST-30 of 100,000,000"
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/07/12,40000000,فیش ۱۱\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/p.csv" >/dev/null; ok $? "a payment of 40,000,000 on it"
PAY=$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, '$2 == "TST-30" { print $1 }')
amount() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, -v id="$PAY" '$1 == id { print $4 }'; }

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"
scr_keys Tab
scr_keys Enter
scr_wait "$(vis 'تاریخ پرداخت*:')"; ok $? "Tab, then Enter on the payment opens its form"
scr_cap | grep -qF "$PAY"; ok $? "... the payment $PAY"
scr_keys Tab Tab C-u; scr_type '۴۵م'; scr_keys F2
scr_settle
scr_cap | grep -qF "$(vis 'پرداخت‌های تعهد TST-30')"; is $? 1 "a bad amount: the form stays open"
is "$(amount)" 40000000 "... and nothing is saved"
scr_keys C-u; scr_type '۴۵٬۰۰۰٬۰۰۰'; scr_keys F2
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "F2 saves it, back on the pledges screen"
is "$(amount)" 45000000 "the payment's amount corrected"
row_has '۱۴۰۳/۰۷/۱۲' '۴۵٬۰۰۰٬۰۰۰'; ok $? "the screen shows the new amount"
row_has "$(vis 'دریافت‌شده:')" '۴۵٬۰۰۰٬۰۰۰'; ok $? "... and the need's received"
"$HAMYAR" --lang en --db "$DB" audit --id "$PAY" >"$TMP/audit"
grep -q 'amount: "40000000" -> "45000000"' "$TMP/audit"; ok $? "the change is in the audit log"
# Enter on the pledges' list: the pledge's form
scr_keys Tab; scr_keys Enter
scr_wait "$(vis 'نوع مشارکت*:')"; ok $? "Enter on a pledge opens its form"
scr_cap | grep -qF 'TST-30'; ok $? "... TST-30's"
scr_keys F10; scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "F10 back to the pledges screen"
work_pledges_quit; ok $? "back out, and the program ends"
done_testing
