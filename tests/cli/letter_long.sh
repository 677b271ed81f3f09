# A thank-you letter with long texts stays inside its page: a ceremony's
# long title and place, an organisation's long name, the long title of the
# need he gave to (Persian with ZWNJ, Latin words and digits, a run of
# ZWNJ-joined parts with no space), made in the program (F6, as
# tests/cli/letter.sh) and laid out by headless Chromium at the window's
# width: no element and no line of text reaches past the page's border
# (measured by a script added to a copy of the page, read back with
# --dump-dom), and every text is in it whole.  Before, the table of
# contributions and the place pushed the page past its border, the place
# out of the printed width, and the ceremony's title and place and the
# donor's name were cut to the screen's buffers (160 or 200 bytes).  Skipped when Chromium is not installed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
need_chromium
DB="$TMP/db"
ORG='شرکت تعاونی تولیدی و توزیعی فرآورده‌های لبنی و کشاورزی آذربایجان‌شرقی (سهامی خاص)'
NEED='تأمین و نصب سامانهٔ دوربین‌های مداربستهٔ هوشمند با وضوح 4K و ذخیره‌ساز NVR-32CH برای پاسگاه‌های مرزی خداآفرین، کلیبر و اهر در سال ۱۴۰۳'
RUN='بازسازی‌وتعمیرات‌اساسی‌ساختمان‌کلانتری‌شمارهٔ‌۱۲‌تبریز‌وساخت‌سایه‌بان‌پارکینگ'
TITLE='همایش بزرگداشت خیرین و نیکوکاران مشارکت‌کننده در طرح‌های توسعهٔ فضاهای انتظامی استان به مناسبت هفتهٔ ناجا ۱۴۰۳ (NAJA-WEEK)'
PLACE='سالن‌همایش‌های‌بین‌المللی‌فرماندهی‌انتظامی‌استان‌آذربایجان‌شرقی‌تبریز'
work_fixture "$DB" &&
printf 'kind,name,county\norg,%s,TBZ\n' "$ORG" >"$TMP/d.csv" &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTST-1,equipment,%s,900000000,3,3,1403/02/01,approved\nTST-1,space,%s,400000000,3,3,1403/02/01,approved\n' \
    "$NEED" "$RUN" >"$TMP/n.csv" &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
printf 'donor,need,type,amount,pledged_on\nTST-24,TST-25,equipment,900000000,1403/05/01\nTST-24,TST-26,space,400000000,1403/05/02\n' >"$TMP/p.csv" &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
printf 'held_on,title,place,donors\n1403/11/22,%s,%s,TST-24\n' "$TITLE" "$PLACE" >"$TMP/r.csv" &&
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null
ok $? "fixture: an organisation with a long name, two needs with long titles, a ceremony with a long title and place"

work_open "$DB"
scr_keys F7; scr_wait "$(vis 'مراسم‌ها')" >/dev/null; scr_keys Enter
scr_wait "TST-24" >/dev/null; scr_keys F6
scr_wait "tashakor-TST-24.html"
tm send-keys -t main C-u	# the proposed path is whole, folder and all
scr_type "$TMP/l.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "F6 writes the letter"
scr_keys F10 F10 F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
HTML="$TMP/l.html"
unwbr() { sed 's/<wbr>//g' "$HTML"; }
for t in "$ORG" "$NEED" "$RUN" "$TITLE" "$PLACE"; do
	# (its figures Persian, as typed; those of a Latin word, 4K, as written)
	unwbr | grep -qF -- "$t"; ok $? "whole in the page: $t"
done

# Laid out by Chromium: every element and every line of text within the
# page's box (its border included), the window not scrolled sideways.
sed 's|</body>|<script>(function(){var box=document.body.firstElementChild,r=box.getBoundingClientRect(),bad=[];function out(q){return q.width>0\&\&(q.left<r.left-0.5\|\|q.right>r.right+0.5);}box.querySelectorAll("*").forEach(function(e){if(out(e.getBoundingClientRect()))bad.push(e.tagName);});var w=document.createTreeWalker(box,NodeFilter.SHOW_TEXT),n;while((n=w.nextNode())){var g=document.createRange();g.selectNodeContents(n);var rs=g.getClientRects();for(var i=0;i<rs.length;i++)if(out(rs[i]))bad.push("text:"+n.data.slice(0,12));}document.body.setAttribute("data-out",bad.length?bad.join(","):"none");document.body.setAttribute("data-wide",document.documentElement.scrollWidth>window.innerWidth?"yes":"no");})();</script></body>|' \
    "$HTML" >"$TMP/m.html"
grep -q 'data-out' "$TMP/m.html"; ok $? "the measuring script is in the copy"
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$TMP/chr" \
    --window-size=800,1100 --dump-dom "file://$TMP/m.html" >"$TMP/dom.html" 2>"$TMP/chr.log"
out=$(grep -o 'data-out="[^"]*"' "$TMP/dom.html")
is "$out" 'data-out="none"' "nothing laid out past the page's border"
is "$(grep -o 'data-wide="[^"]*"' "$TMP/dom.html")" 'data-wide="no"' "the window is not made wider than 800 pixels"
done_testing
