# report --html: the charts scale with the page.  They were drawn 680
# pixels wide whatever the window, so that in a window narrower than that
# (half of a laptop's screen, a phone, a zoomed page) they ran past the
# page's border, their labels out of sight.  Laid out by headless
# Chromium at 500 pixels (its narrowest window), at 680 (the printed width: A4 less its 15mm
# margins is 180mm, 680 pixels at 96 to the inch), at 800 and at 1400,
# Persian and English: each chart is as wide as the page (the body) and
# no wider, as high as its plane's proportion makes it (no empty band
# above or below), drawn at its full size (its text 11 pixels) from 680
# pixels up and no larger on a wide screen, every label inside its chart,
# and the rows' labels at the chart's right edge on the Persian page (at
# its left on the English one).  Skipped when Chromium is not installed.
. "$HAMYAR_SRC/tests/lib.sh"
need_chromium
D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
cat >"$TMP/donors.csv" <<'CSV'
kind,name,county
org,شركت تعاونی فرآورده‌های لبنی آذربایجان‌شرقی,TBZ
CSV
units_csv AJB
# the donor TBZ-1, the units TBZ-2 .. TBZ-4, the needs TBZ-5 .. TBZ-8
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-2,space,بازسازی ساختمان کلانتري,2500000000000,5,4,1403/02/01,approved
TBZ-2,costs,هزینهٔ نگهبانی,300000000,3,3,1403/02/01,assessed
TBZ-3,equipment,خودروی گشت پلیس‌راه,۱٬۸۰۰٬۰۰۰٬۰۰۰,4,5,1403/03/01,identified
TBZ-4,space,ساخت پاسگاه,1250150000000,2,2,1403/03/01,approved
CSV
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,pledged_on,status
TBZ-1,TBZ-5,space,۲٬۰۰۰٬۰۰۰٬۰۰۰,1403/04/01,pledged
TBZ-1,TBZ-8,space,900000000,1403/08/15,pledged
CSV
import_each "$D" donors units needs pledges

# Added to a copy of the page: for each chart, whatever is wrong with it
# (data-chart, "none" if nothing), and the scale it is drawn at (its width
# over its plane's, to the hundredth; data-scale, one per chart).
cat >"$TMP/m.js" <<'JS'
<script>(function(){
var box=document.body.getBoundingClientRect(),bad=[],scale=[];
document.querySelectorAll("svg").forEach(function(s,k){
var R=s.getBoundingClientRect(),vb=s.viewBox.baseVal,f=R.width/vb.width,rtl=document.documentElement.dir=="rtl";
scale.push(f.toFixed(2));
if(R.left<box.left-0.5||R.right>box.right+0.5)bad.push(k+":past-the-page:"+Math.round(R.width));
if(Math.abs(R.width-box.width)>1)bad.push(k+":not-the-page's-width:"+Math.round(R.width)+"/"+Math.round(box.width));
if(Math.abs(R.height-vb.height*f)>1)bad.push(k+":out-of-proportion:"+Math.round(R.height));
s.querySelectorAll("text").forEach(function(t){var a=t.getBoundingClientRect(),x=t.getAttribute("x");
if(a.left<R.left-0.5||a.right>R.right+0.5||a.top<R.top-0.5||a.bottom>R.bottom+0.5)bad.push(k+":label-out:"+t.lastChild.data);
if(x==(rtl?"676":"4")&&Math.abs(rtl?R.right-4*f-a.right:a.left-R.left-4*f)>1.5)bad.push(k+":label-off-its-edge:"+t.lastChild.data);});});
document.body.setAttribute("data-chart",bad.length?bad.join("|"):"none");
document.body.setAttribute("data-scale",scale.join(" "));
})();</script>
JS
for lang in fa en; do
	HTML="$TMP/$lang.html"
	"$HAMYAR" --lang $lang --db "$D" report --html "$HTML"; ok $? "$lang: report --html"
	is "$(grep -c '<svg ' "$HTML")" 3 "$lang: three charts: by county, by type, over time"
	python3 -c 'import sys; p, j = sys.argv[1:]; s = open(p, encoding="utf-8").read(); open(p + ".m.html", "w", encoding="utf-8").write(s.replace("</body>", open(j, encoding="utf-8").read() + "</body>"))' \
	    "$HTML" "$TMP/m.js"
	for w in 500 680 800 1400; do
		# English at the narrowest and the widest only (Chromium is slow)
		[ $lang = en ] && [ $w = 680 -o $w = 800 ] && continue
		timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
		    --disable-component-update --disable-sync --no-first-run --user-data-dir="$TMP/chr" \
		    --hide-scrollbars --window-size=$w,1100 --dump-dom "file://$HTML.m.html" >"$TMP/dom.html" 2>"$TMP/chr.log"
		is "$(grep -o 'data-chart="[^"]*"' "$TMP/dom.html")" 'data-chart="none"' \
		    "$lang, $w pixels: each chart as wide as the page, in proportion, its labels inside it at their edge"
		case $w in
		500) s="0.74 0.74 0.74" ;;	# 500 / 680
		*) s="1.00 1.00 1.00" ;;
		esac
		is "$(sed -n 's/.*data-scale="\([^"]*\)".*/\1/p' "$TMP/dom.html")" "$s" \
		    "$lang, $w pixels: the charts drawn at $s of their size"
	done
done
done_testing
