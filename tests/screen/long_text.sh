# Long names and titles are cut between characters, never in the middle of
# one.  Screens copy a station's name (title bar, thank-you letters) and a
# need's title (its pledges screen) into buffers of fixed size; the copy used
# to cut at a byte, and a Persian letter (two bytes) cut in two was drawn as
# a replacement mark, and written as such into the letter.  The name here is
# longer than the old buffer and of one-byte spaces placed so that a cut by
# bytes falls inside a letter.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
NAME='فرماندهی انتظامی (FRAJA) استان آذربایجان شرقی، دبیرخانهٔ ستاد همیاری خیّرین و مشارکت‌های مردمی در نظم و امنیت عمومی شهرستان‌های تبریز و مرند'
TITLE='احداث ساختمان جدید پاسگاه انتظامی B12 روستای خواجه با اتاق نگهبانی، انبار تجهیزات، سرویس‌های بهداشتی و دیوارکشی محوطه برای خدمت‌رسانی بهتر به اهالی'
"$HAMYAR" --db "$DB" init --station TST --name "$NAME" >/dev/null; ok $? "a station with a name of $(printf %s "$NAME" | wc -c) bytes"
for k in units donors needs; do
	"$HAMYAR" --db "$DB" import "$k" "$WORK_DATA/$k.csv" >/dev/null || exit 1
done
printf 'id,title\nTST-20,%s\n' "$TITLE" >"$TMP/t.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/t.csv" >/dev/null; ok $? "a need with a title of $(printf %s "$TITLE" | wc -c) bytes"
printf 'held_on,title,place,donors\n1403/10/15,تجلیل از خیّرین هفتهٔ ناجا,سالن همایش,TST-10\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "a ceremony"

# no U+FFFD and no other mark of a broken character on the screen
whole() { scr_cap | grep -c '�' | grep -qx 0; }

SCR_SIZE=120x30; scr_start "$DB"; scr_settle
scr_wait "$(vis 'منوی اصلی')"; ok $? "the main menu"
whole; ok $? "the title bar's station name has no broken letter"
scr_cap | sed -n 1p | grep -qF "$(vis 'همیار — فرماندهی انتظامی')"; ok $? "and starts as the name does"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys Enter; scr_wait "$(vis 'نیاز TST-20')"; ok $? "the long-titled need's stages"
whole; ok $? "no broken letter there"
scr_keys F7; scr_wait "$(vis 'احداث ساختمان جدید')"; ok $? "F7: its pledges, the title in the bar"
whole; ok $? "its title cut between letters"
scr_keys F10; scr_settle; scr_keys F10; scr_settle
scr_wait "$(vis 'منوی اصلی')" 3 >/dev/null || scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "$(vis 'هفتهٔ ناجا')"; scr_keys F7
scr_wait "$(vis 'شرکت فولاد آذر')"; scr_keys F6
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"
scr_keys C-u; scr_type "$TMP/letter.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "a thank-you letter"
python3 -c 'import sys; open(sys.argv[1], encoding="utf-8", errors="strict").read()' "$TMP/letter.html" 2>/dev/null
ok $? "the letter is valid UTF-8"
# (as stored: normalised, «ه» and hamza above made one letter)
grep -qF "$(printf '%s\n' "$NAME" | "$HAMYAR" text normalize)" "$TMP/letter.html"
ok $? "and names the station in full"
done_testing
