# The sync conflict screen's popup of a field's two versions (Enter on a
# field when merging field by field) follows a resize as the other popups
# do: its values are wrapped anew to the screen there is now.  Before, they
# kept the lines they were wrapped to when the popup opened: on a wider
# screen a note stayed broken at the old width, and on a narrower one each
# old line was broken again, leaving a short line after every long one.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county\nعلی‌رضا کریمی,person,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
long='یادداشت بلند ستاد دربارهٔ این خیّر که در ستون جا نمی‌شود و باید کامل خوانده شود تا تصمیم درستی گرفته شود واژهٔ‌پایانی'
printf 'id,notes\nTBZ-1,%s\n' "$long" >"$TMP/u1.csv"
printf 'id,notes\nTBZ-1,تماس گرفته شد\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 1 "a conflict on TBZ-1's notes at HQ"

box() { scr_cap | sed -n '/┌/,/└/p'; }	# the popup, border to border
one_line() {	# the note's first words and its last on one line of the popup
	box | grep -F "$(v 'یادداشت بلند ستاد')" | grep -qF "$(v 'واژهٔ‌پایانی')"
}
for mode in app terminal; do
	HAMYAR_BIDI=$mode scr_start "$Q"
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys F7; scr_wait "$(v 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
	scr_keys Enter; scr_wait "$(v 'یادداشت‌ها')" >/dev/null
	scr_keys Enter; scr_wait '┌' >/dev/null
	box | grep -qF "$(v 'تماس گرفته شد')"; ok $? "$mode: Enter on the notes shows both versions"
	one_line; is $? 1 "$mode: ... at 80 columns the long note takes two lines"
	scr_resize 130 24
	one_line; ok $? "$mode: widened to 130 columns, the note is wrapped anew: one line"
	scr_resize 50 24
	resized=$(box)
	scr_keys Enter; scr_gone '┌' >/dev/null
	scr_keys Enter; scr_wait '┌' >/dev/null; scr_settle
	is "$resized" "$(box)" "$mode: narrowed to 50 columns, the popup is the one that opens at 50"
	holds "$resized" "$(v 'واژهٔ‌پایانی')" "$mode: ... to the note's last word"
	scr_resize 80 24
	resized=$(box)
	scr_keys Enter; scr_gone '┌' >/dev/null
	scr_keys Enter; scr_wait '┌' >/dev/null; scr_settle
	is "$resized" "$(box)" "$mode: back at 80 columns, the popup is as it first was"
	scr_keys Enter; scr_gone '┌'; ok $? "$mode: any key closes it"
done
done_testing
