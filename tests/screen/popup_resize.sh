# A message popup (here F1 help) follows a resize: its lines are wrapped
# again to the screen there is now, not cut with an ellipsis at the width
# it opened with; taller than the screen, it scrolls (the arrows, End) and
# its bottom border says more is there (▼), so no line is out of reach.
# Before, the lines kept their first wrapping and whatever did not fit in
# the box's height was simply not shown, any key closing the popup.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null; ok $? "a new database"
LAST='F12، Ctrl-Space یا Ctrl-T: صفحه‌کلید فارسی/لاتین.'
# its last words: below 80 columns the help's lines flow into each other
# (tui/screen.c wrap_lines), the last line starting with the words before
END='فارسی/لاتین.'

for mode in app terminal; do
	HAMYAR_BIDI=$mode scr_start "$DB"
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys 1; scr_wait "$(v 'جست‌وجو:')" >/dev/null
	scr_keys F1; scr_wait "$(v 'راهنما')" >/dev/null
	scr_cap | grep -qF "$(v "$LAST")"; ok $? "$mode: at 80x24 the help shows its last line"
	scr_resize 60 24
	scr_cap | grep '│' | grep -qF '…'; is $? 1 "$mode: narrowed to 60 columns, no line of the help is cut"
	scr_cap | grep -qF "$(v 'برای جست‌وجوی نام تایپ کنید:')"; ok $? "$mode: ... its first line wrapped anew"
	scr_cap | grep -qF '▼'; ok $? "$mode: ... taller than the screen now, its border says more is below"
	scr_keys End; scr_settle
	scr_cap | grep -qF "$(v "$END")"; ok $? "$mode: End scrolls to its last line"
	scr_cap | grep -qF '▲'; ok $? "$mode: ... and the border says more is above"
	scr_resize 80 24
	scr_cap | grep -qF "$(v "$LAST")"; ok $? "$mode: back at 80x24 it fits again"
	scr_cap | grep -qF "$(v 'برای جست‌وجوی نام تایپ کنید:')"; ok $? "$mode: ... whole"
	scr_keys Down; scr_gone '┌'; ok $? "$mode: a help that fits closes on any key, as before"
done
# The English help fits at 80x24 as well: its last line shows, nothing below.
scr_start "$DB" --lang en
scr_wait 'Main menu' >/dev/null
scr_keys 1; scr_wait 'Search:' >/dev/null
scr_keys F1; scr_wait 'Help' >/dev/null; scr_settle
scr_cap | grep -qF 'F12, Ctrl-Space or Ctrl-T: Persian/Latin keyboard.'; ok $? "en: at 80x24 the help shows its last line"
scr_cap | grep -qF '▼'; is $? 1 "en: ... with nothing more below"
done_testing
