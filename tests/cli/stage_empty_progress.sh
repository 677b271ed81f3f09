# A stage stored with its progress empty by an older version (put_raw
# --stage stands for one) is at 0, the value empty means (CORE_FF_ZERO):
# a later write that stores 0 for it is no change.  Importing it back as
# exported (progress 0) counts it unchanged and writes nothing; importing
# a new title for it changes the title alone, and the audit log says the
# title only, not progress "" -> "0".  Before, the first counted as
# "updated" and the second logged a progress change nobody made.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1403/08/01
PUT="$(dirname "$HAMYAR")/tests/store/put_raw"
"$HAMYAR" --db "$DB" init --station MRG >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامي مراغه ۳,MRG\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "a unit"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRG-10,MRG-1,equipment,خرید بی‌سیم و آموزش,50000000,3,3,1403/02/01,in_progress\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need"
A=$("$PUT" "$DB" --stage MRG-10 'تحویل بی‌سیم‌ها'); ok $? "a stage stored with its progress empty ($A)"
B=$("$PUT" "$DB" --stage MRG-10 'آموزش کاربران Motorola'); ok $? "another ($B)"

"$HAMYAR" --db "$DB" export stages >"$TMP/s.csv"; ok $? "exported"
holds "$(tr -d '\r' <"$TMP/s.csv" | grep "^$A,")" ",0,1" "... at 0"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/s.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "imported back as it is"
is "$(cat "$TMP/out")" "rows imported: 2 (new: 0, updated: 0, unchanged: 2)" "... both unchanged (0 is what empty meant)"
is "$("$HAMYAR" --db "$DB" audit --id "$A" | grep -c 'تغییر داد')" 0 "... and nothing audited as a change"

printf 'id,title,progress\n%s,تحویل بی‌سیم‌ها به پاسگاه,0\n%s,آموزش كاربران بی‌سيم Motorola,\n' "$A" "$B" >"$TMP/t.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/t.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "new titles, progress 0 and empty"
is "$(cat "$TMP/out")" "rows imported: 2 (new: 0, updated: 2, unchanged: 0)" "... both updated"
"$HAMYAR" --lang en --db "$DB" audit --id "$A" >"$TMP/a"
holds "$(cat "$TMP/a")" 'تحویل بی‌سیم‌ها به پاسگاه' "... the audit log has the new title"
grep -q 'progress\|پیشرفت' "$TMP/a"; is $? 1 "... and no progress change (was \"\" -> \"0\")"
"$HAMYAR" --lang en --db "$DB" audit --id "$B" >"$TMP/a"
holds "$(cat "$TMP/a")" 'آموزش کاربران بی‌سیم Motorola' "the other's new title (ي/ك made ی/ک) audited"
grep -q 'progress\|پیشرفت' "$TMP/a"; is $? 1 "... and no progress change"
holds "$(tr -d '\r' <"$TMP/s.csv" | grep "^$B,")" ",0,1" "... exported at 0"
# a real change of it is still one
printf 'id,progress\n%s,۳۵\n' "$A" >"$TMP/p.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/p.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "progress set to 35"
is "$(cat "$TMP/out")" "rows imported: 1 (new: 0, updated: 1, unchanged: 0)" "... updated"
"$HAMYAR" --lang en --db "$DB" audit --id "$A" | grep -qF '"0" -> "35"'; ok $? "... audited from 0 to 35"
done_testing
