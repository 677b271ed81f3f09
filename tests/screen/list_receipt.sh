# The payments' list shows each payment's receipt number, at 80 columns
# beside its pledge, date and amount, and a search finds a payment by its
# receipt number, or a part of it, in any case and digits, as it finds one
# by its donor's name; F1 says so.  Before, the list had no receipt column
# and a receipt number found nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
cat >"$TMP/pay.csv" <<'CSV'
id,pledge,paid_on,amount,receipt
TST-50,TST-30,1403/06/01,20000000,RC-7781
TST-51,TST-30,1403/06/05,5000000,R-1403-00125
TST-52,TST-31,1403/06/07,1000000,
CSV
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import payments "$TMP/pay.csv" >/dev/null
ok $? "fixture: three payments, two with receipt numbers"

search() { scr_keys C-u; scr_type "$1"; scr_settle; }
ids() { scr_cap | grep -o 'TST-5[0-9]' | tr '\n' ' '; }
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 6; scr_wait TST-52 >/dev/null; scr_settle
holds "$(scr_cap | grep -F "$(vis 'شناسه')" | head -n 1)" "$(vis 'شمارهٔ رسید')" "80x24: a receipt column"
holds "$(scr_cap | grep -F TST-50)" 'RC-7781' "80x24: TST-50's receipt on its row (a code: its digits as written)"
holds "$(scr_cap | grep -F TST-51)" 'R-1403-00125' "80x24: TST-51's, whole"
holds "$(scr_cap | grep -F TST-51)" '۱۴۰۳/۰۶/۰۵' "80x24: the date still shown"
search 'RC-7781'; is "$(ids)" "TST-50 " "a receipt number finds its payment"
search 'r-۱۴۰۳'; is "$(ids)" "TST-51 " "a part of one, lower case and Persian digits"
search '00125'; is "$(ids)" "TST-51 " "its last digits"
search 'کارخانه'; is "$(ids)" "TST-50 TST-51 TST-52 " "the donor's name still finds all three"
search ''
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'شمارهٔ رسید')"; ok $? "F1 says a receipt number finds a payment"
scr_keys Escape; scr_gone '┌' >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
