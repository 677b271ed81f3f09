# report --html: the chart of pledged and received over time.  Its lines
# end at the tables' totals and keep below the two totals written at its
# top: one large pledge in the first month drew its line along the
# baseline of "received: ..." (y 40), through the text, on the side where
# time starts (the right on a Persian page, the left on an English one).
# Pledged on Esfand 30 of the leap year 1403, received in Farvardin 1404.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\norg,شركت فولاد آذر,TBZ\n' >"$TMP/donors.csv"
printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/units.csv"
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-2,space,بازسازی ساختمان کلانتري,3000000000000,5,4,1403/06/01,approved
CSV
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,pledged_on,status
TBZ-1,TBZ-3,space,۲٬۵۰۰٬۰۰۰٬۰۰۰٬۰۰۰,1403/12/30,partial
TBZ-1,TBZ-3,space,100000000,1404/05/01,pledged
CSV
printf 'pledge,paid_on,amount,receipt\nTBZ-4,1404/01/15,2000000000000,R-1\n' >"$TMP/payments.csv"
for k in donors units needs pledges payments; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null 2>"$TMP/err" || { echo "# import $k failed"; cat "$TMP/err"; }
done
# line FILE CLASS: the y of the highest point of the polyline CLASS, the
# y of its last point, and the bottom y of the lowest total's text
chart() {
	python3 - "$1" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
svg = re.findall(r"<svg .*?</svg>", page, re.S)[-1]
def pts(cls):
	p = re.search(r'<polyline class="%s" points="([^"]*)"' % cls, svg).group(1).split()
	return [tuple(map(int, q.split(","))) for q in p]
plg, rcv = pts("plg"), pts("rcv")
texts = [int(y) for y in re.findall(r'<text x="\d+" y="(\d+)"[^>]*class="(?:plg|rcv)-t"', svg)]
axis = int(re.search(r'<line [^>]*y1="(\d+)"', svg).group(1))
top = min(y for x, y in plg + rcv)
# the received line ends at 2,000,000,000,000 of 2,500,100,000,000
span = axis - plg[-1][1]
print(top, max(texts), plg[-1][1], int((axis - rcv[-1][1]) / span * 2500100) if span else 0)
PY
}
for lang in fa en; do
	"$HAMYAR" --lang $lang --db "$D" report --html "$TMP/$lang.html"; ok $? "$lang: report --html"
	set -- $(chart "$TMP/$lang.html")
	[ "$1" -gt $(($2 + 4)) ]; ok $? "$lang: the lines (top at y $1) keep below the totals' text (baseline $2)"
	is "$3" "$1" "$lang: the pledged line ends at the top: the table's total"
	# to a pixel: 2,500,100,000,000 over 180 or so is 14,000 millions
	[ "$4" -ge 1985000 ] && [ "$4" -le 2015000 ]; ok $? "$lang: the received line ends at 2,000,000,000,000 of 2,500,100,000,000 (~$4 millions)"
done
grep -qF '>۱۴۰۳/۱۲</text>' "$TMP/fa.html" && grep -qF '>۱۴۰۴/۰۵</text>' "$TMP/fa.html"
ok $? "fa: the chart runs from ۱۴۰۳/۱۲ (Esfand of a leap year) to ۱۴۰۴/۰۵"
grep -qF 'تعهدشده: ۲٬۵۰۰٬۱۰۰٬۰۰۰٬۰۰۰ ریال' "$TMP/fa.html" && grep -qF 'دریافت‌شده: ۲٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال' "$TMP/fa.html"
ok $? "fa: the totals at the top"
done_testing
