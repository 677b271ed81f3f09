# import donors warns about a donor row whose name (its twin key: Arabic
# ي/ك, ZWNJ and spaces folded, a space typed for a ZWNJ too) an active
# donor of the same county already has, stored or on an earlier line of
# the same file, when no national id, legal id or mobile tells the two
# apart (both given, and different), as the donor form warns under the
# name (tests/screen/donor_twin.sh).  The row is taken (a warning): two
# people may share a name.  The warning names the line, the name's column
# and the donor (id and name) or the earlier line.  The same name in
# another county, a donor marked inactive, one with another national id or
# another mobile, are not warned about; nor a row that keeps a donor's name
# and county (an export imported back).  Before, such rows came in
# without a word.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
ndonors() { "$HAMYAR" --db "$D" export donors | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }

cat >"$TMP/a.csv" <<'CSV'
kind,name,national_id,mobile,county,active
person,علی کریمی,,,TBZ,1
person,زهرا احمدی‌نژاد,0012345679,,TBZ,1
person,محمد رضایی,,,TBZ,0
person,مریم صمدی,,09141111111,TBZ,1
CSV
import donors "$TMP/a.csv"; ok $r "four donors (TBZ-1 to TBZ-4, TBZ-3 inactive)"
grep -q "هشدار" "$TMP/err"; is $? 1 "... no warning for them"

cat >"$TMP/b.csv" <<'CSV'
نوع,نام,کد ملی,تلفن همراه,شهرستان
person,علي  كريمي,,09143333333,تبریز
person,علی کریمی,,,MRG
person,زهرا احمدی نژاد,0012345687,,TBZ
person,زهرا احمدی نژاد,,,TBZ
person,محمد رضایی,,09144444444,TBZ
person,مریم صمدی,,09142222222,TBZ
person,سارا نوری,,,TBZ
person,سارا‌ نوري,,,TBZ
CSV
import donors "$TMP/b.csv" --dry-run
is "$r" 0 "a dry run: the rows are good, with warnings"
holds "$(sed -n '/سطر 2،/p' "$TMP/err")" "سطر 2، ستون 2 (نام): هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-1 (علی کریمی)" "line 2 (Arabic ي/ك, two spaces; a mobile TBZ-1 has not) warned on the name's column, naming TBZ-1"
grep -q "سطر 3،" "$TMP/err"; is $? 1 "line 3 (the same name in another county): no warning"
grep -q "سطر 4،" "$TMP/err"; is $? 1 "line 4 (another national id than TBZ-2's): no warning"
holds "$(sed -n '/سطر 5،/p' "$TMP/err")" "TBZ-2 (زهرا احمدی‌نژاد)" "line 5 (no national id; a space for the ZWNJ) warned, naming TBZ-2"
grep -q "سطر 6،" "$TMP/err"; is $? 1 "line 6 (TBZ-3, his name, is inactive): no warning"
grep -q "سطر 7،" "$TMP/err"; is $? 1 "line 7 (another mobile than TBZ-4's): no warning"
grep -q "سطر 8،" "$TMP/err"; is $? 1 "line 8 (the name's first row): no warning"
holds "$(sed -n '/سطر 9،/p' "$TMP/err")" "سطر 8 همین پرونده" "line 9 warned, naming line 8 of the file"
is "$(ndonors)" 4 "the dry run wrote nothing"

import donors "$TMP/b.csv"
is "$r" 0 "imported, with the same warnings"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (نام): هشدار: خیّری با همین نام" "line 2 warned on the real import too"
holds "$(sed -n '/سطر 9،/p' "$TMP/err")" "سطر 8 همین پرونده" "... and line 9"
is "$(ndonors)" 12 "all eight rows written"

"$HAMYAR" --db "$D" export donors --out "$TMP/back.csv" >/dev/null 2>&1
import donors "$TMP/back.csv"
is "$r" 0 "the export imports back"
grep -q "هشدار" "$TMP/err"; is $? 1 "a donor keeping his name and county is not warned about again"

printf 'id,kind,name\nTBZ-7,person,علی کریمی\n' >"$TMP/c.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/c.csv" >"$TMP/out" 2>"$TMP/err"; r=$?
is "$r" 0 "a stored donor renamed to TBZ-1's name: imported"
holds "$(cat "$TMP/err")" "c.csv: line 2, column 3 (name): warning: a donor of this name is already registered in this county: TBZ-1 (علی کریمی)" "... with a warning on his name, in English too"
done_testing
