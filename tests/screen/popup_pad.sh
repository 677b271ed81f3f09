# A popup list (the F6 sort menu of a list, a form's choice menu, the F4
# record picker) keeps one blank cell between its borders and its text on
# both sides, as the message and confirm popups do, in both bidi modes, in
# Persian and English, at 80x24 and wider.  Before, a menu's items were
# drawn from the cell next to the border: a Persian item touched the right
# border line («شناسه│»), an English one the left («│Id»); the picker's
# search line and rows did the same.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: units, donors, needs and pledges made with the CLI"

# The popup's inner lines, each between its two borders, that do not have
# a blank cell inside each border; none when the popup is padded.
unpadded() {
	scr_cap | sed -n '/┌/,/└/p' | sed '1d;$d' | grep -o '│.*│' >"$TMP/box"
	[ -s "$TMP/box" ] || { echo "(no popup on the screen)"; return; }
	grep -v '^│ .* │$' "$TMP/box"
}
padded() {	# padded NAME: ok if the popup on screen is padded
	bad=$(unpadded)
	[ -z "$bad" ]; ok $? "$1"
	[ -z "$bad" ] || printf '%s\n' "$bad" | sed 's/^/# | /'
}

for lang in fa en; do
for mode in app terminal; do
	[ $lang = en ] && [ $mode = terminal ] && continue	# LTR: the same either way
	HAMYAR_BIDI=$mode scr_start "$DB" --lang $lang
	if [ $lang = en ]; then
		v() { printf '%s\n' "$2"; }
	elif [ $mode = app ]; then
		v() { vis "$1"; }
	else
		v() { printf '%s\n' "$1"; }
	fi
	scr_wait "$(v 'منوی اصلی' 'Main menu')" >/dev/null; ok $? "$lang $mode: main menu"
	for size in 80x24 120x30; do
		scr_resize "${size%x*}" "${size#*x}"
		scr_keys 4; scr_wait "TST-20" >/dev/null
		scr_keys F6; scr_wait "$(v 'مرتب‌سازی بر پایهٔ' 'Sort by')" >/dev/null
		ok $? "$lang $mode $size: the needs list's F6 sort menu"
		padded "$lang $mode $size: ... a blank cell inside both its borders on every line"
		scr_keys Escape; scr_gone '┌' >/dev/null
		scr_keys Enter; scr_wait "$(v 'زمینهٔ مشارکت*:' 'Category*:')" >/dev/null
		scr_keys Tab Space; scr_wait "$(v 'تجهیزات عمومی' 'Public equipment')" >/dev/null
		ok $? "$lang $mode $size: a need's form, Space on its category opens the choice menu"
		padded "$lang $mode $size: ... padded on both sides"
		scr_keys Escape; scr_gone '┌' >/dev/null
		scr_keys F10; scr_wait "TST-20" >/dev/null; scr_keys F10
		scr_wait "$(v 'منوی اصلی' 'Main menu')" >/dev/null
		scr_keys 6; scr_keys F5; scr_wait "$(v 'تاریخ پرداخت*:' 'Paid on*:')" >/dev/null
		scr_keys F4; scr_wait "TST-30" >/dev/null
		ok $? "$lang $mode $size: F4 in a new payment's form: the pledge picker"
		padded "$lang $mode $size: ... its search line, headings and rows padded on both sides"
		scr_keys Escape; scr_gone '┌' >/dev/null
		scr_keys F10; scr_wait "$(v 'جست‌وجو:' 'Search:')" >/dev/null; scr_keys F10
		scr_wait "$(v 'منوی اصلی' 'Main menu')" >/dev/null
	done
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done
done
done_testing
