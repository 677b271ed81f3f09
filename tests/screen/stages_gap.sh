# A need's stages: the dates stand two cells apart, as the columns of the
# other lists do.  Before, the start, end and done-on dates sat one cell
# apart («1403/01/05 1403/03/20 1403/03/25»), read as one run of digits;
# in Persian the progress sat one cell from the done-on date too.  The
# longest title is still whole at 80 columns, its timeline drawn beside it.
# Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && {
	echo 'need,title,planned_start,planned_end,actual_end,progress'
	echo 'TST-20,پی‌ریزی,۱۴۰۳/۰۱/۰۵,1403/03/20,1403/03/25,100'
	echo 'TST-20,خرید و نصب دوربین‌ها,1403/02/01,1449/12/29,,40'
} >"$TMP/s.csv" && "$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null
ok $? "fixture: two stages of TST-20, one done"

for lang in fa en; do
	if [ $lang = fa ]; then
		v() { vis "$1"; }
		menu='منوی اصلی'; dash='نیازها به تفکیک شهرستان'; need='نیاز TST-20: ساخت اتاق نگهبانی'
		dates=$(vis '۱۴۰۳/۰۱/۰۵  ۱۴۰۳/۰۳/۲۰  ۱۴۰۳/۰۳/۲۵  ۱۰۰')
		planned=$(vis '۱۴۰۳/۰۲/۰۱  ۱۴۴۹/۱۲/۲۹')
	else
		v() { printf '%s\n' "$1"; }
		menu='Main menu'; dash='Needs by county'; need='Need TST-20: '
		dates='1403/01/05  1403/03/20  1403/03/25  100'
		planned='1403/02/01  1449/12/29'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$(v "$menu")" >/dev/null; scr_keys 0
	scr_wait "$(v "$dash")" >/dev/null; scr_keys F3
	scr_type 'ساخت اتاق'; scr_wait "TST-20" >/dev/null; scr_keys Enter
	scr_wait "$(v "$need")" >/dev/null; scr_settle
	row=$(scr_cap | grep -F "$(vis 'پی‌ریزی')")
	holds "$row" "$dates" "$lang 80x24: start, end, done on and progress two cells apart"
	row=$(scr_cap | grep -F "$(vis 'خرید و نصب دوربین‌ها')")
	holds "$row" "$planned" "$lang 80x24: a stage not done: its start and end two apart"
	n=$(printf '%s\n' "$row" | grep -o '[░█]' | wc -l | tr -d ' ')
	[ "$n" -ge 10 ]; ok $? "$lang 80x24: the longest title whole and its timeline drawn ($n cells)"
	scr_cap | grep -qF '…'; is $? 1 "$lang 80x24: nothing cut with an ellipsis"
	scr_keys F10; scr_wait "$(v "$dash")" >/dev/null
	scr_keys F10; scr_wait "$(v "$menu")" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
