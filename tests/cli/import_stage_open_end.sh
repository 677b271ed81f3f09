# A stages row giving an actual end with a progress below 100 percent is
# warned about, naming its line and column, as the stage's form asks
# before saving one so («این مرحله تاریخ پایان واقعی دارد ...»): a stage
# with an actual end is done.  Before, `import stages` took such a row
# without a word: a stage at 50 percent «done on 1403/04/20», which, its
# actual end before its planned end, never counts as overdue.  The row is
# taken as given (an import cannot ask).  An actual end with 100, or with
# the progress empty (made 100), a progress with no actual end, and a row
# changing neither are not warned about.  HAMYAR_TODAY fixes the day.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1403/06/01
"$HAMYAR" --db "$DB" init --station MRG >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامي مراغه ۳,MRG\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "a unit"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRG-10,MRG-1,space,ساخت سایه‌بان پاسگاه,50000000,3,3,1403/02/01,in_progress\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need in progress"
{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress'
	echo 'MRG-20,MRG-10,تحویل موقت,1403/03/01,1403/04/30,۱۴۰۳/۰۴/۲۰,۵۰'
	echo 'MRG-21,MRG-10,تحویل قطعي,1403/03/01,1403/04/30,1403/05/20,100'
	echo 'MRG-22,MRG-10,نصب سازه,1403/03/01,1403/04/30,1403/04/25,'
	echo 'MRG-23,MRG-10,رنگ‌آمیزی,1403/03/01,1403/04/30,,40'
} >"$TMP/s.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/s.csv" >"$TMP/out" 2>&1; ok $? "four stages: taken"
grep -qF 'rows imported: 4 (new: 4' "$TMP/out"; ok $? "... all four"
grep -F 'warning' "$TMP/out" >"$TMP/w"
is "$(wc -l <"$TMP/w")" 1 "one warning"
holds "$(cat "$TMP/w")" 's.csv: line 2, column 7 (progress): warning: this stage has an actual end but is below 100 percent' "... on line 2, its progress column"
progress() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $6, $7 }'; }
is "$(progress MRG-20)" "1403/04/20 50" "... the row taken as given"

# in Persian, the column named as the file has it
printf 'شناسه,پیشرفت\nMRG-21,80\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/p.csv" >"$TMP/out" 2>&1; ok $? "a partial file lowering a done stage to 80"
holds "$(cat "$TMP/out")" 'سطر 2، ستون 2 (پیشرفت): هشدار: این مرحله تاریخ پایان واقعی دارد ولی پیشرفتش کمتر از ۱۰۰ درصد است' "... warned, in Persian, on its column"

# an actual end given to a stage at 40 percent, the progress not in the
# file: made 100 (import_stage_actual_end.sh), so nothing to warn about
printf 'id,actual_end\nMRG-23,1403/05/28\n' >"$TMP/a.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/a.csv" >"$TMP/out" 2>&1; ok $? "an actual end, no progress column"
grep -q warning "$TMP/out"; is $? 1 "... no warning"
is "$(progress MRG-23)" "1403/05/28 100" "... 100 percent"

# a round trip changes nothing and says nothing
"$HAMYAR" --db "$DB" export stages --out "$TMP/back.csv" >/dev/null
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/back.csv" >"$TMP/out" 2>&1; ok $? "the export imported back"
grep -qF 'unchanged: 4' "$TMP/out"; ok $? "... nothing changed"
grep -q warning "$TMP/out"; is $? 1 "... and no warning for the stages stored so"
done_testing
