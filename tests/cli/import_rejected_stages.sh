# A needs file that rejects a stored need while some of its stages are
# below 100 percent: the row is taken, with a warning on the status column
# naming how many stages are not complete yet, how many of those are past
# their planned end, and that they are no longer followed once the need is
# rejected (none of them counted overdue), the words of the program's
# question before the same step (tests/screen/stages_rejected.sh), as a
# need marked done is warned about (tests/cli/import_done_stages.sh).
# Before, it went in without a word.  A need whose stages are all at 100
# percent, or that has none, is not warned about.  HAMYAR_TODAY fixes
# today at 1403/08/01.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1403/08/01
"$HAMYAR" --db "$DB" init --station MRG >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامي مراغه ۳,MRG\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "a unit"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت سایه‌بان پاسگاه,50000000,3,3,1403/02/01,approved'
	echo 'MRG-11,MRG-1,space,نقاشی پاسگاه,20000000,2,2,1403/02/01,approved'
	echo 'MRG-12,MRG-1,costs,سوخت زمستانی,10000000,2,2,1403/02/01,assessed'
} >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "three needs, two approved, one assessed"
{
	echo 'need,title,planned_start,planned_end,actual_end,progress'
	echo 'MRG-10,طراحي و برآورد,۱۴۰۳/۰۳/۰۱,1403/04/01,1403/04/10,100'
	echo 'MRG-10,پی‌ریزی,1403/04/01,1403/05/01,,۴۰٪'
	echo 'MRG-10,نصب سازه,1403/05/01,١٤٠٣/١٢/٣٠,,'
	echo 'MRG-11,رنگ‌آمیزی,1403/03/01,1403/04/01,1403/04/01,100'
} >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "stages: MRG-10's at 100, 40 and none; MRG-11's at 100; MRG-12 none"
status() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $11 }'; }

printf 'id,status\nMRG-10,rejected\nMRG-11,ردشده\nMRG-12,rejected\n' >"$TMP/rej.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/rej.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
ok $? "a dry run: good (a warning does not make a row bad)"
W='rej.csv: line 2, column 2 (status): warning: marked rejected. 2 of its 3 stages are not complete yet (below 100 percent). Overdue among them: 1. Once rejected, its stages are no longer followed: none of them counts as overdue.'
grep -qF "/$W" "$TMP/err"; ok $? "... MRG-10 (line 2) warned about: 2 of 3 stages not complete, 1 overdue, no longer followed"
is "$(grep -c warning "$TMP/err")" 1 "... and only MRG-10: MRG-11's stage is at 100%, MRG-12 has none"
is "$(status MRG-10)" approved "... nothing written"

"$HAMYAR" --db "$DB" import needs "$TMP/rej.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "imported"
grep -qF 'rej.csv: سطر 2، ستون 2 (status): هشدار: وضعیت «ردشده» داده شد، ولی 2 مرحله از 3 مرحلهٔ آن هنوز کامل نشده است' "$TMP/err"
ok $? "... warned in Persian too"
grep -qF 'مراحل آن دیگر پیگیری نمی‌شوند' "$TMP/err"; ok $? "... saying its stages are no longer followed"
is "$(status MRG-10)" rejected "... MRG-10 is rejected, as the file says"
is "$(status MRG-11)" rejected "... MRG-11 too"
done_testing
