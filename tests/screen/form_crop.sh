# A field of a form that is not being edited, its text wider than the box,
# is cut at its logical end with an ellipsis, as the lists cut theirs: a
# Latin name inside a Persian address keeps its start («Tabriz Police»), and
# the reader sees that the text goes on.  Cutting the laid-out row at the
# box's left edge instead showed the end of the Latin run («…ice Station»)
# after the Persian words that come before it, with no mark of the cut.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
ADDR='تبریز، خیابان امام، کوچهٔ ۱۲، ساختمان Tabriz Police Station طبقهٔ دوم، روبه‌روی بانک'
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null; ok $? "a new database"
printf 'name,kind,county,address\n%s,person,TBZ,"%s"\n' 'زهرا کریمی‌نژاد' "$ADDR" >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor with a long mixed address"

for mode in app terminal; do
	HAMYAR_BIDI=$mode scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys 1; scr_wait "TBZ-1" >/dev/null
	scr_keys Enter
	if [ $mode = app ]; then
		scr_wait "$(vis 'نشانی:')" >/dev/null; ok $? "$mode: the donor's form"
		row=$(scr_cap | grep -F "$(vis 'نشانی:')")
		start=$(vis 'تبریز، خیابان امام')
	else
		scr_wait 'نشانی:' >/dev/null; ok $? "$mode: the donor's form"
		row=$(scr_cap | grep -F 'نشانی:')
		start='تبریز، خیابان امام'
	fi
	holds "$row" "Tabriz Police" "$mode: the Latin name in the address keeps its start"
	holds "$row" "…" "$mode: an ellipsis marks where the address is cut"
	holds "$row" "$start" "$mode: the address keeps its first words"
done
done_testing
