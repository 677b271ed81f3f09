# The payments' list filters by county, as the other lists do (F4,
# «شهرستان»): a payment is in its pledge's counties, its donor's and its
# need's, the rows a clerk of that county reads, so a supervisor sees the
# same payments as the county's clerk.  The filter is named in the list's
# search line beside the count, and «بدون صافی» shows every payment again.
# A clerk's list holds his county's payments only and says so in the same
# place; F4 tells him his county is fixed.  Before, the list had no F4 and
# no county in its heading: a supervisor asked what Ahar's pledges had
# brought in read the whole province's payments.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "the fixture: Tabriz's and Ahar's donors and needs"
# TST-30: Ahar's donor to Ahar's need; TST-32: Tabriz's to Tabriz's;
# TST-33: Tabriz's donor (بنياد نیکوکاری مهر) to Ahar's roof, in both
{
	echo 'id,donor,need,type,amount,pledged_on,status'
	echo 'TST-30,TST-12,TST-22,space,100000000,1403/05/01,pledged'
	echo 'TST-32,TST-10,TST-20,space,90000000,1403/05/03,pledged'
	echo 'TST-33,TST-11,TST-22,space,10000000,1403/05/04,pledged'
} >"$TMP/p.csv"
{
	echo 'id,pledge,paid_on,amount,receipt'
	echo 'TST-40,TST-30,1403/06/01,20000000,ق‌۱۲۰۰'
	echo 'TST-41,TST-32,1403/06/05,5000000,R-1403-00125'
	echo 'TST-42,TST-33,1403/06/07,1000000,'
} >"$TMP/pay.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "import pledges"
"$HAMYAR" --db "$DB" import payments "$TMP/pay.csv" >/dev/null; ok $? "import payments"
SEARCH() { scr_cap | sed -n 2p; }
MENU="$(vis 'صافی بر پایهٔ')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait 'TST-42' >/dev/null; ok $? "the payments' list: all three"
scr_cap | tail -n 1 | grep -q 'F4[^0-9]'; ok $? "its bar offers F4"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'خیّر یا نیاز تعهدشان')"; ok $? "F1: a payment's county is its pledge's donor's or need's"
scr_keys Enter; scr_gone '┌' >/dev/null
scr_keys F4; scr_wait "$MENU" >/dev/null; ok $? "F4: the filter menu"
scr_pick 'شهرستان'
scr_wait "$(vis 'آذرشهر')" >/dev/null; ok $? "... by county: the counties"
scr_type 'تبر'; scr_keys Enter
scr_wait "$(vis 'شهرستان: تبریز')" >/dev/null; ok $? "Tabriz: named in the search line"
scr_settle
SEARCH | grep -qF "$(vis 'رکوردها: ۲')"; ok $? "... beside its count, 2"
scr_cap | grep -q 'TST-41'; ok $? "... TST-41 shown (Tabriz's donor and need)"
scr_cap | grep -q 'TST-42'; ok $? "... and TST-42 (Tabriz's donor, Ahar's need)"
scr_cap | grep -q 'TST-40'; is $? 1 "... not TST-40 (Ahar's alone)"
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'شهرستان'
scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_type 'اهر'; scr_keys Enter
scr_wait "$(vis 'شهرستان: اهر')" >/dev/null; ok $? "Ahar instead"
scr_settle
scr_cap | grep -q 'TST-40'; ok $? "... TST-40 shown"
scr_cap | grep -q 'TST-42'; ok $? "... TST-42 too, its need Ahar's"
scr_cap | grep -q 'TST-41'; is $? 1 "... not Tabriz's TST-41"
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'بدون صافی'
scr_wait 'TST-41' >/dev/null; ok $? "no filter: all again"
SEARCH | grep -qF "$(vis 'شهرستان:')"; is $? 1 "... no county named"
SEARCH | grep -qF "$(vis 'رکوردها: ۳')"; ok $? "... 3 records"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# a clerk of Tabriz: his county's payments, said in the search line
scr_second_uid
scr_nobody_user clerk TBZ "a Tabriz clerk"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait 'TST-41' >/dev/null; ok $? "the clerk's payments' list"
scr_settle
scr_cap | grep -q 'TST-42'; ok $? "... with TST-42, its donor his county's"
scr_cap | grep -q 'TST-40'; is $? 1 "... without Ahar's payment"
SEARCH | grep -qF "$(vis 'شهرستان: تبریز')"; ok $? "... his county named in the search line"
scr_keys F4; sleep 0.3; scr_settle
scr_cap | grep -qF "$MENU"; is $? 1 "F4: no menu"
scr_cap | grep -qF "$(vis 'تنها در همین شهرستان')"; ok $? "... his county is fixed, it says"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
