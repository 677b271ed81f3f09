# The donor form takes a mobile written with the country code and then the
# national 0 (+98 0914 123 4567), as people write it, and saves it as
# 09141234567.  Before, leaving the field said «a mobile number is 09 and
# 9 more digits» and F2 refused the record.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" MOB; ok $? "first start"
scr_keys Enter
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'فاطمه كاظمی‌پور'; scr_keys Tab	# Arabic kaf, as typed
scr_type '0012345679'; scr_keys Tab Tab			# past the legal id
scr_type '+98 0914 123 4567'; scr_keys Tab
row=$(scr_cap | grep -nF "$(vis 'تلفن همراه:')" | head -n 1 | cut -d: -f1)
scr_settle
scr_cap | sed -n "$((row + 1)),$((row + 2))p" >"$TMP/under"
scr_cap | sed -n "${row}p" | grep -qF '۰۹۱۴۱۲۳۴۵۶۷'; ok $? "the mobile is shown as ۰۹۱۴۱۲۳۴۵۶۷"
grep -qF "$(vis 'خطا')" "$TMP/under"; is $? 1 "leaving the mobile: no error under it"
scr_keys Tab F4; scr_wait "$(vis 'مراغه')" >/dev/null; scr_keys Enter	# county
scr_keys F2
scr_wait "MOB-1"; ok $? "F2 saves the donor"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
out=$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, 'NR > 1 { print $6 }')
is "$out" "09141234567" "the mobile is stored as 09141234567"
done_testing
