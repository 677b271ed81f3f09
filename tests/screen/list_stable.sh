# A list's columns share the room by the texts on screen (fit_columns), and
# only grow while the clerk pages through the same rows: back on a page he
# has seen, the columns stand where they stood, instead of jumping back and
# forth at every PgDn and PgUp.  A new search starts afresh.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
"$HAMYAR" --db "$DB" demo --size 50 >/dev/null; ok $? "sample data (stages of many lengths)"
head_line() { scr_cap | sed -n 3p; }
first_id() { scr_cap | sed -n 4p | grep -o 'TBZ-[0-9]*' | head -n 1; }

for mode in app terminal; do
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	HAMYAR_BIDI=$mode scr_start "$DB"
	scr_wait "$(v 'منوی اصلی')" >/dev/null; scr_keys 7
	scr_wait "$(v 'رکوردها:')" >/dev/null; ok $? "$mode: the stages list"
	# by title (F6), where the stages' texts of many lengths come
	# page after page (the list's own order is by need)
	scr_keys F6; scr_wait "$(v 'مرتب‌سازی بر پایهٔ')" >/dev/null
	scr_keys Down Down Enter; scr_wait "$(v 'مرتب بر پایهٔ نام.')" >/dev/null; ok $? "$mode: sorted by title"
	h1=$(head_line); id1=$(first_id)
	scr_keys NPage; scr_settle
	h2=$(head_line); id2=$(first_id)
	[ -n "$id2" ] && [ "$id1" != "$id2" ]; ok $? "$mode: PgDn shows other rows ($id1, then $id2)"
	[ "$h1" != "$h2" ]; ok $? "$mode: ... whose longer texts widen their columns"
	scr_keys PPage; scr_settle
	[ "$(first_id)" = "$id1" ]; ok $? "$mode: PgUp is back on the first page"
	is "$(head_line)" "$h2" "$mode: ... with the columns where they stood, not moved back"
	scr_keys NPage; scr_settle
	is "$(head_line)" "$h2" "$mode: and again on the second page"
	scr_keys F10; scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "$mode: quits"
done
done_testing
