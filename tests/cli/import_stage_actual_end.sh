# A stages row that gives the day a stage was done (actual_end) and leaves
# its progress empty makes the stage 100 percent, as the stage's form and
# the need's screen do («ثبت تاریخ پایان واقعی»): before, it stored 0
# percent, and a stage done on 1403/05/20, past its planned end of
# 1403/04/30, was counted overdue, one done in time read «0%, done on ...».
# So does a partial file (id, actual_end) updating a stored stage, its
# progress untouched.  A progress the row gives is kept as given; a stage
# with no actual end stays at 0; a round trip through export changes
# nothing.  HAMYAR_TODAY fixes today at 1403/06/01.
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
	echo 'MRG-20,MRG-10,تحویل موقت,1403/03/01,1403/04/30,۱۴۰۳/۰۴/۲۰,'
	echo 'MRG-21,MRG-10,تحویل قطعي,1403/03/01,1403/04/30,1403/05/20,'
	echo 'MRG-22,MRG-10,نصب سازه,1403/03/01,1403/04/30,,'
	echo 'MRG-23,MRG-10,آموزش نگهبانان,1403/03/01,1403/04/30,1403/04/25,60'
	echo 'MRG-24,MRG-10,رنگ‌آمیزی,1403/03/01,1403/04/30,,40'
} >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "five stages"
progress() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $7 }'; }
is "$(progress MRG-20)" 100 "done in time, progress empty: 100 percent"
is "$(progress MRG-21)" 100 "done late, progress empty: 100 percent (done, not overdue)"
is "$(progress MRG-22)" 0 "no actual end, progress empty: 0"
is "$(progress MRG-23)" 60 "a progress given is kept as given"

# a round trip changes nothing
"$HAMYAR" --db "$DB" export stages --out "$TMP/back.csv" >/dev/null
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/back.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "the export imported back"
grep -qF 'rows imported: 5 (new: 0, updated: 0, unchanged: 5)' "$TMP/out"; ok $? "... nothing changed"

# a partial file recording the day MRG-24 (at 40 percent) was done
printf 'id,actual_end\nMRG-24,1403/05/28\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/p.csv" >/dev/null 2>&1; ok $? "a partial file: id and actual_end"
is "$(progress MRG-24)" 100 "... its progress, untouched, is 100 now"
"$HAMYAR" --db "$DB" audit --id MRG-24 | grep -qF '"۴۰" -> "۱۰۰"'; ok $? "... and the audit log says so"
done_testing
