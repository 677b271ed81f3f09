# A need whose stages are not all at 100 percent marked inactive by an
# import (its active column 0, or «خیر»): its stages are then no longer
# followed, as a rejected need's are, so the row is taken with a warning
# on its active column naming the need and saying how many stages are not
# complete and how many of those are overdue, in the words of the warning
# a rejection gets (import_rejected_stages.sh) and of the program's
# question.  Before, it was taken without a word.  HAMYAR_TODAY 1404/06/01.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
. "$HAMYAR_SRC/tests/cli/fixtures_overdue.inc"
overdue_db
# MRG-10 (in progress): MRG-20 40% overdue, MRG-21 0% overdue, MRG-22
# deactivated, MRG-23 done, MRG-24 20% not yet due; MRG-11 (approved):
# MRG-25 60% overdue.  One more need with its only stage done.
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRG-14,MRG-1,equipment,خرید چراغ گردان,9000000,3,3,1403/02/01,in_progress\n' >"$TMP/n2.csv"
printf 'id,need,title,planned_start,planned_end,actual_end,progress\nMRG-29,MRG-14,نصب چراغ,1403/03/01,1403/04/01,1403/04/01,100\n' >"$TMP/s2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import stages "$TMP/s2.csv" >/dev/null 2>&1; ok $? "a need whose one stage is done"

printf 'id,active\nMRG-10,0\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" --lang en import needs --dry-run "$TMP/d.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a dry run: taken"
holds "$(cat "$TMP/err")" "line 2, column 2 (active): warning: need MRG-10 marked inactive: 3 of its 4 stages are not complete yet (below 100 percent). Overdue among them: 2. Once inactive, its stages are no longer followed: none of them counts as overdue." "... warned on its active column: the need, how many open, how many overdue"
"$HAMYAR" --db "$DB" import needs "$TMP/d.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "imported: taken"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (active): هشدار: نیاز MRG-10 غیرفعال شد، ولی 3 مرحله از 4 مرحلهٔ آن هنوز کامل نشده است" "... in Persian, as a rejection's warning says it"
holds "$(cat "$TMP/err")" "با غیرفعال شدن نیاز، مراحل آن دیگر پیگیری نمی‌شوند" "... and that its stages are no longer followed"
is "$("$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep '^MRG-10,' | sed 's/.*,//')" 0 "... MRG-10 inactive"

# «خیر» in a Persian header's column, one stage open
printf 'شناسه,فعال\nMRG-11,خیر\nMRG-14,خیر\n' >"$TMP/f.csv"
"$HAMYAR" --db "$DB" --lang en import needs "$TMP/f.csv" >/dev/null 2>"$TMP/err"; ok $? "«خیر» under «فعال»"
holds "$(cat "$TMP/err")" "line 2, column 2 (فعال): warning: need MRG-11 marked inactive: Its one stage is not complete yet (below 100 percent). Overdue among them: 1." "... its one stage open, named under the file's header"
grep -q 'MRG-14' "$TMP/err"; is $? 1 "... not a need whose stages are all done"

# not again when inactive already; not for one rejected (the rejection says it)
"$HAMYAR" --db "$DB" --lang en import needs --allow-repeats "$TMP/d.csv" >/dev/null 2>"$TMP/err"; ok $? "MRG-10 inactive already"
grep -q 'marked inactive' "$TMP/err"; is $? 1 "... no warning"
printf 'id,active\nMRG-11,1\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/r.csv" >/dev/null 2>&1; ok $? "MRG-11 active again"
printf 'id,status,active\nMRG-11,rejected,0\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" --lang en import needs "$TMP/r.csv" >/dev/null 2>"$TMP/err"; ok $? "rejected and inactive in one row"
grep -qF 'marked rejected.' "$TMP/err"; ok $? "... the rejection's warning"
grep -q 'marked inactive' "$TMP/err"; is $? 1 "... not a second one"
done_testing
