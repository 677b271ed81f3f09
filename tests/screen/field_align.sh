# In bidi mode terminal (logical order, the terminal reorders) a form's text
# field sits on the right of its box, as in mode app and as the labels and
# the choice fields beside it do: padding on its left, the text in logical
# order, and while typing the cursor just after the text's logical end, on
# the box's last column.  The fields were drawn from the box's left edge in
# that mode, with the rest of the form on the right.  Checked on the cells
# the program writes (tmux itself does not reorder): the text as typed, the
# columns of its start and end, the cursor's column.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
NAME='زهرا کریمی‌نژاد'		# a ZWNJ in it: no column of its own
ADDR='کوچه 12 Tehran'		# Persian, digits and Latin mixed
KIND='شخص حقیقی'

width() { printf '%s\n' "$1" | wc -L | tr -d ' '; }
# The column where TEXT starts on the screen row ROW (only spaces before).
col_of() { pre=${1%%"$2"*}; [ -z "$(printf '%s' "$pre" | tr -d ' ')" ] && printf '%s\n' "${#pre}"; }
cursor() { tm display -p -t main '#{cursor_x} #{cursor_y}'; }
row_of() { scr_cap | grep -nF -- "$1" | head -n 1 | cut -d: -f1; }

for mode in app terminal; do
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	DB="$TMP/db-$mode"	# no draft left by the other mode's form
	"$HAMYAR" --db "$DB" init --station TBZ >/dev/null; ok $? "$mode: a new database"
	HAMYAR_BIDI=$mode scr_start "$DB"
	scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys 1; scr_wait "$(v 'جست‌وجو:')" >/dev/null
	scr_keys F5; scr_wait "$(v 'کد ملی:')" >/dev/null; ok $? "$mode: F5 opens a new donor form"
	scr_keys Space; scr_wait "$(v "$KIND")" >/dev/null; scr_keys Enter
	scr_settle
	# The kind, a choice field, ends on the box's right edge.
	krow=$(scr_cap | grep -F "$(v 'نوع*:')")
	kstart=$(col_of "$krow" "$(v "$KIND")")
	edge=$((kstart + $(width "$KIND")))	# first column past the box
	scr_keys Tab; scr_type "$NAME"; scr_settle
	row=$(scr_cap | grep -F "$(v 'نام*:')")
	start=$(col_of "$row" "$(v "$NAME")")
	ok $? "$mode: the name as typed, only padding before it"
	set -- $(cursor)
	if [ $mode = app ]; then
		is "$((start + $(width "$NAME")))" "$edge" "$mode: the name ends on the box's right edge"
		is "$1" "$((start - 1))" "$mode: the cursor left of the name (its logical end)"
	else
		is "$((start + $(width "$NAME")))" "$((edge - 1))" "$mode: the name ends one column short of the box's edge"
		is "$1" "$((edge - 1))" "$mode: the cursor right after it, on the box's last column"
	fi
	is "$2" "$(($(row_of "$(v 'نام*:')") - 1))" "$mode: ... on the name's row"

	# The address, past the ids, the phones and the county.
	scr_keys Tab Tab Tab Tab Tab Tab; scr_settle
	set -- $(cursor)
	is "$2" "$(($(row_of "$(v 'نشانی:')") - 1))" "$mode: six Tabs on, the address field"
	scr_type "$ADDR"; scr_settle
	row=$(scr_cap | grep -F "$(v 'نشانی:')")
	start=$(col_of "$row" "$(v "$ADDR")")
	ok $? "$mode: the mixed address, only padding before it"
	set -- $(cursor)
	if [ $mode = app ]; then
		# Visual: Tehran 12 کوچه, the logical end right of «Tehran».
		is "$((start + $(width "$ADDR")))" "$edge" "$mode: the address ends on the box's right edge"
		is "$1" "$((start + 6))" "$mode: the cursor right of «Tehran», its logical end"
	else
		is "$((start + $(width "$ADDR")))" "$((edge - 1))" "$mode: the address ends one column short of the box's edge"
		is "$1" "$((edge - 1))" "$mode: the cursor right after it, on the box's last column"
	fi
	scr_keys Home; scr_settle
	set -- $(cursor)
	if [ $mode = app ]; then
		is "$1" "$((edge - 1))" "$mode: Home puts the cursor on «کوچه»'s first letter, the rightmost"
	else
		is "$1" "$start" "$mode: Home puts the cursor on the text's first cell"
	fi
	scr_type 'ب'; scr_settle
	row=$(scr_cap | grep -F "$(v 'نشانی:')")
	start=$(col_of "$row" "$(v "ب$ADDR")")
	ok $? "$mode: a letter typed there goes before the text"
	is "$((start + $(width "ب$ADDR")))" "$(if [ $mode = app ]; then echo "$edge"; else echo "$((edge - 1))"; fi)" \
	    "$mode: ... which stays on the right"
done
done_testing
