# A legal id (شناسه ملی) of one digit repeated, or whose first ten digits
# are all zero, is refused, as a national id of one digit repeated is
# (SPEC §4): 00000000009 and 33333333333 fit the check digit, and were
# taken before ("ok"; import wrote the organisation).  The error names the
# field, by hamyar check and on import's line and column.
. "$HAMYAR_SRC/tests/lib.sh"

out=$("$HAMYAR" --lang en check legal 00000000009 ۰۰۰۰۰۰۰۰۰۰۹ 33333333333 00000000000 10380284790); rc=$?
is "$out" "error: A legal id cannot have its first ten digits all zero
error: A legal id cannot have its first ten digits all zero
error: A legal id cannot be one digit repeated
error: A legal id cannot be one digit repeated
ok" "zeros and one digit repeated are refused, a real legal id is ok"
is $rc 1 "an error among the values: exit 1"

out=$("$HAMYAR" check legal 00000000009)
is "$out" "error: ده رقم نخست شناسه ملی نمی‌تواند همه صفر باشد" "in Persian, naming the legal id"
out=$("$HAMYAR" check legal 33333333333)
is "$out" "error: شناسه ملی نمی‌تواند تکرار یک رقم باشد" "... and one digit repeated"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
cat >"$TMP/a.csv" <<'CSV'
نوع,نام,شناسه ملی,شهرستان
org,شرکت نیک‌اندیشان آذر,10380284790,تبریز
org,بنياد خيريه كوثر,۰۰۰۰۰۰۰۰۰۰۹,TBZ
CSV
"$HAMYAR" --db "$D" import donors "$TMP/a.csv" >"$TMP/out" 2>"$TMP/err"; r=$?
is "$r" 1 "import donors refuses the file"
holds "$(cat "$TMP/err")" "سطر 3، ستون 3 (شناسه ملی): ده رقم نخست شناسه ملی نمی‌تواند همه صفر باشد" "naming the line, the column and the rule"
grep -qF 'سطر 2،' "$TMP/err"; is $? 1 "... and not the good row"
n=$("$HAMYAR" --db "$D" export donors | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }')
is "$n" 0 "nothing written"
done_testing
