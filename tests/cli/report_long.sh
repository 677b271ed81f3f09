# report --html with very large sums and long texts stays inside its page,
# as tests/cli/letter_long.sh checks the letter: Tabriz with needs of
# 10^15 rials each (the most a need may have; their sums of several such,
# pledged and received too; a rejected one and a cancelled pledge of as
# much for the rows of what the figures leave out), needs with long
# titles (Persian with ZWNJ, Latin words and digits, a 70-letter run of
# ZWNJ-joined parts with no space) of a unit with a long name (the page
# names neither: counties, types and figures), laid out by headless
# Chromium at the window's width, Persian and English: no element and no
# line of text reaches past the page's box (the body, 180mm), the window
# is not made wider, no figure is broken over two lines, every total is
# in the page whole, and in the charts no label leaves its SVG or runs
# into another label or a bar.  Before, a figure never broke (nor should
# it) and the tables grew past the page's border, their last columns out
# of the printed width; they are now set in a smaller font, just enough
# to fit.  Skipped when Chromium is not installed.
. "$HAMYAR_SRC/tests/lib.sh"
need_chromium
DB="$TMP/db"
UNIT='کلانتری‌شمارهٔ‌۱۲ تبریز (پایگاه پشتیبانی و خدمات‌رسانی انتظامی شهید باکری) - TBZ Police Station No. 12'
NEED='تأمین و نصب سامانهٔ دوربین‌های مداربستهٔ هوشمند با وضوح 4K و ذخیره‌ساز NVR-32CH برای پاسگاه‌های مرزی خداآفرین، کلیبر و اهر در سال ۱۴۰۳'
RUN='بازسازی‌وتعمیرات‌اساسی‌ساختمان‌کلانتری‌شمارهٔ‌۱۲‌تبریز‌وساخت‌سایه‌بان‌پارکینگ'
MAX=1000000000000000
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1 &&
printf 'kind,name,county\nstation,%s,TBZ\npost,پاسگاه مراغه,MRG\nstation,کلانتری عجب‌شیر,AJB\n' "$UNIT" >"$TMP/u.csv" &&
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
printf 'kind,name,county\norg,شرکت تعاونی فرآورده‌های لبنی آذربایجان‌شرقی,TBZ\n' >"$TMP/d.csv" &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
{
	echo 'unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	for i in 1 2 3 4 5 6 7; do
		echo "TBZ-1,space,$RUN $i,$MAX,5,4,1403/02/01,approved"
	done
	echo "TBZ-1,equipment,$NEED,$MAX,4,5,1403/02/01,approved"
	echo "TBZ-2,equipment,دوربین پاسگاه مراغه,950000000,3,3,1403/03/01,identified"
	echo "TBZ-1,costs,$NEED (ردشده),$MAX,2,2,1403/03/01,rejected"
} >"$TMP/n.csv" &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
{
	# the donor is TBZ-4, the needs TBZ-5 .. TBZ-14 (the last rejected);
	# a cancelled pledge of as much: the page's rows of what it leaves out
	echo 'donor,need,type,amount,pledged_on,status'
	for i in 5 6 7 8 9 10; do echo "TBZ-4,TBZ-$i,space,999999999999999,1403/05/0$((i - 4)),pledged"; done
	echo "TBZ-4,TBZ-12,equipment,999999999999999,1403/06/01,pledged"
	echo "TBZ-4,TBZ-11,space,999999999999999,1403/06/02,cancelled"
} >"$TMP/p.csv" &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
{
	# on the pledges TBZ-15 .. TBZ-21
	echo 'pledge,amount,paid_on'
	for i in 15 16 17 18 19; do echo "TBZ-$i,999999999999999,1403/07/0$((i - 14))"; done
} >"$TMP/pay.csv" &&
"$HAMYAR" --db "$DB" import payments "$TMP/pay.csv" >/dev/null
ok $? "fixture: needs of 10^15 rials with long titles (one rejected), pledges (one cancelled) and payments of as much"

# The script added to a copy of the page: the box of the body (the page,
# 180mm wide, as printed), every element and line of text in it; every
# figure (td) on one line; every label of a chart inside its SVG, clear
# of the other labels and of the bars.
cat >"$TMP/m.js" <<'JS'
<script>(function(){
var box=document.body.getBoundingClientRect(),bad=[],split=[],svg=[];
function out(q){return q.width>0&&(q.left<box.left-0.5||q.right>box.right+0.5);}
function meet(a,b){return a.left<b.right-0.5&&b.left<a.right-0.5&&a.top<b.bottom-0.5&&b.top<a.bottom-0.5;}
document.body.querySelectorAll("*").forEach(function(e){if(e.tagName!="SCRIPT"&&out(e.getBoundingClientRect()))bad.push(e.tagName);});
var w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT),n;
while((n=w.nextNode())){if(n.parentNode.tagName=="SCRIPT")continue;var g=document.createRange();g.selectNodeContents(n);var rs=g.getClientRects();for(var i=0;i<rs.length;i++)if(out(rs[i]))bad.push("text:"+n.data.slice(0,24));}
document.body.querySelectorAll("td").forEach(function(e){var g=document.createRange();g.selectNodeContents(e);var rs=g.getClientRects(),tops={};for(var i=0;i<rs.length;i++)tops[Math.round(rs[i].top)]=1;if(Object.keys(tops).length>1)split.push(e.textContent);});
document.querySelectorAll("svg").forEach(function(s,k){var R=s.getBoundingClientRect(),ts=[].slice.call(s.querySelectorAll("text")),rs=[].slice.call(s.querySelectorAll("rect"));
ts.forEach(function(t,i){var a=t.getBoundingClientRect();if(a.left<R.left-0.5||a.right>R.right+0.5)svg.push(k+":out:"+t.textContent);
ts.slice(i+1).forEach(function(u){if(meet(a,u.getBoundingClientRect()))svg.push(k+":on-label:"+t.textContent);});
rs.forEach(function(r){var b=r.getBoundingClientRect();if(b.width>0&&meet(a,b))svg.push(k+":on-bar:"+t.textContent);});});});
document.body.setAttribute("data-out",bad.length?bad.join(","):"none");
document.body.setAttribute("data-split",split.length?split.join("|"):"none");
document.body.setAttribute("data-svg",svg.length?svg.join("|"):"none");
document.body.setAttribute("data-wide",document.documentElement.scrollWidth>window.innerWidth?"yes":"no");
})();</script>
JS
for lang in fa en; do
	HTML="$TMP/$lang.html"
	"$HAMYAR" --lang $lang --db "$DB" report --html "$HTML"; ok $? "$lang: report --html"
	# the totals, whole: 8 x 10^15 estimated, 7 x (10^15 - 1) pledged,
	# 5 x that received, 10^15 + 7 gap (Persian digits on the Persian page)
	for t in 8,000,000,000,000,000 6,999,999,999,999,993 4,999,999,999,999,995 1,000,000,000,000,007; do
		[ $lang = fa ] && t=$(printf '%s' "$t" | sed 's/,/٬/g; y/0123456789/۰۱۲۳۴۵۶۷۸۹/')
		grep -qF -- "<td>$t</td>" "$HTML"; ok $? "$lang: the total $t in a cell, whole"
	done
	is "$(grep -c '<table' "$HTML")" 4 "$lang: four tables: counties, types, the needs and the pledges not counted"
	python3 -c 'import sys; p, j = sys.argv[1:]; s = open(p, encoding="utf-8").read(); open(p + ".m.html", "w", encoding="utf-8").write(s.replace("</body>", open(j, encoding="utf-8").read() + "</body>"))' \
	    "$HTML" "$TMP/m.js"
	grep -q 'data-out' "$HTML.m.html"; ok $? "$lang: the measuring script is in the copy"
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
	    --disable-component-update --disable-sync --no-first-run --user-data-dir="$TMP/chr" \
	    --window-size=800,1100 --dump-dom "file://$HTML.m.html" >"$TMP/dom.html" 2>"$TMP/chr.log"
	is "$(grep -o 'data-out="[^"]*"' "$TMP/dom.html")" 'data-out="none"' "$lang: nothing laid out past the page's border"
	is "$(grep -o 'data-wide="[^"]*"' "$TMP/dom.html")" 'data-wide="no"' "$lang: the window is not made wider than 800 pixels"
	is "$(grep -o 'data-split="[^"]*"' "$TMP/dom.html")" 'data-split="none"' "$lang: no figure broken over two lines"
	is "$(grep -o 'data-svg="[^"]*"' "$TMP/dom.html")" 'data-svg="none"' "$lang: the charts' labels inside their SVG, clear of each other and of the bars"
done
done_testing
