# Looking for a reference group in the donor form's picker with the
# keyboard left in Latin: the clerk thinks «بناب» and the terminal sends
# "fkhf".  Nothing is found, and the list says what those keys are on
# the Persian layout and that F12 switches it; after F12 the same keys
# find the group.  Before, it said only «چیزی یافت نشد.».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" SLT; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
printf 'kind,name,county\n%s\n%s\n' 'council,شورای اسلامی شهر بناب,BNB' \
    'imam_office,دفتر امام جمعه مراغه,MRG' >"$TMP/g.csv"
"$HAMYAR" --db "$DB" import groups "$TMP/g.csv" >/dev/null 2>&1; ok $? "two groups imported"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_type 'ugd'						# «علی» on the Persian layout
scr_wait "$(vis 'با صفحه‌کلید فارسی: «علی»')"; ok $? "the donor list's search says the same"
scr_keys C-u; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Down Down Down Down Down Down Down Down Down Down	# -> introduced by
scr_keys F4; scr_wait "$(vis "انتخاب: گروه مرجع")"; ok $? "F4 on «introduced by» opens the group picker"
scr_type 'fkhf'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "the Latin keys find nothing"
scr_cap | grep -qF "$(vis 'با صفحه‌کلید فارسی: «بناب»')"; ok $? "... and the list says they are «بناب» on the Persian keyboard"
scr_cap | grep -qF 'F12'; ok $? "... and that F12 switches it"
scr_keys C-u F12; scr_type 'fkhf'
scr_wait "$(vis 'شورای اسلامی شهر بناب')"; ok $? "after F12 the same keys find the group"
scr_cap | grep -qF "$(vis 'با صفحه‌کلید فارسی')"; is $? 1 "(no keyboard note then)"
scr_keys Escape Escape; scr_settle
scr_keys F10; scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
