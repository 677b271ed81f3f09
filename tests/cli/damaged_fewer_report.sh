# `report` (text, --html -, --county) on copies whose stages' or
# ceremonies' table a failing disk cut short (tests/cli/damage.py fewer
# TABLE: the last record read as not there, without an error).  Before,
# on the ceremonies cut short the report left ceremony TST-71 out of its
# honouring section and ended with exit 0, a report read as whole; on the
# stages cut short it printed its tables and honouring, 50 lines, and only
# then «report failed: the database is damaged», exit 3, with no advice.
# Now each stops with the damaged-database sentence (verify, the last
# backup), exit 3, and prints nothing: the report to stdout is made whole
# before it is written, as the page is.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/work.inc"

DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: units, donors, needs, pledges"
printf 'id,need,title,planned_start,planned_end,actual_end,progress\nTST-60,TST-22,برآورد,1403/01/11,1403/02/20,,50\nTST-61,TST-22,اجرا,1403/03/01,1403/04/20,,0\n' >"$TMP/st.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/st.csv" >/dev/null 2>&1; ok $? "two stages of TST-22, overdue"
printf 'id,held_on,title,place,donors\nTST-70,1404/09/02,همایش تجلیل,تالار تبریز,TST-12\nTST-71,1405/01/02,همایش دوم,تالار اهر,TST-10 TST-12\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "two ceremonies held"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
S="$TMP/s"; R="$TMP/r"
is "$(fewer_copy "$TMP/b.mdb" "$S" stage)" 1 "the stages' page: one node fewer (TST-61)"
is "$(fewer_copy "$TMP/b.mdb" "$R" recognition)" 1 "the ceremonies' page: one node fewer (TST-71)"

"$HAMYAR" --lang en --db "$DB" report >"$TMP/out" 2>&1; ok $? "the sound database: report"
holds "$(cat "$TMP/out")" "همایش دوم" "... ceremony TST-71 in its honouring section"

for dir in "$S" "$R"; do
	for v in report "report --html -" "report --county AHR"; do
		# shellcheck disable=SC2086
		"$HAMYAR" --lang en --db "$dir" $v >"$TMP/out" 2>"$TMP/err"
		is $? 3 "$(basename "$dir") cut short: $v: exit 3"
		is "$(cat "$TMP/err")" "hamyar: stopped on a page of the database $dir that could not be read: it may be damaged. Run 'hamyar --db $dir verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")." \
		    "... saying the database may be damaged and what to do"
		is "$(wc -c <"$TMP/out")" 0 "... and printing nothing"
	done
done
done_testing
