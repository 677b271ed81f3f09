# The list of all stages (main menu 7), where a supervisor follows the
# timetable of every funded need, marks an overdue stage as the need's own
# stages screen does: its title starts with "!" and its row is bold.  A
# stage is overdue when it is below 100 percent and its planned end has
# passed (core_stage_overdue, by which the question before a need is
# marked done counts too); one that ended on time, one that ended late
# but is done (at 100 percent: before, it was marked as well, which the
# question did not count), or one not due yet, is not marked.  Before,
# every row looked the same, and a stage a
# year late was found only by opening each need.  HAMYAR_TODAY fixes the
# day (1403/06/01).  Persian in both bidi modes, and English; 80x24 and
# 100x30.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ONTIME='تجهیز کارگاه'		# 1403/01/10 - 1403/02/10, ended 1403/02/08
LATE='پی‌ریزی و فونداسیون'	# 1403/02/01 - 1403/03/31, not ended, 40%
ENDLATE='اسكلت فلزي'		# 1403/03/01 - 1403/04/15, ended 1403/05/02 (Arabic ي ك typed)
LATER='نازک‌کاری'		# 1403/07/01 - 1403/09/30: not due yet
work_fixture "$DB"; ok $? "fixture: units, donors and needs made with the CLI"
{
	echo 'need,title,planned_start,planned_end,actual_end,progress'
	echo "TST-20,$ONTIME,1403/01/10,1403/02/10,1403/02/08,100"
	echo "TST-20,$LATE,1403/02/01,1403/03/31,,40"
	echo "TST-20,$ENDLATE,1403/03/01,1403/04/15,1403/05/02,100"
	echo "TST-20,$LATER,1403/07/01,1403/09/30,,0"
} >"$TMP/stages.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/stages.csv" >/dev/null; ok $? "four stages of TST-20"
ENDLATE='اسکلت فلزی'		# as stored

# the row of stage title $1 in the capture $2
row_of() { printf '%s\n' "$2" | grep -F -- "$1" | head -n 1; }
# 0 if the row of $1 in the capture with attributes is drawn bold
bold_row() { tm capture-pane -e -p -t main | grep -F -- "$1" | grep -q "$(printf '\033')\[[0-9;]*1m"; }

for lang in fa en; do
for mode in app terminal; do
	[ $lang = en ] && [ $mode = terminal ] && continue
	if [ $lang = en ]; then
		v() { printf '%s\n' "$1" | "$HAMYAR" layout --dir auto; }
		menu='Main menu'; search='Search:'
	elif [ $mode = app ]; then
		v() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
		menu=$(vis 'منوی اصلی'); search=$(vis 'جست‌وجو:')
	else
		v() { printf '%s\n' "$1"; }; menu='منوی اصلی'; search='جست‌وجو:'
	fi
	HAMYAR_BIDI=$mode SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1403/06/01" scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; ok $? "$lang $mode: main menu"
	for size in 80x24 100x30; do
		scr_resize "${size%x*}" "${size#*x}"
		scr_keys 7; scr_wait "$search" >/dev/null; scr_wait "$(v "$LATER")" >/dev/null
		ok $? "$lang $mode $size: the stages list shows the four stages"
		scr_settle; cap=$(scr_cap)
		for t in "$LATE"; do
			holds "$(row_of "$(v "$t")" "$cap")" "$(v "! $t")" "$lang $mode $size: overdue «$t» starts with !"
			bold_row "$(v "$t")"; ok $? "$lang $mode $size: ... and its row is bold"
		done
		for t in "$ONTIME" "$ENDLATE" "$LATER"; do
			case $(row_of "$(v "$t")" "$cap") in
			*!*) ok 1 "$lang $mode $size: «$t» is not marked"; echo "# $(row_of "$(v "$t")" "$cap")" ;;
			*) ok 0 "$lang $mode $size: «$t» is not marked" ;;
			esac
		done
		# the first row is selected (reverse); the last one is not late
		bold_row "$(v "$LATER")"; is $? 1 "$lang $mode $size: the row of a stage not due is not bold"
		scr_keys F10; scr_wait "$menu" >/dev/null
	done
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "$lang $mode: quits"
done
done
done_testing
