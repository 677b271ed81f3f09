# import units warns about a unit whose name (its search key: Arabic
# ي/ك, ZWNJ and spaces folded) another unit of the same county already
# has, stored or on an earlier line of the same file, as the unit form
# warns under the name (tests/screen/unit_twin.sh).  The row is taken (a
# warning): two posts may share a name.  The same name in another county
# is another unit; a row that keeps a unit's name and county (an export
# imported back) is not warned about.  Before, a units' file without ids
# imported twice doubled every unit without a word.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
nunits() { "$HAMYAR" --db "$D" export units | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }

printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/a.csv"
import units "$TMP/a.csv"; ok $r "a unit (TBZ-1)"
grep -q "هشدار" "$TMP/err"; is $? 1 "... no warning for the first"

cat >"$TMP/b.csv" <<'CSV'
نوع,نام,شهرستان
post,كلانتري  11 تبريز ,تبریز
post,پاسگاه بین‌راهی باسمنج,TBZ
post,پاسگاه بينراهي باسمنج,TBZ
post,پاسگاه بین‌راهی باسمنج,MRD
post,پاسگاه انتظامی سردرود,TBZ
CSV
import units "$TMP/b.csv" --dry-run
is "$r" 0 "a dry run: the rows are good, with warnings"
holds "$(sed -n '/سطر 2،/p' "$TMP/err")" "سطر 2، ستون 2 (نام): هشدار:" "line 2 (another kind; Arabic ي/ك, ASCII digits, a double space) warned on the name's column"
holds "$(sed -n '/سطر 2،/p' "$TMP/err")" "واحد TBZ-1 (کلانتری 11 تبریز)" "... naming the stored unit"
holds "$(sed -n '/سطر 4،/p' "$TMP/err")" "واحدی به همین نام در همین شهرستان در سطر 3 همین پرونده" "line 4 (no ZWNJ) warned, naming line 3 of the file"
grep -q "سطر 3،" "$TMP/err"; is $? 1 "line 3 (the name's first row): no warning"
grep -q "سطر 5،" "$TMP/err"; is $? 1 "line 5 (the same name in another county): no warning"
grep -q "سطر 6،" "$TMP/err"; is $? 1 "line 6 (a name of its own): no warning"
is "$(nunits)" 1 "the dry run wrote nothing"

import units "$TMP/b.csv"
is "$r" 0 "imported, with the same warnings"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (نام): هشدار: واحد TBZ-1" "line 2 warned on the real import too"
is "$(nunits)" 6 "all five rows written"

import units "$TMP/a.csv" --allow-repeats
is "$r" 0 "the first file imported again (no ids, --allow-repeats): taken"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (name): هشدار: واحد TBZ-1" "... warned: TBZ-1 has that name"

"$HAMYAR" --db "$D" export units --out "$TMP/back.csv" >/dev/null 2>&1
import units "$TMP/back.csv"
is "$r" 0 "the export imports back"
grep -q "هشدار" "$TMP/err"; is $? 1 "a unit keeping its name and county is not warned about again"

printf 'id,name\nTBZ-6,کلانتری 11 تبریز\n' >"$TMP/c.csv"
"$HAMYAR" --lang en --db "$D" import units "$TMP/c.csv" >"$TMP/out" 2>"$TMP/err"; r=$?
is "$r" 0 "a stored unit renamed to TBZ-1's name: imported"
holds "$(cat "$TMP/err")" "c.csv: line 2, column 2 (name): warning: unit TBZ-1 (کلانتری 11 تبریز) of this name is already registered in this county" "... with a warning on its name, in English too"
done_testing
