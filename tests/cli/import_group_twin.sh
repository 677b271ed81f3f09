# import groups warns about a group whose name (its twin key: Arabic
# ي/ك, ZWNJ and spaces folded, a space typed for a ZWNJ or left out too)
# another group of the same county already
# has, stored or on an earlier line of the same file, as the group form
# warns under the name (tests/screen/group_twin.sh).  The row is taken (a
# warning): it may be another group of the same name.  The warning names
# the line, the name's column and the group (id and name) or the earlier
# line.  The same name in another county is another group; a row that
# keeps a group's name and county (an export imported back) is not warned
# about.  Before, such rows came in without a word.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
ngroups() { "$HAMYAR" --db "$D" export groups | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }

printf 'kind,name,county\nreligious_board,هیئت امنای مسجد جامع تبریز,TBZ\n' >"$TMP/a.csv"
import groups "$TMP/a.csv"; ok $r "a group (TBZ-1)"
grep -q "هشدار" "$TMP/err"; is $? 1 "... no warning for the first"

cat >"$TMP/b.csv" <<'CSV'
نوع,نام,شهرستان
other,هيئت  امناي مسجد جامع تبريز ,تبریز
other,کانون فرهنگی‌هنری ولیعصر,TBZ
other,كانون فرهنگيهنري وليعصر,TBZ
other,کانون فرهنگی‌هنری ولیعصر,MRD
other,کانون فرهنگی‌هنری امام رضا,TBZ
CSV
import groups "$TMP/b.csv" --dry-run
is "$r" 0 "a dry run: the rows are good, with warnings"
holds "$(sed -n '/سطر 2،/p' "$TMP/err")" "سطر 2، ستون 2 (نام): هشدار:" "line 2 (another kind; Arabic ي, a double space, a space after) warned on the name's column"
holds "$(sed -n '/سطر 2،/p' "$TMP/err")" "TBZ-1 (هیئت امنای مسجد جامع تبریز)" "... naming the stored group"
holds "$(sed -n '/سطر 4،/p' "$TMP/err")" "سطر 3 همین پرونده" "line 4 warned, naming line 3 of the file"
grep -q "سطر 3،" "$TMP/err"; is $? 1 "line 3 (the name's first row): no warning"
grep -q "سطر 5،" "$TMP/err"; is $? 1 "line 5 (the same name in another county): no warning"
grep -q "سطر 6،" "$TMP/err"; is $? 1 "line 6 (a name of its own): no warning"
is "$(ngroups)" 1 "the dry run wrote nothing"

import groups "$TMP/b.csv"
is "$r" 0 "imported, with the same warnings"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (نام): هشدار: گروه TBZ-1" "line 2 warned on the real import too"
is "$(ngroups)" 6 "all five rows written"

"$HAMYAR" --db "$D" export groups --out "$TMP/back.csv" >/dev/null 2>&1
import groups "$TMP/back.csv"
is "$r" 0 "the export imports back"
grep -q "هشدار" "$TMP/err"; is $? 1 "a group keeping its name and county is not warned about again"

printf 'id,name\nTBZ-6,هیئت امنای مسجد جامع تبریز\n' >"$TMP/c.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/c.csv" >"$TMP/out" 2>"$TMP/err"; r=$?
is "$r" 0 "a stored group renamed to TBZ-1's name: imported"
holds "$(cat "$TMP/err")" "c.csv: line 2, column 2 (name): warning: group TBZ-1 (هیئت امنای مسجد جامع تبریز) of this name is already registered in this county" "... with a warning on its name, in English too"

# a space typed where a ZWNJ belongs (or none): the same name.  Before,
# «کانون فرهنگی هنری ولیعصر» was not TBZ-3's «کانون فرهنگی‌هنری ولیعصر»
cat >"$TMP/d.csv" <<'CSV'
kind,name,county
other,کانون فرهنگی هنری ولیعصر,TBZ
other,خیریه های امام جمعه,TBZ
other,خیريه‌های امام‌جمعه,TBZ
other,خیریه‌هایامامجمعه,TBZ
CSV
import groups "$TMP/d.csv" --dry-run
is "$r" 0 "a dry run of names with a space for a ZWNJ: taken"
holds "$(sed -n '/سطر 2،/p' "$TMP/err")" "هشدار: گروه TBZ-3 (کانون فرهنگی‌هنری ولیعصر)" "line 2 (a space for the ZWNJ) is TBZ-3's twin"
holds "$(sed -n '/سطر 4،/p' "$TMP/err")" "سطر 3 همین پرونده" "line 4 (ZWNJs for the spaces) names line 3"
holds "$(sed -n '/سطر 5،/p' "$TMP/err")" "سطر 3 همین پرونده" "line 5 (no spaces at all) names line 3"
grep -q "سطر 3،" "$TMP/err"; is $? 1 "line 3 (the name's first row): no warning"
done_testing
