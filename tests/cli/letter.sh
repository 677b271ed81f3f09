# The thank-you letter (تقدیرنامه), end to end: a ceremony is recorded and a
# donor honoured in the program (keys only, in tmux), the letter written to
# a file the user names, then rendered by headless Chromium to a PNG.
# Checked: the page is RTL Persian (dir=rtl lang=fa), self-contained (no
# link, script, image, font or url() to fetch), holds the donor's name as
# stored (the Arabic yeh typed at import normalised) and the ceremony's
# Jalali date in Persian digits, also after Chromium parsed it
# (--dump-dom); the PNG exists, has the window's size and is not blank.
# The donor has many pledges (one cancelled): the letter lists the first
# five and says how many more, and Chromium prints it on one page (it
# printed on two before, even with no pledge listed).
# Skipped when Chromium is not installed or the build has no dashboard
# entry on the main menu yet.  HAMYAR_KEEP_LETTER=DIR keeps the page and
# the picture there.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
need_chromium
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
NAME='بنیاد نیکوکاری مهر'	# imported as "بنياد" (Arabic yeh), stored normalised
{
	echo 'donor,need,type,amount,pledged_on,status'
	m=1
	for n in 20 21 22 23 20 21 22; do echo "TST-11,TST-$n,space,10000000,1403/0$m/01,pledged"; m=$((m + 1)); done
	echo 'TST-11,TST-23,space,7000000,1403/04/02,cancelled'
} >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "eight pledges of the foundation, one cancelled"

work_open "$DB"
scr_keys F7
scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'جشن نیکوکاران'; scr_keys Enter
scr_wait "$(vis 'مکان:')"; scr_type 'تالار فرمانداری اهر'; scr_keys Enter
scr_wait "$(vis 'تاریخ برگزاری (سال/ماه/روز):')"
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do tm send-keys -t main BSpace; done
scr_type '1403/12/05'; scr_keys Enter
scr_wait "$(vis 'مراسم ثبت شد:')"; ok $? "a ceremony is recorded"
scr_keys F5
scr_type 'بنیاد'
scr_wait "TST-11"; scr_keys Enter
scr_wait "$(vis 'خیّر افزوده شد: TST-11')"; ok $? "a donor is honoured at it"
scr_keys F6
scr_wait "tashakor-TST-11.html"
tm send-keys -t main C-u	# the proposed path is whole, folder and all
scr_type "$TMP/tashakor.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "F6 writes the letter to the file named"
scr_keys F10 F10 F10 F10
HTML="$TMP/tashakor.html"

# The page.
grep -q '^<html dir="rtl" lang="fa">$' "$HTML"; ok $? "the page is dir=rtl lang=fa"
grep -qi '<meta charset="utf-8">' "$HTML"; ok $? "it says UTF-8"
grep -qF "$NAME" "$HTML"; ok $? "it names the donor as stored ($NAME)"
grep -q 'بنياد' "$HTML"; is $? 1 "not with the Arabic yeh of the import file"
grep -qF '۱۴۰۳/۱۲/۰۵' "$HTML"; ok $? "the ceremony's date in Persian digits (۱۴۰۳/۱۲/۰۵)"
grep -qF '۵ اسفند ۱۴۰۳' "$HTML"; ok $? "and written out with the month's name"
grep -qF 'تقدیرنامه' "$HTML"; ok $? "the page is a تقدیرنامه"
n=$(grep -c 'ساخت اتاق نگهبانی\|دوربین مداربسته\|تعمیر سقف پاسگاه\|ساخت سایه‌بان' "$HTML")
is "$n" 5 "five of its seven pledges listed"
grep -qF 'و ۲ مورد دیگر' "$HTML"; ok $? "and two more said"
grep -qF '۷٬۰۰۰٬۰۰۰' "$HTML"; is $? 1 "the cancelled pledge not among them"
grep -qiE '<link|<script|<img|<iframe|@import|url\(|src=|href=' "$HTML"; is $? 1 "nothing external: no link, script, image, import or url()"
grep -q '<style' "$HTML"; is $? 1 "the CSS is inline (no style element)"

# Rendered by Chromium.
chr() {
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
	    --disable-component-update --disable-sync --no-first-run --user-data-dir="$TMP/chr" "$@" \
	    2>"$TMP/chr.log"
}
chr --screenshot="$TMP/l.png" --window-size=800,1100 "file://$HTML" >/dev/null
[ -s "$TMP/l.png" ]; ok $? "Chromium renders the page to a PNG"
sig=$(od -An -tx1 -N8 "$TMP/l.png" | tr -d ' \n')
is "$sig" "89504e470d0a1a0a" "the file is a PNG"
wh=$(od -An -tu1 -j16 -N8 "$TMP/l.png" | awk '{printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
is "$wh" "800 1100" "of the window's size (800 x 1100)"
size=$(wc -c <"$TMP/l.png")
[ "$size" -gt 20000 ]; ok $? "and not blank ($size bytes: text and border drawn)"
chr --no-pdf-header-footer --print-to-pdf="$TMP/l.pdf" "file://$HTML" >/dev/null
pages=$(grep -ao '/Count [0-9]*' "$TMP/l.pdf" | head -1)
is "$pages" "/Count 1" "Chromium prints it on one page"
chr --dump-dom "file://$HTML" >"$TMP/dom.html"
grep -q 'dir="rtl"' "$TMP/dom.html" && grep -qF "$NAME" "$TMP/dom.html" && grep -qF '۱۴۰۳/۱۲/۰۵' "$TMP/dom.html"
ok $? "the DOM Chromium built is RTL with the name and the Persian-digit date"
if [ -n "${HAMYAR_KEEP_LETTER:-}" ]; then
	mkdir -p "$HAMYAR_KEEP_LETTER" && cp "$HTML" "$TMP/l.png" "$HAMYAR_KEEP_LETTER/"
fi
done_testing
