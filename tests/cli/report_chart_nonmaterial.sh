# report --html: in the chart of needs per county, a county whose needs
# are all non-material (information, support, oversight, policing: no
# money) counts its open ones in its bars' place, «فقط نیاز معنوی (۲ باز)»,
# as the dashboard's row does.  Before, it had two bars 0 wide, and its
# label's and bars' titles said «برآورد هزینه: ۰ ریال» and «کسری: ۰ ریال»:
# to the eye, nothing needed there (the demo's Bonab and Jolfa), while the
# dashboard said «فقط نیاز معنوی (۳ باز)» and «-» for its gap.
# A county with a material need among its non-material ones keeps its
# bars.  Persian and English pages.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
cat >"$TMP/units.csv" <<'CSV'
kind,name,county
station,کلانتری ۱۱ تبریز,TBZ
station,کلانتری ۲ بناب,BNB
CSV
# Tabriz: an equipment need and a support one; Bonab: two open
# non-material needs (one with an estimate typed in), and a done one.
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,equipment,دوربین‌های نظارتي ورودی بازار,500000000,4,4,1404/02/10,identified
TBZ-1,support,کلاس‌های پیشگیری از اعتیاد,,3,4,1404/01/20,identified
TBZ-2,information,شبکهٔ اطلاع‌رسانی محله‌ها,,3,3,1404/03/01,assessed
TBZ-2,oversight,نظارت مردمی بر طرح‌های پاسگاه ۴,۱۶۰٬۰۰۰٬۰۰۰,5,5,1404/03/02,approved
TBZ-2,policing,همیاران ترافيک مدرسه‌ها,,2,3,1403/07/01,done
CSV
import_each "$D" units needs; ok $? "fixture: Tabriz with an equipment need, Bonab with non-material ones only"

# chart FILE: the first chart (needs per county) of the page FILE
chart() { python3 -c '
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
print(re.findall(r"<svg .*?</svg>", page, re.S)[0])' "$1"; }
for lang in fa en; do
	"$HAMYAR" --lang $lang --db "$D" report --html "$TMP/$lang.html" >/dev/null; ok $? "$lang: report --html"
	chart "$TMP/$lang.html" >"$TMP/c"
	case $lang in
	fa) tbz=تبریز bnb=بناب nm='فقط نیاز معنوی (۲ باز)' est='برآورد هزینه: ۰' gap='کسری: ۰' ;;
	en) tbz=Tabriz bnb=Bonab nm='non-material needs only (2 open)' est='Estimated cost: 0' gap='Gap: 0' ;;
	esac
	grep -q "class=\"nm-only\">$nm</text>" "$TMP/c"
	ok $? "$lang: Bonab's open non-material needs counted in its bars' place, «$nm»"
	grep -q "<title>$bnb&#10;$nm</title>$bnb</text>" "$TMP/c"
	ok $? "$lang: Bonab's label says so when pointed at"
	n=$(grep -c "<title>$bnb&#10;" "$TMP/c")
	is "$n" 1 "$lang: no bar of Bonab's (before: two, 0 wide, titled with its 0 amounts)"
	grep -q "$est\|$gap" "$TMP/c"; r=$?
	[ $r -ne 0 ]; ok $? "$lang: no «$gap» nor «$est» in the chart"
	is "$(grep -c "<title>$tbz&#10;" "$TMP/c")" 3 "$lang: Tabriz (a material need among its needs) keeps its label and two bars"
	grep -q "class=\"gap\"><title>$tbz&#10;" "$TMP/c"; ok $? "$lang: ... its gap bar among them"
	grep -q "nm-only\">[^<]*$tbz\|<title>$tbz&#10;[^<]*\(only\|فقط\)" "$TMP/c"; r=$?
	[ $r -ne 0 ]; ok $? "$lang: ... and no count in its bars' place"
done
# the county table: the amounts' columns «-» (no money to speak of, as the
# dashboard's gap; report_nonmaterial_dash.sh), the counts beside
grep -qF '<tr><th>بناب</th><td>۳</td><td>-</td><td>-</td><td>-</td><td>-</td><td>۲</td><td>۰</td><td>۱</td></tr>' "$TMP/fa.html"
ok $? "fa: Bonab's row of the table: 3 needs, no money, 2 open non-material, 1 done"

done_testing
