# A clerk searches the donors' list by the starts of several words of a
# name: «نیکو» showed «بنیاد نیکوکاری مهر», but «نیکو مهر» found nothing,
# a word followed by a space having to be a whole word.  Every word typed
# is now the start of a word of the name, the earlier ones too, in any
# order, with Arabic ي/ك, a ZWNJ left out and any digits (store/search.c).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"

work_fixture "$DB"; ok $? "fixture: donors TST-10 to TST-12"
printf 'id,kind,name,county\nTST-15,org,کارگاه ۲ برادران,TBZ\nTST-16,org,شرکت نیک‌اندیشان مهرگان,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor with a digit in his name, one with a ZWNJ"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys Enter
scr_wait "TST-12"; ok $? "the donors' list"
rows() { scr_cap | sed '1,2d' | grep -o 'TST-[0-9]*' | sort | tr '\n' ' '; }
search() {	# search TEXT: the search emptied, TEXT typed, the list settles
	scr_keys C-u; scr_type "$1"; sleep 0.5
}

search 'نیکو'
scr_gone "TST-10"; scr_wait "TST-11"; is "$(rows)" "TST-11 " "نیکو: بنیاد نیکوکاری مهر"
scr_type ' '; sleep 0.5
is "$(rows)" "TST-11 " "... a space typed after it: still there"
scr_type 'مهر'; sleep 0.5
is "$(rows)" "TST-11 " "نیکو مهر: found too (before, nothing)"
search 'مهر نيكو'
scr_wait "TST-11"; is "$(rows)" "TST-11 " "مهر نيكو: the other order, Arabic ي/ك"
search 'بن نیک مه'
scr_wait "TST-11"; is "$(rows)" "TST-11 " "بن نیک مه: the start of each word"
search 'نیک مهر'
scr_wait "TST-16"; is "$(rows)" "TST-11 TST-16 " "نیک مهر: نیکوکاری مهر, and نیک‌اندیشان مهرگان"
search 'کار ۲ برا'
scr_gone "TST-11"; scr_wait "TST-15"; is "$(rows)" "TST-15 " "کار ۲ برا: کارگاه ۲ برادران"
search 'برا 2 کارگ'
scr_wait "TST-15"; is "$(rows)" "TST-15 " "... in another order, the digit in ASCII"
search 'نیکو آذر'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "نیکو آذر: no donor has both"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"
done_testing
