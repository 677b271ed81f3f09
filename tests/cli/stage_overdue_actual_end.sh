# A stage is overdue when today is past its planned end and it is not done
# (below 100 percent), whatever actual end it carries.  Before, an actual
# end decided alone: a stage below 100 percent with an actual end in the
# future (1406 typed for 1405, warned about but taken) was listed overdue
# while its planned end was still ahead, and its days late counted to that
# future day; one whose actual end lay before its planned end was never
# overdue, however long past its planned end.  The report, export
# --overdue and the stages list's count judge by core_stage_overdue.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
. "$HAMYAR_SRC/tests/cli/fixtures_overdue.inc"
overdue_db

{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress,active'
	# planned end ahead, actual end in the future: not overdue yet
	echo 'MRG-28,MRG-10,لوله‌کشي آب,1404/05/01,1404/07/01,1404/08/01,50,1'
	# planned end past, actual end before it: overdue, 21 days late
	echo 'MRG-29,MRG-10,نصب پنجره‌ها,1404/03/01,1404/05/11,1404/04/20,50,1'
	# planned end past, actual end in the future: overdue, 6 days late (to today)
	echo 'MRG-30,MRG-10,کاشی‌کاری,1404/03/01,1404/05/26,۱۴۰۴/۰۸/۰۱,50,1'
	# planned end today, actual end past: not overdue yet
	echo 'MRG-31,MRG-10,رنگ‌آمیزی,1404/03/01,1404/06/01,1404/05/01,50,1'
	# planned end yesterday, actual end in the future, 100 percent: done
	echo 'MRG-32,MRG-10,نصب تابلو,1404/03/01,1404/05/31,1404/08/01,100,1'
} >"$TMP/s2.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s2.csv" >"$TMP/imp.txt" 2>&1; ok $? "stages with actual ends in the future and the past imported"

ids() { tail -n +2 "$1" | cut -d, -f1 | tr '\n' ' '; }
"$HAMYAR" --db "$DB" export stages --overdue --out "$TMP/late.csv"; ok $? "export stages --overdue"
is "$(ids "$TMP/late.csv")" "MRG-20 MRG-21 MRG-25 MRG-29 MRG-30 " "overdue: past the planned end below 100, whatever the actual end; not MRG-28 (due ahead), MRG-31 (due today), MRG-32 (done)"

"$HAMYAR" --lang en --db "$DB" report >"$TMP/en.txt"; ok $? "report"
sed -n '/^overdue_stages$/,$p' "$TMP/en.txt" >"$TMP/late.txt"
holds "$(cat "$TMP/late.txt")" 'Stages overdue on 1404/06/01: 5 (counties with one: 2).' "five stages overdue"
row() { grep -F "$1" "$TMP/late.txt" | grep -F -- "$2" | awk '{ print $1, $2, $3, $4 }'; }
is "$(row MRG-10 'نصب پنجره‌ها')" "MRG-10 1404/05/11 21 50" "an actual end before the planned end: late by 21 days, to today"
is "$(row MRG-10 'کاشی‌کاری')" "MRG-10 1404/05/26 6 50" "an actual end in the future: late by 6 days, to today, not to that day"
is "$(row MRG-11 'نصب بی‌سیم‌ها')" "MRG-11 1404/03/31 10 60" "an actual end between the planned end and today: late to it, as before"
for s in 'لوله‌کشی آب' 'رنگ‌آمیزی' 'نصب تابلو'; do
	! grep -qF "$s" "$TMP/late.txt"; ok $? "not overdue: $s"
done

# a day before MRG-28's planned end its actual end ahead still does not count
HAMYAR_TODAY=1404/06/30 "$HAMYAR" --db "$DB" export stages --overdue >"$TMP/d1.csv"; ok $? "on 1404/06/30"
is "$(ids "$TMP/d1.csv")" "MRG-20 MRG-21 MRG-25 MRG-29 MRG-30 MRG-31 " "... MRG-28 (due 1404/07/01) not yet, MRG-31 (due 1404/06/01) now"
HAMYAR_TODAY=1404/07/02 "$HAMYAR" --db "$DB" export stages --overdue >"$TMP/d2.csv"; ok $? "on 1404/07/02"
holds "$(ids "$TMP/d2.csv")" "MRG-28 " "... MRG-28 past its planned end: overdue"
done_testing
