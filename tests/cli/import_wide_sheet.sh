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
# A header of three columns and 70 more named «ستون N», then one row,
# split at $1.
many() {
	printf 'نام و نام خانوادگی%sنوع%sشهرستان' "$1" "$1"
	i=0; while [ $i -lt 70 ]; do printf '%sستون %d' "$1" $i; i=$((i + 1)); done; printf '\n'
	printf 'رضا%sperson%sمرند\n' "$1" "$1"
}
# Imports file $1, which is refused (exit 1: test $2) with the error $3
# (test $4), in English with $5 (test $6).
refused() {
	"$HAMYAR" --db "$D" import donors "$1" >/dev/null 2>"$TMP/err"
	is $? 1 "$2"
	holds "$(cat "$TMP/err")" "$3" "$4"
	"$HAMYAR" --lang en --db "$D" import donors "$1" >/dev/null 2>"$TMP/err"
	holds "$(cat "$TMP/err")" "$5" "$6"
}

for row in 'نام و نام خانوادگی,نوع,شهرستان,کد ملی' 'زهرا نوروزی‌فر,person,مرند,0012345679' \
    'علي كريمي,person,تبريز,۱۳۶۱۲۳۴۵۶۳'; do
	printf '%s' "$row"; commas 80; printf '\r\n'
done >"$TMP/wide.csv"
"$HAMYAR" --db "$D" import donors "$TMP/wide.csv" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 0 "4 columns and 80 empty ones: imported"
is "$(cat "$TMP/out")" "۲ ردیف وارد شد: ۲ تازه، ۰ به‌روز شده، ۰ بدون تغییر" "both rows"
holds "$("$HAMYAR" --db "$D" export donors)" "1361234563" "the second donor, Persian digits read"
after=$(sum)

# a value far out, under no column's name: named by its column, nothing written
{ printf 'نام و نام خانوادگی,نوع,شهرستان,کد ملی'; commas 80; printf '\n'
  printf 'رضا رضایی,person,مرند,'; commas 70; printf 'یادداشت'; commas 10; printf '\n'; } >"$TMP/far.csv"
refused "$TMP/far.csv" "a value under column 74, past 64 and unnamed: refused" \
    "far.csv: سطر 2: مقداری در ستون 74، که در سطر عنوان نامی ندارد" "named by line and column" \
    "line 2: a value in column 74, which has no name in the header" "in English too"

# a header really too wide: how many, and the limit
many , >"$TMP/many.csv"
refused "$TMP/many.csv" "73 named columns: refused" \
    "many.csv: سطر 1: 73 ستون، بیش از 64 ستونی که ورود داده می‌خواند" "with the count and the limit" \
    "line 1: 73 columns, more than the 64 an import reads" "in English"
# the same by Persian semicolons (Excel in Persian Windows' region)
many '؛' >"$TMP/many_ar.csv"
"$HAMYAR" --db "$D" import donors "$TMP/many_ar.csv" >/dev/null 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "1 $TMP/many_ar.csv: سطر 1: 73 ستون، بیش از 64" "split at ؛: counted whole"
is "$(sum)" "$after" "nothing written by the refused files"
[ "$before" != "$after" ]; ok $? "(the first file did write)"
done_testing
