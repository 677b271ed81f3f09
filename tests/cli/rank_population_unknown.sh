# A need whose population served was left blank was ranked as population
# 0, the worst a need can serve, and shown as «0» / `population 0` in
# `rank --explain` and `rank --json`, with nothing to say it was missing.
# Now a population left blank stays unknown: it is ranked as the median of
# the known populations of the needs ranked together (so it neither wins
# nor loses the need anything), shown as «نامشخص» / `unknown`, with the
# median named; --json gives null among the raw values and the median
# under "unknown".  A population typed as 0 is still 0.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "init"
{
	echo "id,kind,name,county,active"
	echo "TST-1,station,کلانتری ۱۲ تبريز,TBZ,1"
} >"$TMP/units.csv"
# four needs alike but for the population: 1000, 0, 3000, blank;
# identified the same day, each with the same cost
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-10,TST-1,equipment,دوربين‌های مداربسته ورودی,50000000,3,3,1000,1403/02/01,identified"
	echo "TST-11,TST-1,equipment,کپسول آتش‌نشانی,50000000,3,3,0,1403/02/01,identified"
	echo "TST-12,TST-1,equipment,چراغ‌های LED پاسگاه,50000000,3,3,3000,1403/02/01,assessed"
	echo "TST-13,TST-1,equipment,بی‌سیم گشت ۲ عدد,50000000,3,3,,1403/02/01,identified"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import units "$TMP/units.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null
ok $? "four needs; TST-13 with its population left blank, TST-11 with 0"

for m in topsis saw; do
	"$HAMYAR" --lang en --db "$DB" rank --method $m >"$TMP/en"; ok $? "$m: exit 0"
	# the median of 1000, 3000 and 0 is 1000: TST-13 ties TST-10 (ranked
	# after it by id), above TST-11's 0, below TST-12's 3000
	is "$(awk 'NR > 1 { printf "%s ", $2 }' "$TMP/en")" "TST-12 TST-10 TST-13 TST-11 " \
	    "$m: the blank population ranks as the median (1000), not as 0"
done

"$HAMYAR" --lang en --db "$DB" rank --explain >"$TMP/ex"
popb=$(awk '$2 == "TST-13" { f = 1; next } f && $1 == "population" { print $2; exit }' "$TMP/ex")
is "$popb" "unknown" "--explain: TST-13's population is unknown, not 0"
popz=$(awk '$2 == "TST-11" { f = 1; next } f && $1 == "population" { print $2; exit }' "$TMP/ex")
is "$popz" "0" "--explain: TST-11's population typed as 0 is still 0"
holds "$(cat "$TMP/ex")" "population unknown: ranked as the median of the ranked needs that have one, 1,000" \
    "--explain says what the unknown population was ranked as"

"$HAMYAR" --db "$DB" rank --explain >"$TMP/fa"
is "$(grep -A 4 ' TST-13 ' "$TMP/fa" | grep -c '^ *جمعیت  *نامشخص  *->')" 1 "in Persian: «جمعیت نامشخص»"
holds "$(cat "$TMP/fa")" "جمعیت نامشخص است؛ به‌جای آن میانهٔ نیازهای رتبه‌بندی‌شده‌ای که آن را دارند به کار رفت: ۱٬۰۰۰" \
    "in Persian, what stood in for it"

"$HAMYAR" --db "$DB" rank --json >"$TMP/js"
holds "$(grep '"TST-13"' "$TMP/js")" '"population": null' "--json: TST-13's raw population is null"
holds "$(grep '"TST-13"' "$TMP/js")" '"unknown": {"population": 1000}' "--json: the value ranked in its place"
holds "$(grep '"TST-11"' "$TMP/js")" '"unknown": {}, "criteria": {"urgency": 3, "impact": 3, "population": 0,' \
    "--json: TST-11's 0 is a 0, nothing unknown"
done_testing
