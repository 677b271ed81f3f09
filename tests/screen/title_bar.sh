# The title bar keeps the screen's title whole when the station's name is
# long (an official name of 60 letters is no rarity): the name is cut, with
# an ellipsis, and the bar still says which screen, which record, is open.
# The name was drawn first and the title after it, so at 80x24 the title
# («خیّر TBZ-1», the record being edited) was what got cut away.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
NAME='فرماندهی انتظامی استان آذربایجان شرقی، دبیرخانهٔ ستاد همیاری خیّرین'
"$HAMYAR" --db "$DB" init --station TBZ --name "$NAME" >/dev/null; ok $? "a station with a long name"
printf 'name,kind,county\n%s,person,TBZ\n' 'علی‌رضا کریمی' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor"

for mode in app terminal; do
	HAMYAR_BIDI=$mode scr_start "$DB"
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	scr_wait "$(v 'منوی اصلی')" >/dev/null; ok $? "$mode: the main menu"
	scr_keys 1; scr_wait "TBZ-1" >/dev/null; scr_keys Enter
	scr_wait "$(v 'نام*:')" >/dev/null; ok $? "$mode: the donor's form"
	bar=$(scr_cap | sed -n 1p)
	holds "$bar" "$(v 'خیّر TBZ-1')" "$mode: the title bar names the record being edited"
	holds "$bar" "$(v 'همیار — فرماندهی انتظامی')" "$mode: ... and the station by the start of its name"
	holds "$bar" "…" "$mode: ... cut with an ellipsis"
done
done_testing
