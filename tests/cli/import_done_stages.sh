# A needs file that marks a stored need done while some of its stages are
# below 100 percent: the row is taken, as the rows of the other import
# warnings are (an import cannot ask, as the program does before the same
# step: tests/screen/done_stages.sh), with a warning on the status column
# naming how many stages are not complete yet and how many of those are
# past their planned end.  Before, it went in without a word.  A need
# whose stages are all at 100 percent, or that has none, or that was done
# already, is not warned about.  A file with a bad row writes nothing, the
# done rows neither.  HAMYAR_TODAY fixes today at 1403/08/01.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1403/08/01
"$HAMYAR" --db "$DB" init --station MRG >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامي مراغه ۳,MRG\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "a unit"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,equipment,خرید بی‌سیم و آموزش,50000000,3,3,1403/02/01,in_progress'
	echo 'MRG-11,MRG-1,space,نقاشی پاسگاه,20000000,2,2,1403/02/01,in_progress'
	echo 'MRG-12,MRG-1,costs,سوخت زمستانی,10000000,2,2,1403/02/01,in_progress'
} >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "three needs in progress"
{
	echo 'need,title,planned_start,planned_end,actual_end,progress'
	echo 'MRG-10,خرید دستگاه‌ها,1403/03/01,1403/04/01,1403/04/10,100'
	echo 'MRG-10,نصب,1403/04/01,1403/05/01,,۴۰٪'
	echo 'MRG-10,آموزش كاربران,1403/05/01,1403/12/01,,'
	echo 'MRG-11,رنگ‌آمیزی,1403/03/01,1403/04/01,1403/04/01,100'
} >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "stages: MRG-10's at 100, 40 and none; MRG-11's at 100; MRG-12 none"
status() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $11 }'; }

printf 'id,status\nMRG-10,done\nMRG-11,انجام‌شده\nMRG-12,done\n' >"$TMP/done.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/done.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
ok $? "a dry run: good (a warning does not make a row bad)"
W='done.csv: line 2, column 2 (status): warning: marked done, with stages not complete yet (below 100 percent): 2 of 3. Overdue among them: 1.'
grep -qF "/$W" "$TMP/err"; ok $? "... MRG-10 (line 2) warned about: 2 of 3 stages not complete, 1 of them overdue"
is "$(grep -c warning "$TMP/err")" 1 "... and only MRG-10: MRG-11's stage is at 100%, MRG-12 has none"
is "$(status MRG-10)" in_progress "... nothing written"

# a file with a bad row writes nothing, its done rows neither
printf 'id,status,urgency\nMRG-10,done,3\nMRG-11,done,9\n' >"$TMP/bad.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/bad.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "a file with a bad row (urgency 9): refused"
grep -qF 'bad.csv: line 2, column 2 (status): warning: marked done, with stages not complete yet (below 100 percent): 2 of 3.' "$TMP/err"
ok $? "... its done row warned about all the same"
is "$(status MRG-10)" in_progress "... and not written: MRG-10 still in progress"
is "$(status MRG-11)" in_progress "... nor MRG-11"

"$HAMYAR" --db "$DB" import needs "$TMP/done.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "imported"
grep -qF 'done.csv: سطر 2، ستون 2 (status): هشدار: وضعیت «انجام‌شده» داده شد، ولی 2 مرحله از 3 مرحلهٔ آن هنوز کامل نشده است' "$TMP/err"
ok $? "... warned in Persian too"
grep -qF 'از این میان، 1 مرحله از برنامه عقب افتاده است.' "$TMP/err"; ok $? "... with the overdue one"
is "$(status MRG-10)" done "... MRG-10 is done, as the file says"
is "$(status MRG-11)" done "... MRG-11 too"
is "$(status MRG-12)" done "... MRG-12 too"

# a need done already is not warned about again
printf 'id,title,status\nMRG-10,خرید بی‌سیم و آموزش نیروها,done\n' >"$TMP/again.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/again.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "MRG-10, done already, retitled"
grep -q warning "$TMP/err"; is $? 1 "... no warning"
done_testing
