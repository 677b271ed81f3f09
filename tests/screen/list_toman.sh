# Amounts in toman (the user's setting): a list's amount column is headed
# in toman as its rows are, «مبلغ (تومان)», in the pledges' and the
# payments' lists, in F6's menu and in the record picker; in rials again
# once the setting is back; the rows' amounts in toman too, as the sums
# under them are.  Before, the heading said rial, and the rows were in
# rials under sums in toman.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'id,pledge,paid_on,amount,receipt\nTST-50,TST-30,1403/06/01,20000000,RC-7781\n' >"$TMP/pay.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import payments "$TMP/pay.csv" >/dev/null
ok $? "fixture: two pledges, a payment of 20,000,000 rials"

head_row() { scr_cap | grep -F "$(vis 'شناسه')" | head -n 1; }
currency() {	# switch rial <-> toman in the user's settings, from the main menu
	scr_keys F9; scr_wait "$(vis 'همهٔ تنظیمات (رنگ‌ها، ریال یا تومان، ...)')" >/dev/null
	scr_keys Down Down Down Enter; scr_wait "$(vis 'تنظیمات حساب شما')" >/dev/null
	scr_keys Down Down Down Down Down Enter; scr_wait "$(vis "واحد مبلغ‌ها: $1")" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
}
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
currency 'تومان'
scr_keys 6; scr_wait TST-50 >/dev/null; scr_settle
scr_cap | grep -F TST-50 | grep -qF '۲٬۰۰۰٬۰۰۰'; ok $? "payments: the amount in toman"
holds "$(head_row)" "$(vis 'مبلغ (تومان)')" "payments: headed «مبلغ (تومان)»"
scr_cap | grep -qF "$(vis 'ریال')"; r=$?; [ $r -ne 0 ]; ok $? "payments: no «ریال» on the screen"
scr_keys F6; scr_wait "$(vis 'مرتب‌سازی بر پایهٔ')" >/dev/null
scr_cap | grep -F '│' | grep -qF "$(vis 'مبلغ (تومان)') │"; ok $? "F6 offers «مبلغ (تومان)»"
scr_keys Escape; scr_gone '┌' >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 5; scr_wait TST-31 >/dev/null; scr_settle
holds "$(head_row)" "$(vis 'مبلغ (تومان)')" "pledges: headed «مبلغ (تومان)»"
scr_cap | grep -F TST-30 | grep -qF '۱۰٬۰۰۰٬۰۰۰'; ok $? "pledges: the amount in toman"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
currency 'ریال'
scr_keys 5; scr_wait TST-31 >/dev/null; scr_settle
holds "$(head_row)" "$(vis 'مبلغ (ریال)')" "in rials again: headed «مبلغ (ریال)»"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
