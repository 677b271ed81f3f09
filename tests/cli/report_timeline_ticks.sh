# report --html: the chart of pledged and received over time named only
# its first and last month under the axis: pledges of 27 months read as one
# stretch, and when they came in could not be told.  A tick now marks
# where each season starts over two years or less (Farvardin, Tir, Mehr,
# Dey), else where each year starts, named by its month in the page's
# digits, at most 8 of them named over a long span.
. "$HAMYAR_SRC/tests/lib.sh"

# DB PLEDGED_ON...: a database with one 1,000,000 rial pledge on each day
mkdb() {
	d="$TMP/$1"; shift
	"$HAMYAR" --db "$d" init --station TBZ >/dev/null 2>&1
	printf 'kind,name,county\norg,شركت فولاد آذر,TBZ\n' >"$TMP/donors.csv"
	printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/units.csv"
	printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\n' >"$TMP/needs.csv"
	printf 'TBZ-2,space,بازسازی ساختمان,90000000000,5,4,1390/01/01,approved\n' >>"$TMP/needs.csv"
	printf 'donor,need,type,amount,pledged_on,status\n' >"$TMP/pledges.csv"
	for day in "$@"; do
		printf 'TBZ-1,TBZ-3,space,1000000,%s,pledged\n' "$day" >>"$TMP/pledges.csv"
	done
	for k in donors units needs pledges; do
		"$HAMYAR" --db "$d" import $k "$TMP/$k.csv" >/dev/null 2>"$TMP/err" ||
		    { echo "# import $k failed"; cat "$TMP/err"; }
	done
}
# the month labels under the axis of the last chart, left to right
labels() {
	python3 - "$1" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
svg = re.findall(r"<svg .*?</svg>", page, re.S)[-1]
axis = int(re.search(r'<line [^>]*y1="(\d+)"', svg).group(1))
got = sorted((int(x), t) for x, t in re.findall(
    r'<text x="(\d+)" y="%d" text-anchor="middle">([^<]*)</text>' % (axis + 20), svg))
print(" ".join(t for x, t in got))
PY
}
ticks() { grep -c '<line x1="[0-9]*" y1="220" x2="[0-9]*" y2="225" class="axis"/>' "$1"; }

# 27 months, 1403/03 to 1405/05: the years' starts.
mkdb long 1403/03/10 1403/09/01 1404/02/01 1404/08/01 1405/05/20
"$HAMYAR" --db "$TMP/long" report --html "$TMP/long.html"; ok $? "27 months: report --html"
is "$(labels "$TMP/long.html")" "۱۴۰۵/۰۵ ۱۴۰۵/۰۱ ۱۴۰۴/۰۱ ۱۴۰۳/۰۳" \
    "... the ends and each year's start, right to left in time"
is "$(ticks "$TMP/long.html")" 2 "... two ticks"
"$HAMYAR" --lang en --db "$TMP/long" report --html "$TMP/long.en.html"
is "$(labels "$TMP/long.en.html")" "1403/03 1404/01 1405/01 1405/05" "... English: left to right, ASCII digits"

# 6 months, 1403/12 to 1404/05: the seasons' starts.
mkdb short 1403/12/30 1404/05/01
"$HAMYAR" --lang en --db "$TMP/short" report --html "$TMP/short.html"; ok $? "6 months: report --html"
is "$(labels "$TMP/short.html")" "1403/12 1404/01 1404/04 1404/05" "... Farvardin and Tir named"

# 11 years: eleven years' starts, every other one named, but for those
# too near an end's name (1395/01, 1405/01).
mkdb wide 1394/06/01 1405/02/01
"$HAMYAR" --lang en --db "$TMP/wide" report --html "$TMP/wide.html"; ok $? "11 years: report --html"
is "$(ticks "$TMP/wide.html")" 11 "... a tick at each year's start"
is "$(labels "$TMP/wide.html")" "1394/06 1397/01 1399/01 1401/01 1403/01 1405/02" \
    "... every other one named, none into an end's name"

# One month: named once, no tick.
mkdb one 1404/03/01 1404/03/20
"$HAMYAR" --lang en --db "$TMP/one" report --html "$TMP/one.html"
is "$(labels "$TMP/one.html")" "1404/03" "one month: named once"
is "$(ticks "$TMP/one.html")" 0 "... no tick"

done_testing
