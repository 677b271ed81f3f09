# The list of all stages (main menu 7) at 80 columns shows what its "!"
# (overdue: below 100 percent past its planned end) is judged by: each
# stage's planned end and progress, beside its need and title, headed
# as the need's own stages screen heads them («پایان», «پیشرفت»).
# Before, the four columns there were the id, need, title and the
# planned start, under the 20-cell heading «شروع برنامه‌ریزی‌شده»: a
# supervisor following the timetable saw a stage marked late beside a
# date that was not the one it was late for, and not how far along it
# was.  The planned start comes back on a wider terminal (120 columns).
# HAMYAR_TODAY fixes the day (1403/06/01).  Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
LATE='پی‌ریزی و فونداسیون'	# 1403/02/01 - 1403/03/31, not ended, 40%
LATER='نازک‌کاری'		# 1403/07/01 - 1403/09/30: not due yet, 0%
work_fixture "$DB"; ok $? "fixture: units, donors and needs made with the CLI"
{
	echo 'need,title,planned_start,planned_end,actual_end,progress'
	echo "TST-20,$LATE,1403/02/01,1403/03/31,,40"
	echo "TST-20,$LATER,1403/07/01,1403/09/30,,0"
} >"$TMP/stages.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/stages.csv" >/dev/null; ok $? "two stages of TST-20"
row_of() { scr_cap | grep -F -- "$1" | head -n 1; }

for lang in fa en; do
	if [ $lang = en ]; then
		v() { printf '%s\n' "$1" | "$HAMYAR" layout --dir auto; }
		menu='Main menu'; search='Search:'
		END='End'; PROG='Progress'; START='Start'
		d1='1403/03/31'; d2='1403/09/30'; s1='1403/02/01'; p1='40'
	else
		v() { vis "$1"; }
		menu=$(vis 'منوی اصلی'); search=$(vis 'جست‌وجو:')
		END='پایان'; PROG='پیشرفت'; START='آغاز'
		d1='۱۴۰۳/۰۳/۳۱'; d2='۱۴۰۳/۰۹/۳۰'; s1='۱۴۰۳/۰۲/۰۱'; p1='۴۰'
	fi
	SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1403/06/01" scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; ok $? "$lang: main menu"
	scr_keys 7; scr_wait "$search" >/dev/null; scr_wait "$(v "$LATE")" >/dev/null
	ok $? "$lang 80x24: the stages list"
	head=$(scr_cap | sed -n 3p)
	holds "$head" "$(v "$END")" "$lang 80x24: a column headed «$END»"
	holds "$head" "$(v "$PROG")" "$lang 80x24: ... and one headed «$PROG»"
	row=$(row_of "$(v "$LATE")")
	holds "$row" "$d1" "$lang 80x24: the overdue stage's row shows its planned end"
	printf '%s\n' "$row" | grep -qE "(^| )$p1( |\$)"; ok $? "$lang 80x24: ... and its progress"
	holds "$row" "!" "$lang 80x24: ... and is marked overdue"
	holds "$(row_of "$(v "$LATER")")" "$d2" "$lang 80x24: the stage not due yet shows its planned end"
	case $row in *"$s1"*) ok 1 "$lang 80x24: the planned start left for a wider terminal" ;;
	*) ok 0 "$lang 80x24: the planned start left for a wider terminal" ;; esac
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_resize 120 30
	scr_keys 7; scr_wait "$search" >/dev/null; scr_wait "$(v "$LATE")" >/dev/null
	row=$(row_of "$(v "$LATE")")
	holds "$row" "$s1" "$lang 120x30: the planned start shown too"
	holds "$row" "$d1" "$lang 120x30: ... with the planned end"
	holds "$(scr_cap | sed -n 3p)" "$(v "$START")" "$lang 120x30: ... headed «$START»"
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "$lang: quits"
done
done_testing
