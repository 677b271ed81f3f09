# The arrows in a form's text field move the way they point on the screen
# in both bidi modes.  In mode terminal the program writes the text in
# logical order and the terminal reorders it, so the arrows follow the
# reordered (visual) line there too, not the order of the characters: the
# same keys make the same text in both modes.  tmux does not reorder, so
# what is checked is the logical text the program keeps (the row it writes
# in mode terminal, the saved record through `hamyar export`) and where it
# puts the terminal's cursor.
#
# A clerk fixes two typos without retyping: «زهرا کرمی» for «زهرا کریمی»
# (two Rights from the end: between ر and م on the screen, where the ی is
# missing), and «کوچه 2 Tehrn» for «کوچه 12 Tehran» (Home, then Left across
# the Persian word onto the 2; End, then Left into the Latin word).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
KIND='شخص حقیقی'
TYPO='زهرا کرمی'
NAME='زهرا کریمی'
ADDR_TYPO='کوچه 2 Tehrn'
ADDR='کوچه 12 Tehran'

cursor() { tm display -p -t main '#{cursor_x} #{cursor_y}'; }
# The column where TEXT starts on screen row ROW (only spaces before).
col_of() { pre=${1%%"$2"*}; [ -z "$(printf '%s' "$pre" | tr -d ' ')" ] && printf '%s\n' "${#pre}"; }

for mode in app terminal; do
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	DB="$TMP/db-$mode"
	"$HAMYAR" --db "$DB" init --station TBZ >/dev/null; ok $? "$mode: a new database"
	HAMYAR_BIDI=$mode scr_start "$DB"
	scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys 1; scr_wait "$(v 'جست‌وجو:')" >/dev/null
	scr_keys F5; scr_wait "$(v 'کد ملی:')" >/dev/null; ok $? "$mode: F5 opens a new donor form"
	scr_keys Space; scr_wait "$(v "$KIND")" >/dev/null; scr_keys Enter
	scr_keys Tab; scr_type "$TYPO"; scr_settle
	row=$(scr_cap | grep -F "$(v 'نام*:')")
	start=$(col_of "$row" "$(v "$TYPO")")
	ok $? "$mode: the name as typed"
	# Reordered, the name reads ی م ر ک _ ا ر ه ز from the left; its
	# logical end is its left edge.  Right: onto ی; Right: onto م.
	scr_keys Right Right; scr_settle
	set -- $(cursor)
	if [ $mode = app ]; then
		is "$1" "$((start + 1))" "$mode: two Rights from the end: the cursor on م, second from the left"
	else
		# the terminal shows its cursor over the character of its cell:
		# م is the 8th character of the logical row the program writes
		is "$1" "$((start + 7))" "$mode: two Rights from the end: the cursor on م's cell, which the terminal shows second from the left"
	fi
	scr_type 'ی'; scr_settle
	scr_cap | grep -F "$(v 'نام*:')" | grep -qF "$(v "$NAME")"
	ok $? "$mode: ی typed there goes in between ر and م: «$NAME»"

	scr_keys Tab Tab Tab Tab Tab F4		# ids, phones -> county
	scr_wait "$(v 'تبریز')" >/dev/null; scr_type 'ت'; scr_keys Enter
	scr_keys Tab; scr_type "$ADDR_TYPO"; scr_settle
	scr_cap | grep -F "$(v 'نشانی:')" | grep -qF "$(v "$ADDR_TYPO")"
	ok $? "$mode: the address as typed"
	# Reordered: «Tehrn 2 کوچه»; Home is on ک, the rightmost letter;
	# Left four times crosses کوچه, the fifth is onto the 2.
	scr_keys Home Left Left Left Left Left; scr_type '1'; scr_settle
	scr_cap | grep -F "$(v 'نشانی:')" | grep -qF "$(v 'کوچه 12 Tehrn')"
	ok $? "$mode: Home, five Lefts: 1 typed before the 2"
	# End is right of «Tehrn» (the space's column); Left: onto n.
	scr_keys End Left Left; scr_type 'a'; scr_settle
	scr_cap | grep -F "$(v 'نشانی:')" | grep -qF "$(v "$ADDR")"
	ok $? "$mode: End, two Lefts: a typed before the n"

	scr_keys F2
	scr_settle
	scr_cap | grep -qF "$(v 'هشدارها را ببینید')" && scr_keys F2
	scr_wait "TBZ-1" >/dev/null; ok $? "$mode: F2 saves the donor"
	scr_keys F10; scr_wait "$(v 'منوی اصلی')" >/dev/null; scr_keys F10
	scr_bye; scr_wait "__EXIT__=0" >/dev/null
	out=$("$HAMYAR" --db "$DB" export donors --format json)
	holds "$out" "\"$NAME\"" "$mode: the stored name is «$NAME»"
	holds "$out" "\"$ADDR\"" "$mode: the stored address is «$ADDR»"
done
done_testing
