# `rank --explain` and `match` write their whole figures for a person as
# the text report does (tests/cli/report_grouped.sh): grouped by threes, in
# Persian in Persian digits with ٬ (کسری ۱۲۰٬۰۰۰٬۰۰۰), in ASCII with commas
# for a user who chose ASCII digits or under --lang en (120,000,000).
# Before, «کسری 120000000» and match's capacity, free money and gap
# (85000000 75000000) were raw, their digits to be counted.  What scripts
# read stays as it was: ids, scores, fits and --explain's decimals
# (normalised, weight, part, distances) in ASCII with a point, each figure
# one word of the line; `rank --json` keeps JSON numbers.
. "$HAMYAR_SRC/tests/lib.sh"
needs_db
# TST-41: capacity 85,000,000, 10,000,000 of it pledged on TST-20 (free
# 75,000,000); TST-40: capacity 1,250,000,000, nothing pledged
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-40,org,شرکت فولاد آذر‌بایجان,TBZ,equipment space,1250000000,1"
	echo "TST-41,person,مریم حسین‌زاده,تبريز,equipment,۸۵۰۰۰۰۰۰,1"
} >"$TMP/donors.csv"
printf 'donor,need,type,amount,pledged_on,status\nTST-41,TST-20,space,10000000,1403/05/01,pledged\n' >"$TMP/pledges.csv"
import_each "$DB" donors pledges; ok $? "two donors of Tabriz, a pledge of one"

# rank --explain: TST-22 (gap 120,000,000, population 3,000)
crit() {	# crit FILE ID LABEL: the raw value of LABEL under need ID
	awk -v id="$2" -v k="$3" '$2 == id { f = 1; next } f && $3 == "->" && $1 == k { print $2; exit }
	    f && $1 ~ /^[0-9]+$/ { exit }' "$1"; }
"$HAMYAR" --db "$DB" rank --explain >"$TMP/fa"; ok $? "rank --explain"
is "$(crit "$TMP/fa" TST-22 کسری)" "۱۲۰٬۰۰۰٬۰۰۰" "fa: the gap grouped in Persian digits (was 120000000)"
is "$(crit "$TMP/fa" TST-22 جمعیت)" "۳٬۰۰۰" "fa: the population too, as the ranking screen shows it"
is "$(crit "$TMP/fa" TST-22 فوریت)" "۴" "fa: a small figure in Persian digits"
awk '$2 == "TST-22"' "$TMP/fa" | grep -Eq '^ +[0-9]+  TST-22 +[0-9]\.[0-9]{4}  '
ok $? "fa: the rank and score stay ASCII for scripts"
grep -q ' -> [0-9]\.[0-9]\{4\}  نرمال‌شده [0-9]\.[0-9]\{6\}  وزن [0-9]\.[0-9]\{4\}$' "$TMP/fa"
ok $? "fa: the part, normalised value and weight stay ASCII decimals"
"$HAMYAR" --lang en --db "$DB" rank --explain >"$TMP/en"; ok $? "rank --explain --lang en"
is "$(crit "$TMP/en" TST-22 gap)" "120,000,000" "en: the gap grouped with commas"
is "$(crit "$TMP/en" TST-20 population)" "12,000" "en: the population too"
"$HAMYAR" --db "$DB" rank --json >"$TMP/js"; ok $? "rank --json"
holds "$(grep '"TST-22"' "$TMP/js")" '"population": 3000, "gap": 120000000,' "--json: figures stay JSON numbers"

# match need TST-21 (equipment): capacity then free, per donor
"$HAMYAR" --db "$DB" match need TST-21 >"$TMP/m" 2>"$TMP/err"; ok $? "match need TST-21"
line() { awk -v id="$2" '$1 == id { print $2, $3, $4 }' "$1"; }
is "$(line "$TMP/m" TST-41)" "0.4688 ۸۵٬۰۰۰٬۰۰۰ ۷۵٬۰۰۰٬۰۰۰" "fa: TST-41's capacity and free money grouped (was 85000000 75000000)"
line "$TMP/m" TST-40 | grep -Eqx '[01]\.[0-9]{4} ۱٬۲۵۰٬۰۰۰٬۰۰۰ ۱٬۲۵۰٬۰۰۰٬۰۰۰'
ok $? "fa: TST-40's, the fit ASCII ($(line "$TMP/m" TST-40))"
"$HAMYAR" --lang en --db "$DB" match need TST-21 >"$TMP/men"; ok $? "match need --lang en"
is "$(line "$TMP/men" TST-41)" "0.4688 85,000,000 75,000,000" "en: grouped with commas"
# match donor TST-40: each need's gap
"$HAMYAR" --db "$DB" match donor TST-40 >"$TMP/d" 2>"$TMP/err"; ok $? "match donor TST-40"
is "$(awk '$1 == "TST-20" { print $4 }' "$TMP/d")" "۲۹۰٬۰۰۰٬۰۰۰" "fa: a need's gap grouped (300,000,000 less 10,000,000 pledged)"

# a user who chose ASCII digits: grouped ASCII in the Persian output
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$DB" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$DB" rank --explain >"$TMP/fa_a"; ok $? "rank --explain, ASCII digits chosen"
is "$(crit "$TMP/fa_a" TST-22 کسری)" "120,000,000" "... the gap in ASCII, grouped"
"$HAMYAR" --db "$DB" match need TST-21 >"$TMP/m_a"; ok $? "match need, ASCII digits chosen"
is "$(line "$TMP/m_a" TST-41)" "0.4688 85,000,000 75,000,000" "... capacity and free in ASCII, grouped"
done_testing
