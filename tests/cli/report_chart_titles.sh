# report --html: each bar of the charts by county and by type, each row's
# label and each line of the time chart has a <title>, which a browser
# shows when the pointer rests on it: the row's name whole and its amounts
# (the estimated cost and the gap on the label, its own on a bar; the
# line's total), in the page's digits and unit, a line each.  Before, a
# chart showed no figure at all, and a name longer than its column had no
# way to be read whole.  A county stored as it came, past validation
# (tests/store/put_raw.c), holding & < > and both quotes, is escaped in
# the label and its titles alike: every chart is well-formed XML.  With
# Chromium installed, it also checks that the page's parser makes each
# <title> an SVG title, the first child of its bar or label, and that a
# label's title is not drawn (the label is as wide as its name alone).
. "$HAMYAR_SRC/tests/lib.sh"
PUT="$(dirname "$HAMYAR")/tests/store/put_raw"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
cat >"$TMP/donors.csv" <<'CSV'
kind,name,county
org,شركت فولاد آذر,TBZ
CSV
units_csv
# the donor TBZ-1, the units TBZ-2 and TBZ-3, the needs TBZ-4 and TBZ-5,
# the pledge TBZ-6
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-2,space,بازسازی ساختمان کلانتري,2500000000,5,4,1403/02/01,approved
TBZ-3,equipment,خودروی گشت پلیس‌راه,۱٬۸۰۰٬۰۰۰٬۰۰۰,4,5,1403/03/01,identified
CSV
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,pledged_on,status
TBZ-1,TBZ-4,space,1000000000,1403/04/01,partial
CSV
printf 'pledge,paid_on,amount,receipt\nTBZ-6,1403/05/10,۴۰۰000000,R-1\n' >"$TMP/payments.csv"
import_each "$D" donors units needs pledges payments
ODD="آ&ب<\"ج'>"
"$PUT" "$D" --text unit TBZ-3 county "$ODD"; ok $? "fixture: Maragheh's post put in the county $ODD, past validation"

# rows FILE CHART: per row of chart CHART (1: counties, 2: types; each
# chart parsed as XML, which fails if it is not well-formed), its label,
# then the titles of its label, its estimate bar and its gap bar, a tab
# between, a title's lines joined by " | "; CHART 3 (time): the titles
# of its lines.
rows() {
	python3 - "$1" "$2" <<'PY'
import re, sys, xml.dom.minidom
page = open(sys.argv[1], encoding="utf-8").read()
svg = re.findall(r"<svg .*?</svg>", page, re.S)[int(sys.argv[2]) - 1]
doc = xml.dom.minidom.parseString(svg).documentElement
def title(e):
	t = e.firstChild
	if t is None or t.nodeType != t.ELEMENT_NODE or t.tagName != "title":
		return "-"
	return "".join(n.data for n in t.childNodes).replace("\n", " | ")
if sys.argv[2] == "3":
	for p in doc.getElementsByTagName("polyline"):
		print(p.getAttribute("class") + "\t" + title(p))
	sys.exit(0)
els = [e for e in doc.childNodes if e.nodeType == e.ELEMENT_NODE]
for i, e in enumerate(els):
	# a row: its label (at the chart's far edge), its two bars
	if e.tagName == "text" and e.getAttribute("x") in ("676", "4"):
		name = e.lastChild.data if e.lastChild.nodeType == e.TEXT_NODE else "-"
		print("\t".join([name, title(e), title(els[i + 1]), title(els[i + 2])]))
PY
}
row() { awk -F '\t' -v n="$2" '$1 == n' "$1"; }

for lang in fa en; do
	"$HAMYAR" --lang $lang --db "$D" report --html "$TMP/$lang.html"; ok $? "$lang: report --html"
	rows "$TMP/$lang.html" 1 >"$TMP/c1"; ok $? "$lang: the chart by county is well-formed XML"
	rows "$TMP/$lang.html" 2 >"$TMP/c2"; ok $? "$lang: the chart by type is well-formed XML"
	rows "$TMP/$lang.html" 3 >"$TMP/c3"; ok $? "$lang: the chart over time is well-formed XML"
	case $lang in
	fa)	tbz=تبریز space='توسعهٔ فضاهای انتظامی' eq='تجهیزات عمومی' vol='تأمین هزینه‌های خدماتی و امنیتی'
		E=' | برآورد هزینه: ' G=' | کسری: ' R=' ریال' P='تعهدشده: ' V='دریافت‌شده: '
		n25=۲٬۵۰۰٬۰۰۰٬۰۰۰ n18=۱٬۸۰۰٬۰۰۰٬۰۰۰ n15=۱٬۵۰۰٬۰۰۰٬۰۰۰ n10=۱٬۰۰۰٬۰۰۰٬۰۰۰ n4=۴۰۰٬۰۰۰٬۰۰۰ n0=۰ ;;
	en)	tbz=Tabriz space='Development of police spaces' eq='Public equipment' vol='Service and security costs'
		E=' | Estimated cost: ' G=' | Gap: ' R=' rials' P='Pledged: ' V='Received: '
		n25=2,500,000,000 n18=1,800,000,000 n15=1,500,000,000 n10=1,000,000,000 n4=400,000,000 n0=0 ;;
	esac
	T='	'	# a tab
	is "$(row "$TMP/c1" "$tbz")" "$tbz$T$tbz$E$n25$R$G$n15$R$T$tbz$E$n25$R$T$tbz$G$n15$R" \
	    "$lang: Tabriz's label and bars: its name and amounts on hover (estimate $n25, gap $n15)"
	is "$(row "$TMP/c1" "$ODD")" "$ODD$T$ODD$E$n18$R$G$n18$R$T$ODD$E$n18$R$T$ODD$G$n18$R" \
	    "$lang: the county $ODD whole in its label and titles, escaped"
	is "$(wc -l <"$TMP/c1")" 2 "$lang: two counties in the chart"
	is "$(row "$TMP/c2" "$space")" "$space$T$space$E$n25$R$G$n15$R$T$space$E$n25$R$T$space$G$n15$R" \
	    "$lang: the type $space's label and bars with their amounts"
	is "$(row "$TMP/c2" "$eq" | cut -f2)" "$eq$E$n18$R$G$n18$R" "$lang: the type $eq's label with its amounts"
	is "$(row "$TMP/c2" "$vol" | cut -f2)" "$vol$E$n0$R$G$n0$R" "$lang: a type with no need says 0 ($vol)"
	is "$(grep -c "	-" "$TMP/c2")" 0 "$lang: every label and bar of the three types has a title"
	# the material types alone: a non-material need has no amounts
	is "$(wc -l <"$TMP/c2")" 3 "$lang: three types in the chart, the material ones"
	is "$(cat "$TMP/c3")" "plg$T$P$n10$R
rcv$T$V$n4$R" "$lang: the lines over time give their totals on hover"
done
# the escaped form, as written in the page
grep -qF '>آ&amp;ب&lt;&quot;ج&#39;&gt;&#10;' "$TMP/fa.html"; ok $? "fa: & < > and the quotes escaped in the title"

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
	echo "ok $((T_N + 1)) - # SKIP chromium is not installed (tools/deps.sh installs it)"
	T_N=$((T_N + 1))
	done_testing; exit
fi
# For each label and bar of the first two charts: its first child an SVG
# title (else "untitled"), and a label drawn as wide as its name without
# the title (else "drawn").
cat >"$TMP/m.js" <<'JS'
<script>(function(){
var bad=[],n=0,NS="http://www.w3.org/2000/svg";
[].slice.call(document.querySelectorAll("svg"),0,2).forEach(function(s){
s.querySelectorAll("rect[width]:not([y='8']), text[x='676'], text[x='4']").forEach(function(e){n++;
var t=e.firstElementChild;if(!(t instanceof SVGTitleElement&&t.namespaceURI==NS))bad.push("untitled:"+e.outerHTML.slice(0,40));
if(e.tagName=="text"){var c=document.createElementNS(NS,"text");c.setAttribute("direction",e.getAttribute("direction")||"ltr");c.textContent=e.lastChild.data;s.appendChild(c);
if(Math.abs(c.getComputedTextLength()-e.getComputedTextLength())>0.5)bad.push("drawn:"+e.lastChild.data);s.removeChild(c);}});});
document.body.setAttribute("data-titles",n+":"+(bad.length?bad.join("|"):"none"));
})();</script>
JS
for lang in fa en; do
	HTML="$TMP/$lang.html"
	python3 -c 'import sys; p, j = sys.argv[1:]; s = open(p, encoding="utf-8").read(); open(p + ".m.html", "w", encoding="utf-8").write(s.replace("</body>", open(j, encoding="utf-8").read() + "</body>"))' \
	    "$HTML" "$TMP/m.js"
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
	    --disable-component-update --disable-sync --no-first-run --user-data-dir="$TMP/chr" \
	    --hide-scrollbars --window-size=800,1100 --dump-dom "file://$HTML.m.html" >"$TMP/dom.html" 2>"$TMP/chr.log"
	# 2 counties and 3 (material) types, three elements a row
	is "$(grep -o 'data-titles="[^"]*"' "$TMP/dom.html")" 'data-titles="15:none"' \
	    "$lang, Chromium: the 15 labels and bars each titled by an SVG title, which is not drawn"
done
done_testing
