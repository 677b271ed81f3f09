# On a need's stages screen, today's mark («|») shows on the timeline of a
# stage under way, over its bar, with the bar on both sides of it; a stage
# that has not begun shows it on its dotted line as before.  Before, a
# stage's bar was drawn over today's column, and the stage in progress,
# the one a clerk looks at, had no mark of today at all.  HAMYAR_TODAY fixes
# the day (1403/02/15) inside the first stage.  Both bidi modes, at 80x24
# and 120x30.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
NOW='پی‌ریزی و فونداسیون'	# 1403/01/20 - 1403/03/01: under way today
LATER='نقاشی'			# 1403/04/01 - 1403/05/01: not begun
work_fixture "$DB"; ok $? "fixture: units, donors and needs made with the CLI"
printf 'need,title,planned_start,planned_end,progress\n%s\n%s\n' \
    "TST-20,$NOW,1403/01/20,1403/03/01,30" "TST-20,$LATER,1403/04/01,1403/05/01,0" >"$TMP/stages.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/stages.csv" >/dev/null; ok $? "two stages of TST-20"

for mode in app terminal; do
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	HAMYAR_BIDI=$mode SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1403/02/15" scr_start "$DB"
	scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys 0; scr_wait "$(v 'نیازها به تفکیک شهرستان')" >/dev/null; ok $? "$mode: the dashboard"
	scr_keys F3; scr_type 'ساخت اتاق'; scr_wait "TST-20" >/dev/null; scr_keys Enter
	scr_wait "$(v 'نیاز TST-20: ساخت اتاق نگهبانی')" >/dev/null; ok $? "$mode: TST-20's stages"
	for size in 80x24 120x30; do
		scr_resize "${size%x*}" "${size#*x}"
		row=$(scr_cap | grep -F -- "$(v "$NOW")")
		# the mark between two cells of the bar (full block or light shade)
		printf '%s\n' "$row" | grep -q '[█░]|[█░]'; r=$?
		ok $r "$mode $size: today's mark shows on the bar of the stage under way"
		[ $r -eq 0 ] || echo "# $row"
		holds "$(scr_cap | grep -F -- "$(v "$LATER")")" '|' \
		    "$mode $size: ... and on the dotted line of the stage not begun"
		n=$(printf '%s\n' "$row" | grep -o '[█░]' | wc -l)
		[ "$n" -ge 4 ]; ok $? "$mode $size: the stage under way's bar is still drawn ($n cells)"
	done
	scr_keys F10; scr_keys F10; scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done
done_testing
