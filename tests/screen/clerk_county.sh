# A clerk works in one county: a new donor's (group's, unit's) county starts
# as his, and he need not choose it on every record of the morning.
# Before, the field was empty, and F2 without choosing it said only that
# it was required.  The administrator (no county of his own) still chooses.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
work_fixture "$DB"; ok $? "fixture database made with the CLI"
scr_nobody_user clerk TBZ "a Tabriz clerk"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'شهرستان*:')"; ok $? "F5: a new donor"
row_has "$(vis 'شهرستان*:')" "$(vis 'تبریز')"; ok $? "its county is the clerk's, Tabriz"
scr_cap | grep -qF "$(vis 'تغییرات ذخیره‌نشده')"; is $? 1 "... which is no change of his to save"
scr_keys Space Enter Tab
scr_type 'مريم كاظمي‌نژاد'; scr_keys F2
scr_wait "$(vis 'ذخیره شد')"; ok $? "kind and name typed, F2 saves"
"$HAMYAR" --db "$DB" export donors | tr -d '\r' | grep -F 'مریم کاظمی‌نژاد' | grep -q ',TBZ,'
ok $? "the donor is stored in Tabriz"
# another county typed over the proposal replaces it, as over a date
scr_keys F5; scr_wait "$(vis 'شهرستان*:')"
scr_keys Tab Tab Tab Tab Tab Tab; scr_type 'اهر'; scr_keys Tab; scr_settle
row_has "$(vis 'شهرستان*:')" "$(vis 'اهر')"; ok $? "Ahar typed over it: Ahar"
row_has "$(vis 'شهرستان*:')" "$(vis 'تبریز')"; is $? 1 "... and Tabriz is gone"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'شهرستان*:')"
row_has "$(vis 'شهرستان*:')" "$(vis 'تبریز')"; is $? 1 "the administrator's new donor has no county yet"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
