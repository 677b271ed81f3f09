# The stages' list (all stages of funded needs) filters by county, as the
# other lists do (F4, «شهرستان»): a stage's county is its need's.  The
# filter is named in the list's search line beside the count, and «بدون
# صافی» shows every stage again.  A clerk's list holds his county's
# stages only and says so in the same place; his F4 offers no county,
# only his overdue stages.  Before, the list had no F4 and no county in
# its heading: a supervisor looking for Maragheh's overdue stages read
# the whole province's.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\nMRG-2,station,کلانتری ۱۲ تبريز,TBZ\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی روستای قره‌آغاج,900000000,4,4,1403/02/01,in_progress'
	echo 'MRG-11,MRG-2,equipment,خرید بی‌سیم كلانتری ۱۲,50000000,3,3,1403/02/01,in_progress'
} >"$TMP/n.csv"
{
	echo 'id,need,title,planned_start,planned_end,progress'
	echo 'MRG-20,MRG-10,پی‌ریزی و اسکلت,1403/03/01,1403/09/30,40'
	echo 'MRG-21,MRG-10,نازک‌کاری,1404/01/01,1404/12/29,0'
	echo 'MRG-22,MRG-11,تحویل دستگاه‌ها,1403/03/01,1403/05/30,100'
} >"$TMP/s.csv"
for k in u:units n:needs s:stages; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null; ok $? "import ${k#*:}"
done
SEARCH() { scr_cap | sed -n 2p; }
MENU="$(vis 'صافی بر پایهٔ')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 7
scr_wait 'MRG-22' >/dev/null; ok $? "the stages' list: all three"
scr_cap | tail -n 1 | grep -q 'F4[^0-9]'; ok $? "its bar offers F4"
scr_keys F4; scr_wait "$MENU" >/dev/null; ok $? "F4: the filter menu"
scr_pick 'شهرستان'
scr_wait "$(vis 'آذرشهر')" >/dev/null; ok $? "... by county: the counties"
scr_type 'مراغ'; scr_keys Enter
scr_wait "$(vis 'شهرستان: مراغه')" >/dev/null; ok $? "Maragheh: named in the search line"
scr_settle
SEARCH | grep -qF "$(vis 'رکوردها: ۲')"; ok $? "... beside its count, 2"
scr_cap | grep -q 'MRG-20'; ok $? "... Maragheh's stage MRG-20 shown"
scr_cap | grep -q 'MRG-21'; ok $? "... and MRG-21"
scr_cap | grep -q 'MRG-22'; is $? 1 "... not Tabriz's MRG-22"
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'شهرستان'
scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_type 'تبر'; scr_keys Enter
scr_wait "$(vis 'شهرستان: تبریز')" >/dev/null; ok $? "Tabriz instead"
scr_settle
scr_cap | grep -q 'MRG-2[01]'; is $? 1 "... Maragheh's gone"
scr_cap | grep -q 'MRG-22'; ok $? "... MRG-22 shown"
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'بدون صافی'
scr_wait 'MRG-20' >/dev/null; ok $? "no filter: all again"
SEARCH | grep -qF "$(vis 'شهرستان:')"; is $? 1 "... no county named"
SEARCH | grep -qF "$(vis 'رکوردها: ۳')"; ok $? "... 3 records"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# a clerk of Maragheh: his county's stages, said in the search line
scr_second_uid
scr_nobody_user clerk MRG "a Maragheh clerk"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 7
scr_wait 'MRG-20' >/dev/null; ok $? "the clerk's stages' list"
scr_settle
scr_cap | grep -q 'MRG-22'; is $? 1 "... without Tabriz's stage"
SEARCH | grep -qF "$(vis 'شهرستان: مراغه')"; ok $? "... his county named in the search line"
# F4: his overdue stages (stages_overdue_filter.sh), no county to choose
scr_keys F4; scr_wait "$MENU" >/dev/null; ok $? "F4: the filter menu"
scr_cap | grep -qF "$(vis 'شهرستان') │"; is $? 1 "... without a county: his is fixed"
scr_pick 'فقط مراحل عقب‌افتاده'
scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; ok $? "... his overdue stages only: 1"
scr_settle
scr_cap | grep -q 'MRG-20'; ok $? "... MRG-20, 40% and due 1403/09/30"
scr_cap | grep -q 'MRG-21'; is $? 1 "... not MRG-21, not due yet"
SEARCH | grep -qF "$(vis 'شهرستان: مراغه')"; ok $? "... his county still named"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
