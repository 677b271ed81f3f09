# The ranking's heading counts the open needs left out for having no gap
# (pledged in full, or no estimated cost), as `hamyar rank`'s first line
# does, where the line has room for it beside the rows shown (at 80
# columns, not beside a county's name too).  Before, a supervisor looking for an
# approved need not on the list had nothing to tell him why.  Nothing is
# said when no open need is left out.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
    "$HAMYAR" --db "$DB" import units "$WORK_DATA/units.csv" >/dev/null
ok $? "a database with two units"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-10,TST-1,equipment,دوربين‌های مداربسته ورودی,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-11,TST-1,space,تعمیر سقف Block B,120000000,4,5,3000,1402/11/01,approved"
	echo "TST-12,TST-1,policing,گشت داوطلبان محله,,4,4,9000,1403/04/01,assessed"
	echo "TST-13,TST-1,equipment,بی‌سیم‌های دستی,50000000,5,5,1000,1403/01/01,rejected"
} >"$TMP/needs.csv"
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-30,org,شرکت صنایع غذایی مهر,TBZ,space,500000000,1"
} >"$TMP/donors.csv"
{
	echo "id,donor,need,type,amount,pledged_on,status"
	echo "TST-40,TST-30,TST-11,space,120000000,1403/05/01,pledged"
} >"$TMP/pledges.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/pledges.csv" >/dev/null
ok $? "TST-11 pledged in full, TST-12 without a cost, TST-13 rejected"

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_cap | sed -n 2p | grep -qF "$(vis 'بی‌کسری: ۲')"; ok $? "80x24: the heading counts the two open needs left out"
scr_cap | sed -n 2p | grep -qF "$(vis 'نیازهای رتبه‌بندی‌شده: ۱')"; ok $? "... beside the one ranked"
scr_keys F10 F10 F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county" >/dev/null; scr_keys F4
scr_wait "TOPSIS" >/dev/null
scr_cap | sed -n 2p | grep -qE 'needs ranked: 1    left out, no gap: 2 *$'
ok $? "en: the same"
scr_keys F10 F10 F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

# the pledge cancelled and TST-12 rejected: none left out, nothing said
{
	echo "id,donor,need,type,amount,pledged_on,status"
	echo "TST-40,TST-30,TST-11,space,120000000,1403/05/01,cancelled"
} >"$TMP/pledges.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-12,TST-1,policing,گشت داوطلبان محله,,4,4,9000,1403/04/01,rejected"
} >"$TMP/needs2.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/pledges.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/needs2.csv" >/dev/null
ok $? "the pledge cancelled, TST-12 rejected"
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county" >/dev/null; scr_keys F4
scr_wait "needs ranked: 2"; ok $? "en: two needs ranked now"
scr_cap | grep -q 'left out'; is $? 1 "en: and nothing of needs left out"
scr_keys F10 F10 F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
