# The status line after a payment is saved names it by its pledge's donor
# and both amounts, each with what it is: «ذخیره شد: TST-.. کارخانهٔ قند
# اهر — تعهد ۱۰۰٬۰۰۰٬۰۰۰، پرداخت ۲۰٬۰۰۰٬۰۰۰».  Before, the two amounts
# stood bare side by side, «— ۱۰۰٬۰۰۰٬۰۰۰ — ۲۰٬۰۰۰٬۰۰۰», and the clerk had
# to guess which was the pledge.  The amount is typed with dots grouping
# its digits («۲۰.۰۰۰.۰۰۰», as many in Iran write it), which the form
# once refused as not a whole number of rials; «۲۰.۵» still is.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: pledge TST-30 of 100,000,000 by Qand Ahar"
LIST="$(vis 'جست‌وجو:')"
WHOLE="$(vis 'مبلغ باید عددی صحیح به ریال باشد')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait "$LIST" >/dev/null
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type TST-30; scr_keys Tab
scr_keys C-u; scr_type '۱۴۰۳/۰۷/۱۵'; scr_keys Tab
scr_type '۲۰.۵'; scr_keys Tab
scr_wait "$WHOLE" 5; ok $? "«۲۰.۵»: refused, an amount is whole rials"
scr_keys BTab C-u; scr_type '۲۰.۰۰۰.۰۰۰'; scr_keys Tab
scr_gone "$WHOLE"; ok $? "«۲۰.۰۰۰.۰۰۰»: taken"
scr_keys F2
scr_wait "$LIST" >/dev/null
scr_wait "$(vis 'کارخانهٔ قند اهر — تعهد ۱۰۰٬۰۰۰٬۰۰۰، پرداخت ۲۰٬۰۰۰٬۰۰۰')" 5
ok $? "saved: the pledge's amount and the payment's, each labelled"
pid=$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | sed -n 's/^\(TST-[0-9]*\),TST-30,1403\/07\/15,.*/\1/p')
line=$(scr_cap | grep -F "$(vis 'ذخیره شد:')")
holds "$line" "$(vis "ذخیره شد: $pid کارخانهٔ قند اهر — تعهد ۱۰۰٬۰۰۰٬۰۰۰، پرداخت ۲۰٬۰۰۰٬۰۰۰")" \
    "the whole line, id first, fits 80 columns"
case $line in "") ok 1 "no saved line" ;; *"$(vis '۰ — ۲')"*) ok 1 "no two bare amounts: $line" ;; *) ok 0 "no two bare amounts" ;; esac
is "$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -c ',TST-30,1403/07/15,20000000,')" 1 \
    "stored as 20,000,000 rials"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
