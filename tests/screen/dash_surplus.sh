# The dashboard's county bar when one need is pledged beyond its estimate:
# the light shade is the county's gap, as the legend and the help say and
# as the gap column has it (the sum of each need's gap), not its estimate
# less its pledges, which a surplus on one need makes smaller than the
# gap of the others.  Tabriz: TBZ-4 estimated 100,000,000 with 300,000,000
# pledged, TBZ-5 estimated 500,000,000 with none: pledged 300,000,000, gap
# 500,000,000, so the bar's light part is 5/3 of its dark part.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nperson,علی‌رضا کريمی,TBZ\norg,شركت فولاد آذر,TBZ\n' >"$TMP/d.csv"
printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-3,equipment,دوربین‌های نظارتی,100000000,3,3,1403/12/30,approved
TBZ-3,space,بازسازی ساختمان کلانتري,۵۰۰٬۰۰۰٬۰۰۰,5,4,1404/01/01,approved
CSV
printf 'donor,need,type,amount,pledged_on,status\nTBZ-1,TBZ-4,equipment,300000000,1404/01/05,pledged\n' >"$TMP/p.csv"
for f in d:donors u:units n:needs p:pledges; do
	"$HAMYAR" --db "$DB" import ${f#*:} "$TMP/${f%:*}.csv" >/dev/null 2>&1 || echo "# import ${f#*:} failed"
done
is "$("$HAMYAR" --lang en --db "$DB" report | plain_figures | awk '$1 == "Tabriz" { print $3, $4, $6 }')" \
    "600000000 300000000 500000000" "fixture: Tabriz estimated 600,000,000, pledged 300,000,000, gap 500,000,000"

# count ROW GLYPH: the cells of GLYPH on the county row holding ROW
count() { scr_cap | grep '[█▓░]' | grep -F -- "$1" | grep -vF "$(vis 'دریافت‌شده')" | head -n 1 |
	python3 -c 'import sys; print(sys.stdin.read().count(sys.argv[1]))' "$2"; }
work_open "$DB"
scr_wait "$(vis 'نیازهای دارای بالاترین اولویت')" >/dev/null
row_has "$(vis 'تبریز')" "۵۰۰٬۰۰۰٬۰۰۰"; ok $? "Tabriz's gap column: 500,000,000"
dark=$(count "$(vis 'تبریز')" '▓') light=$(count "$(vis 'تبریز')" '░')
# 5/3, to a cell's rounding
d=$((light * 3 - dark * 5)); [ "$d" -lt 0 ] && d=$((-d))
[ "$dark" -gt 0 ] && [ "$d" -le 8 ]; ok $? "the bar's gap part is 5/3 of its pledged part ($light ░ to $dark ▓)"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
