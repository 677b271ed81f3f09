# hamyar rank says how many open needs it leaves out for having no gap
# (SPEC §8 ranks identified, assessed and approved needs with a gap above
# 0): one pledged in full, one of a non-material type with no estimated
# cost.  Before, the heading gave only the number ranked, and a supervisor
# looking for an approved need that was not there had nothing to go on.
# Needs in progress, done or rejected are not open and not counted.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "init"
{
	echo "id,kind,name,county"
	echo "TST-1,station,کلانتری ۱۲ تبریز,TBZ"
	echo "TST-2,post,پاسگاه عجب‌شیر,AJB"
} >"$TMP/units.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-10,TST-1,equipment,دوربين‌های مداربسته ورودی,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-11,TST-1,space,تعمیر سقف Block B,120000000,4,5,3000,1402/11/01,approved"
	echo "TST-12,TST-1,policing,گشت داوطلبان محله,,4,4,9000,1403/04/01,assessed"
	echo "TST-13,TST-1,equipment,بی‌سیم‌های دستی,50000000,5,5,1000,1403/01/01,in_progress"
	echo "TST-14,TST-1,equipment,خودروی گشت,90000000,5,5,1000,1403/01/01,rejected"
	echo "TST-15,TST-1,equipment,تجهیز اتاق مخابرات,70000000,5,5,1000,1403/01/01,done"
	echo "TST-16,TST-2,costs,سوخت خودروهای گشت,30000000,2,4,9000,1403/04/01,identified"
} >"$TMP/needs.csv"
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-30,org,شرکت صنایع غذایی مهر,TBZ,space,500000000,1"
} >"$TMP/donors.csv"
{
	echo "id,donor,need,type,amount,pledged_on,status"
	echo "TST-40,TST-30,TST-11,space,120000000,1403/05/01,pledged"
} >"$TMP/pledges.csv"
"$HAMYAR" --db "$DB" import units "$TMP/units.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/pledges.csv" >/dev/null
ok $? "seven needs; TST-11 pledged in full, TST-12 without a cost"

"$HAMYAR" --lang en --db "$DB" rank >"$TMP/out"; ok $? "rank: exit 0"
is "$(head -n 1 "$TMP/out")" \
    "needs ranked: 2, by topsis; open needs not ranked for having no gap (pledged in full, or no estimated cost): 2" \
    "the heading counts the two open needs without a gap"
is "$(sed 1d "$TMP/out" | awk '{print $2}' | sort | tr '\n' ' ')" "TST-10 TST-16 " "the needs ranked: those with a gap"
"$HAMYAR" --db "$DB" rank >"$TMP/fa"
holds "$(head -n 1 "$TMP/fa")" "2 نیاز باز کسری ندارند" "in Persian too"
# Ajabshir has none left out: the heading as before
is "$("$HAMYAR" --lang en --db "$DB" rank --county AJB --method saw | head -n 1)" "needs ranked: 1, by saw" \
    "--county AJB: nothing left out, nothing said"
is "$("$HAMYAR" --lang en --db "$DB" rank --county TBZ | head -n 1 | sed 's/;.*//')" "needs ranked: 1, by topsis" \
    "--county TBZ: its own count"
holds "$("$HAMYAR" --lang en --db "$DB" rank --county TBZ | head -n 1)" "no estimated cost): 2" \
    "... and its own needs left out"
done_testing
