# The donor form takes a landline phone written with the country code and
# then the national 0 (+98 041 3555 1234), as a mobile is taken
# (mobile_code_and_zero.sh), and saves it as 04135551234.  Before, leaving
# the field said «شماره تلفن 11 رقم دارد ...» and F2 refused the record.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" PHN; ok $? "first start"
scr_keys Enter
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'رضا صمدي'; scr_keys Tab Tab Tab Tab	# to the phone
scr_type '+۹۸ ۰۴۱ ۳۵۵۵ ۱۲۳۴'; scr_keys Tab
row=$(scr_cap | grep -nF "$(vis 'تلفن:')" | head -n 1 | cut -d: -f1)
scr_settle
scr_cap | sed -n "$((row + 1)),$((row + 2))p" >"$TMP/under"
scr_cap | sed -n "${row}p" | grep -qF '۰۴۱۳۵۵۵۱۲۳۴'; ok $? "the phone is shown as ۰۴۱۳۵۵۵۱۲۳۴"
grep -qF "$(vis 'خطا')" "$TMP/under"; is $? 1 "leaving the phone: no error under it"
scr_type 'تبریز'; scr_keys Tab
scr_keys F2
scr_wait "PHN-1"; ok $? "F2 saves the donor"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
out=$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, 'NR > 1 { print $7 }')
is "$out" "04135551234" "the phone is stored as 04135551234"
done_testing
