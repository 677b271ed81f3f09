# A needs file that marks a stored need done while some of its stages are
# below 100 percent: the row is taken, as the rows of the other import
# warnings are (an import cannot ask, as the program does before the same
# step: tests/screen/done_stages.sh), with a warning on the status column
# naming how many stages are not complete yet and how many of those are
# past their planned end.  Before, it went in without a word.  A need
# whose stages are all at 100 percent, or that has none, or that was done
# already, is not warned about.  A file with a bad row writes nothing, the
# done rows neither.  The sentence about the stages is the one the
# program's question says (tests/screen/done_stages.sh), in ASCII digits.
# Then a stages file that, once the need is done, lowers a stage of it
# below 100 percent or adds one below it (its progress left empty, which
# is 0, as a stage made on the need's screen is: export says 0) is taken
# with a warning on that row's progress column; before, without a word.
# HAMYAR_TODAY fixes today at 1403/08/01.
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
W='done.csv: line 2, column 2 (status): warning: marked done. 2 of its 3 stages are not complete yet (below 100 percent). Overdue among them: 1.'
grep -qF "/$W" "$TMP/err"; ok $? "... MRG-10 (line 2) warned about: 2 of 3 stages not complete, 1 of them overdue"
is "$(grep -c warning "$TMP/err")" 1 "... and only MRG-10: MRG-11's stage is at 100%, MRG-12 has none"
is "$(status MRG-10)" in_progress "... nothing written"

# a file with a bad row writes nothing, its done rows neither
printf 'id,status,urgency\nMRG-10,done,3\nMRG-11,done,9\n' >"$TMP/bad.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/bad.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "a file with a bad row (urgency 9): refused"
grep -qF 'bad.csv: line 2, column 2 (status): warning: marked done. 2 of its 3 stages are not complete yet (below 100 percent).' "$TMP/err"
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

# the stages of the need are after it was done.  MRG-10's third stage was
# imported with its progress empty: it is 0, as F5 on the need's screen
# makes it, and exports so (it was exported empty)
stage() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $7 }'; }
is "$(stage MRG-15)" 0 "a stage imported with its progress empty is at 0, as a stage made with F5"
is "$(stage MRG-13)" 100 "MRG-10's first stage at 100"
{
	echo 'id,title,progress'
	echo 'MRG-13,خرید دستگاه‌ها,۶۰٪'
	echo 'MRG-16,رنگ‌آمیزی,100'
} >"$TMP/lower.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/lower.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "a stage of done MRG-10 lowered to 60%: taken"
grep -qF 'lower.csv: line 2, column 3 (progress): warning: need MRG-10 is done, but this stage is below 100 percent, which says its work is not over' "$TMP/err"
ok $? "... with a warning on its line and progress column"
is "$(grep -c 'is done, but this stage' "$TMP/err")" 1 "... and only that row (MRG-11's stage stays at 100)"
# (MRG-13 has an actual end: below 100 it is warned about too,
# tests/cli/import_stage_open_end.sh)
grep -qF 'lower.csv: line 2, column 3 (progress): warning: this stage has an actual end but is below 100 percent' "$TMP/err"
ok $? "... which has an actual end: said too"
is "$(grep -c warning "$TMP/err")" 2 "... no other warning"
is "$(stage MRG-13)" 60 "... it is at 60 now"
# the same stage changed again below 100: nothing new to say
printf 'id,progress\nMRG-13,70\n' >"$TMP/again2.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/again2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "MRG-13 from 60 to 70"
grep -q 'is done, but' "$TMP/err"; is $? 1 "... no warning that the need is done: it was below 100 already"
# a new stage of a done need, its progress empty (0): warned, in Persian
# too; a new stage at 100 is not
{
	echo 'need,title,planned_start,planned_end,درصد پیشرفت'
	echo 'MRG-11,تعمیر درب ورودي,1403/08/01,1403/09/01,'
	echo 'MRG-12,خرید سوخت,1403/07/01,1403/07/20,100'
} >"$TMP/new.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/new.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "new stages of done needs"
grep -qF 'new.csv: سطر 2، ستون 5 (درصد پیشرفت): هشدار: نیاز MRG-11 «انجام‌شده» است، ولی پیشرفت این مرحله کمتر از صد درصد است' "$TMP/err"
ok $? "... the one with its progress empty warned about, by its Persian column"
is "$(grep -c 'هشدار' "$TMP/err")" 1 "... not the one at 100"
# a stage stored with its progress empty by an older version (put_raw
# stands for it) is exported at 0, the value it means, so that export ->
# import into a fresh database -> export stays byte for byte
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
OLD=$("$PUT" "$DB" --stage MRG-12 'تحویل سوخت') ; ok $? "a stage stored with its progress empty ($OLD)"
is "$(stage "$OLD")" 0 "... exported at 0"
"$HAMYAR" --db "$DB" export stages --format json | grep -F "\"$OLD\"" | grep -qF '"progress": 0,'
ok $? "... in JSON too"
"$HAMYAR" --db "$DB" export all --out "$TMP/all1" >/dev/null 2>&1; ok $? "export all"
"$HAMYAR" --db "$TMP/fresh" init --station TBZ >/dev/null 2>&1
for k in units needs stages; do
	"$HAMYAR" --db "$TMP/fresh" import $k "$TMP/all1/$k.csv" >/dev/null 2>&1 || echo "# import $k failed"
done
"$HAMYAR" --db "$TMP/fresh" export stages >"$TMP/st2.csv"
cmp -s "$TMP/all1/stages.csv" "$TMP/st2.csv"; ok $? "... imported into a fresh database, the stages export the same"

# a stage of a need not done is lowered without a word
printf 'id,unit,category,title,urgency,impact,identified_on,status\nMRG-20,MRG-1,costs,نگهداری,2,2,1403/02/01,in_progress\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n2.csv" >/dev/null 2>&1
printf 'need,title,progress\nMRG-20,نصب تابلو,100\n' >"$TMP/s20.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s20.csv" >/dev/null 2>&1
ID=$("$HAMYAR" --db "$DB" export stages | tr -d '\r' | awk -F, '$2 == "MRG-20" { print $1 }')
printf 'id,progress\n%s,30\n' "$ID" >"$TMP/s21.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/s21.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a stage of a need in progress lowered"
grep -q warning "$TMP/err"; is $? 1 "... no warning"
done_testing
