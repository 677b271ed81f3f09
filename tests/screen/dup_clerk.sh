# A Tabriz clerk (keys only, as another real uid: nobody through setpriv;
# root only) types in a new donor the national id and the mobile of a
# donor of Ahar.  The findings under the fields still say they are taken,
# and by which record (he tells HQ), but not that donor's name, which he
# may not read (SPEC §11).  Before, both named «زهرا کریمی‌فر».  The same
# findings for a Tabriz donor still name him.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
printf 'id,name,kind,national_id,mobile,county\n%s\n%s\n' \
    'TST-50,زهرا کریمی‌فر,person,0012345679,09141234567,AHR' \
    'TST-51,حسین علی‌پور,person,0076229645,09147654321,TBZ' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor of Ahar (TST-50) and one of Tabriz (TST-51)"
scr_nobody_user clerk TBZ "a Tabriz clerk"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'زهرا کریمی'; scr_keys Tab
scr_type '۰۰۱۲۳۴۵۶۷۹'; scr_keys Tab
scr_wait "$(vis 'این کد ملی')"; ok $? "Ahar's donor's national id: said to be registered"
scr_cap | grep -qF 'TST-50'; ok $? "... for TST-50"
scr_cap | grep -qF "$(vis 'کریمی‌فر')"; is $? 1 "... without that donor's name"
scr_keys BTab C-u; scr_type '0076229645'; scr_keys Tab
scr_wait "$(vis 'علی‌پور')"; ok $? "a Tabriz donor's national id: his name is given"
scr_keys Tab; scr_type '09141234567'; scr_keys Tab
scr_wait "$(vis 'هشدار: این شماره برای')"; ok $? "Ahar's donor's mobile: a warning"
scr_cap | grep -qF 'TST-50'; ok $? "... naming TST-50"
scr_cap | grep -qF "$(vis 'کریمی‌فر')"; is $? 1 "... not that donor's name"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
