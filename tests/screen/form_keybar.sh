# The key bar of a form says what the keys do in the field the cursor is
# in: F4 (انتخاب) on a choice, a county or a reference, where it opens a
# list, and not on a box of typed text (a name, a national id, an amount,
# a date), where it does nothing.  Before, the bar offered F4 on every
# field and pressing it on the name did nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
F4=$(vis 'انتخاب')

scr_firstrun "$DB" FKB; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_settle
scr_cap | tail -n 1 | grep -qF "$F4"; ok $? "on the kind (a choice) the bar offers F4"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'زهرا حسین‌زاده'; scr_settle
scr_cap | tail -n 1 | grep -qF "$F4"; is $? 1 "on the name the bar does not offer F4"
scr_cap | tail -n 1 | grep -qF "$(vis 'ذخیره')"; ok $? "... and still offers F2"
scr_keys F4; scr_settle
scr_cap | grep -qF '┌'; is $? 1 "(F4 there opens nothing indeed)"
scr_keys Tab; scr_settle
scr_cap | tail -n 1 | grep -qF "$F4"; is $? 1 "nor on the national id"
scr_keys Tab Tab Tab Tab; scr_settle			# -> county
scr_cap | tail -n 1 | grep -qF "$F4"; ok $? "on the county the bar offers F4 again"
scr_keys F4; scr_wait "$(vis 'آذرشهر')"; ok $? "... and F4 opens the county list"
scr_keys Enter; scr_settle
scr_keys Tab Tab Tab Tab; scr_settle			# -> introduced by
scr_cap | tail -n 1 | grep -qF "$F4"; ok $? "on the reference group that introduced the donor, F4 too"
scr_keys F2; scr_wait "FKB-1"
scr_keys Enter; scr_wait "$(vis 'تلفن همراه:')" >/dev/null
scr_keys Tab; scr_settle					# a stored record's name
scr_cap | tail -n 1 >"$TMP/bar"
grep -qF "$(vis 'غیرفعال‌سازی')" "$TMP/bar" && ! grep -qF "$F4" "$TMP/bar"
ok $? "a stored record: F8 offered, F4 not on its name"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
