# The sync conflict screen at 80x24 and 50x20 in Persian: a value too
# long for its column goes on over the lines under it, broken between
# words and filling each line, so both addresses read whole; a word longer
# than the column (a link in the notes) is broken inside it, nothing of
# it lost.  Before, a long value was cut in its middle on one line,
# between words, up to 9 of its columns left blank, and the words between
# its start and end were not on the screen at all («تبریز خیابان
# امام…مسجد جامع»).  A donor «علی‌رضا کریمی» whose address TBZ lengthened
# (typed with Arabic ي and ك) while HQ changed his notes.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
addr='تبریز خیابان امام کوچهٔ شهید بهشتی پلاک ۱۲ واحد ۳ طبقهٔ دوم روبه‌روی مسجد جامع'
printf 'name,kind,county,address,notes\nعلی‌رضا کریمی,person,TBZ,%s,یادداشت اولیه\n' "$addr" >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor with a long address registered at TBZ reaches HQ"
link='https://hamyar.example.ir/receipts/TBZ-1/1405-09-11'
printf 'id,address\nTBZ-1,%s محلهٔ قديمي شهرستان تبريز\n' "$addr" >"$TMP/u1.csv"
printf 'id,notes\nTBZ-1,رسید: %s\n' "$link" >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "TBZ lengthened the address, HQ put a link in the notes; TBZ's bundle at HQ"

open_tbz1() {	# open_tbz1 SIZE: TBZ-1's page on a screen of SIZE, in $TMP/s
	SCR_SIZE=$1
	scr_start "$Q"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'نشانی')"; ok $? "$1: Enter opens TBZ-1"
	scr_settle
	scr_cap >"$TMP/s"
	# the fields' lines: from the address's row to the status line's
	sed -n "/$(vis 'نشانی')/,/$(vis 'از آخرین یکسانی')/p" "$TMP/s" | sed '$d' >"$TMP/rows"
}
quit() {
	scr_keys F10; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$1: quits"
}

open_tbz1 80x24
missing=
for w in تبریز خیابان امام کوچهٔ شهید بهشتی پلاک ۱۲ واحد ۳ طبقهٔ دوم روبه‌روی مسجد جامع محلهٔ قدیمی شهرستان; do
	[ "$(grep -oF "$(vis "$w")" "$TMP/rows" | wc -l)" -ge 1 ] || missing="$missing $w"
done
is "$missing" "" "every word of the addresses is on the screen"
is "$(grep -oF "$(vis 'بهشتی')" "$TMP/rows" | wc -l)" 2 "... a middle word of each side's, «بهشتی»"
grep -qF '…' "$TMP/rows"; r=$?; [ $r -ne 0 ]; ok $? "no value cut"
grep -q "\* .*$(vis 'تبریز')" "$TMP/rows"; ok $? "TBZ's star ends its address, by «تبریز»"
# the first line of this database's address holds all the words that fit
# its 28 columns, «تبریز خیابان امام کوچهٔ شهید» (26); the next, «بهشتی»,
# would not: broken between words, no word's room left blank
grep -F "$(vis 'نشانی')" "$TMP/rows" | grep -qF "$(vis 'تبریز خیابان امام کوچهٔ شهید')"
ok $? "the address's first line filled with the words that fit"
# the link, broken inside: its pieces, read line by line, make it
# whole (its letters and digits; its slashes and dots, each on its side
# of a piece, confl_link_side.sh reads)
pieces=$(grep -o '[A-Za-z0-9:/.-]*' "$TMP/rows" | tr -cd 'A-Za-z0-9')
case $pieces in *"$(printf '%s' "$link" | tr -cd 'A-Za-z0-9')"*) r=0 ;; *) r=1; echo "# $pieces" ;; esac
ok $r "the link in HQ's notes, longer than its column, broken inside it, all of it"
quit 80x24

# 50x20: nine lines for the two fields; the selected address takes five,
# broken between words, its end cut in its middle with TBZ's star in sight
open_tbz1 50x20
sed -n 2p "$TMP/rows" | grep -qF "$(vis 'امام کوچهٔ')"
ok $? "50x20: the address goes on on the line under its row, «امام کوچهٔ»"
grep -q "\* .*$(vis 'تبریز')" "$TMP/rows"; ok $? "50x20: ... TBZ's star ends it, by «تبریز»"
grep -qF 'https://hamya' "$TMP/rows"; ok $? "50x20: the link's start is on the screen"
# Enter on the notes: both in full, the link too, broken inside it where
# it is wider than the popup (before, cut at the popup's edge, «…receipt…»)
scr_keys Down; sleep 0.3; scr_keys Enter
scr_wait '┌' >/dev/null; ok $? "50x20: Enter on the notes: both values in a popup"
scr_settle
pieces=$(scr_cap | grep '│' | grep -o '[A-Za-z0-9:/.-]*' | tr -cd 'A-Za-z0-9')
case $pieces in *"$(printf '%s' "$link" | tr -cd 'A-Za-z0-9')"*) r=0 ;; *) r=1; echo "# $pieces" ;; esac
ok $r "50x20: ... the link whole"
scr_cap | grep '│' | grep -qF '…'; r=$?; [ $r -ne 0 ]; ok $? "50x20: ... nothing in it cut"
scr_keys Escape; scr_gone '┌' >/dev/null
quit 50x20
done_testing
