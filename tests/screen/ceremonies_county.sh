# The ceremonies' list filters by county, as the other lists do (F4,
# «شهرستان»): a ceremony is in a county when it honours a donor of that
# county, so one honouring donors of two counties is under each of them,
# and one honouring nobody yet under none; F1 says so.  The filter is
# named in the list's search line beside the count, and «بدون صافی» shows
# every ceremony again.  A clerk's list holds his county's ceremonies (and
# those of several counties, SPEC §11) and names his county in the same
# place; F4 tells him his county is fixed.  Before, the list had no F4 and
# no county in its heading: a supervisor looking for the ceremonies that
# honoured Ahar's donors read the whole province's.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "the fixture: Tabriz's and Ahar's donors"
{
	echo 'id,held_on,title,place,donors'
	echo 'TST-50,1403/10/15,تجليل از خیّرین تبریز,تالار فرهنگ,TST-10'
	echo 'TST-51,1403/11/02,قدردانی از کارخانه‌های اهر,سالن فرمانداری,TST-12'
	echo 'TST-52,1403/12/20,آیین خیّرین شهرستان‌ها,ستاد استان,TST-11 TST-12'
	echo 'TST-53,1404/01/25,همایش سالانهٔ نیکوکاری,,'
} >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "import the ceremonies"
SEARCH() { scr_cap | sed -n 2p; }
MENU="$(vis 'صافی بر پایهٔ')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait 'TST-53' >/dev/null; ok $? "the ceremonies' list: all four"
scr_cap | tail -n 1 | grep -q 'F4[^0-9]'; ok $? "its bar offers F4"
scr_cap | tail -n 1 | grep -q 'F7'; ok $? "... and still F7"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'خیّری از آن شهرستان تجلیل شده')"; ok $? "F1: a ceremony is in the counties of the donors it honours"
scr_keys Enter; scr_gone '┌' >/dev/null
scr_keys F4; scr_wait "$MENU" >/dev/null; ok $? "F4: the filter menu"
scr_pick 'شهرستان'
scr_wait "$(vis 'آذرشهر')" >/dev/null; ok $? "... by county: the counties"
scr_type 'اهر'; scr_keys Enter
scr_wait "$(vis 'شهرستان: اهر')" >/dev/null; ok $? "Ahar: named in the search line"
scr_settle
SEARCH | grep -qF "$(vis 'رکوردها: ۲')"; ok $? "... beside its count, 2"
scr_cap | grep -q 'TST-51'; ok $? "... TST-51 shown (Ahar's donor)"
scr_cap | grep -q 'TST-52'; ok $? "... and TST-52 (donors of Tabriz and Ahar)"
scr_cap | grep -q 'TST-50'; is $? 1 "... not Tabriz's TST-50"
scr_cap | grep -q 'TST-53'; is $? 1 "... nor TST-53, honouring nobody"
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'شهرستان'
scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_type 'تبر'; scr_keys Enter
scr_wait "$(vis 'شهرستان: تبریز')" >/dev/null; ok $? "Tabriz instead"
scr_settle
scr_cap | grep -q 'TST-50'; ok $? "... TST-50 shown"
scr_cap | grep -q 'TST-52'; ok $? "... TST-52 too"
scr_cap | grep -q 'TST-5[13]'; is $? 1 "... not TST-51 nor TST-53"
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'بدون صافی'
scr_wait 'TST-53' >/dev/null; ok $? "no filter: all again"
SEARCH | grep -qF "$(vis 'شهرستان:')"; is $? 1 "... no county named"
SEARCH | grep -qF "$(vis 'رکوردها: ۴')"; ok $? "... 4 records"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# a clerk of Ahar: his county's ceremonies and those of several counties,
# his county named in the search line
scr_second_uid
scr_nobody_user clerk AHR "an Ahar clerk"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait 'TST-51' >/dev/null; ok $? "the clerk's ceremonies' list"
scr_settle
scr_cap | grep -q 'TST-52'; ok $? "... with TST-52, of several counties"
scr_cap | grep -q 'TST-50'; is $? 1 "... without Tabriz's ceremony"
SEARCH | grep -qF "$(vis 'شهرستان: اهر')"; ok $? "... his county named in the search line"
scr_keys F4; sleep 0.3; scr_settle
scr_cap | grep -qF "$MENU"; is $? 1 "F4: no menu"
scr_cap | grep -qF "$(vis 'تنها در همین شهرستان')"; ok $? "... his county is fixed, it says"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
