# A sheet saved with its used range running far to the right (a column CZ
# formatted once): four named columns, then 80 empty header cells, and
# every row's empty cells to match.  The README passes empty columns over,
# but more than 64 cells in the header refused the file for "too many
# columns", with no word of which or why.  Empty header cells after the
# last named one no longer count (on_header); a value under one is named
# by its column; a header really too wide says how many it has, and the
# limit.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"
sum() { "$HAMYAR" --db "$D" export all --format json | cksum; }
before=$(sum)
commas() { yes , | head -n "$1" | tr -d '\n'; }	# $1 commas

{ printf 'نام و نام خانوادگی,نوع,شهرستان,کد ملی'; commas 80; printf '\r\n'
  printf 'زهرا نوروزی‌فر,person,مرند,0012345679'; commas 80; printf '\r\n'
  printf 'علي كريمي,person,تبريز,۱۳۶۱۲۳۴۵۶۳'; commas 80; printf '\r\n'; } >"$TMP/wide.csv"
"$HAMYAR" --db "$D" import donors "$TMP/wide.csv" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 0 "4 columns and 80 empty ones: imported"
is "$(cat "$TMP/out")" "2 ردیف وارد شد: 2 تازه، 0 به‌روز شده، 0 بدون تغییر" "both rows"
holds "$("$HAMYAR" --db "$D" export donors)" "1361234563" "the second donor, Persian digits read"
after=$(sum)

# a value far out, under no column's name: named by its column, nothing written
{ printf 'نام و نام خانوادگی,نوع,شهرستان,کد ملی'; commas 80; printf '\n'
  printf 'رضا رضایی,person,مرند,'; commas 70; printf 'یادداشت'; commas 10; printf '\n'; } >"$TMP/far.csv"
"$HAMYAR" --db "$D" import donors "$TMP/far.csv" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 1 "a value under column 74, past 64 and unnamed: refused"
holds "$(cat "$TMP/err")" "far.csv: سطر 2: مقداری در ستون 74، که در سطر عنوان نامی ندارد" "named by line and column"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/far.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "line 2: a value in column 74, which has no name in the header" "in English too"

# a header really too wide: how many, and the limit
{ printf 'نام و نام خانوادگی,نوع,شهرستان'; i=0; while [ $i -lt 70 ]; do printf ',ستون %d' $i; i=$((i + 1)); done; printf '\n'
  printf 'رضا,person,مرند\n'; } >"$TMP/many.csv"
"$HAMYAR" --db "$D" import donors "$TMP/many.csv" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 1 "73 named columns: refused"
holds "$(cat "$TMP/err")" "many.csv: سطر 1: 73 ستون، بیش از 64 ستونی که ورود داده می‌خواند" "with the count and the limit"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/many.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "line 1: 73 columns, more than the 64 an import reads" "in English"
# the same by Persian semicolons (Excel in Persian Windows' region)
{ printf 'نام و نام خانوادگی؛نوع؛شهرستان'; i=0; while [ $i -lt 70 ]; do printf '؛ستون %d' $i; i=$((i + 1)); done; printf '\n'
  printf 'رضا؛person؛مرند\n'; } >"$TMP/many_ar.csv"
"$HAMYAR" --db "$D" import donors "$TMP/many_ar.csv" >/dev/null 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "1 $TMP/many_ar.csv: سطر 1: 73 ستون، بیش از 64" "split at ؛: counted whole"
is "$(sum)" "$after" "nothing written by the refused files"
[ "$before" != "$after" ]; ok $? "(the first file did write)"
done_testing
