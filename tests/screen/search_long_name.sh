# A clerk searches the donors' list by the last word of a long name: a
# company or group name of 30 words and more, «کانون فرهنگی و ورزشی بسیج
# خواهران مرند ... کوی نیک‌اندیش».  The word index kept 32 entries of a
# name (words, and the parts after a ZWNJ), and a word after them, typed
# with its ZWNJ, without it, or with an Arabic ي/ك, found nothing, without
# a word said; every word of a name a form takes is indexed now (format 9,
# store/search.c).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"

LONG='کانون فرهنگی و ورزشی بسیج خواهران مرند و بخش‌های یامچی و زنوز به یاد شهدا و ایثارگران و آزادگان در کوی و برزن و ده و شهر با یاری خیّر کوی نیک‌اندیش'
work_fixture "$DB"; ok $? "fixture: donors TST-10 to TST-12"
printf 'id,kind,name,county\nTST-15,org,%s,TBZ\nTST-16,org,شرکت نیک‌اندیشان مهرگان,TBZ\n' "$LONG" >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor of 32 words (34 entries), another with نیک‌اندیشان"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys Enter
scr_wait "TST-12"; ok $? "the donors' list"
rows() { scr_cap | sed '1,2d' | grep -o 'TST-[0-9]*' | sort | tr '\n' ' '; }
search() {	# search TEXT: the search emptied, TEXT typed, the list settles
	scr_keys C-u; scr_type "$1"; sleep 0.5
}

search 'خیّر'
scr_gone "TST-10"; scr_wait "TST-15"; is "$(rows)" "TST-15 " "خیّر, the 31st word: found (before too)"
search 'نيك‌انديش'
scr_wait "TST-16"; is "$(rows)" "TST-15 TST-16 " "نيك‌انديش, the last word, ZWNJ and Arabic ي/ك: the long name too (before, only TST-16)"
search 'نيكانديش '
scr_wait "TST-15"; is "$(rows)" "TST-15 TST-16 " "... typed without the ZWNJ, a space after it"
search 'انديش'
scr_wait "TST-15"; is "$(rows)" "TST-15 TST-16 " "انديش, the part after the ZWNJ: the long name too (before, only TST-16)"
search 'زنوز نيك‌'
scr_wait "TST-15"; is "$(rows)" "TST-15 " "زنوز نيك‌: a word within the 32 and the last"
search 'مهرگان نیک‌اندیش'
scr_wait "TST-16"; is "$(rows)" "TST-16 " "مهرگان نیک‌اندیش: the other donor alone"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"
done_testing
