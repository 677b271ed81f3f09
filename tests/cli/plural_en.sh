# A count and its noun agree in English (hamyar --lang en): "1 need",
# "3 needs", not "1 needs" (the catalogs' plural forms, msgid_plural).
# Persian keeps the singular after a number («۱ نیاز», «۳ نیاز»).
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"

# each "N noun" of the demo's line: noun singular for 1, plural otherwise
agree() {
	printf '%s\n' "$1" | sed 's/^[^:]*: //' | tr ',' '\n' | awk '
	{ n = $1; w = $2; if ((n == 1) != (w !~ /s$/)) { print "disagrees: " $0; bad = 1 } c++ }
	END { if (c != 7) { print "parts: " c; bad = 1 } exit bad }'
}
for size in 1 2; do
	"$HAMYAR" --lang en --db "$D" demo --size $size >"$TMP/out" 2>&1; ok $? "demo --size $size"
	line=$(cat "$TMP/out")
	agree "$line"; ok $? "demo --size $size: each count agrees with its noun: $line"
done
# the check can fail: the old line's "1 needs"
agree "Sample data added: 5 groups, 6 units, 12 donors, 1 needs, 0 stages, 1 pledges, 3 payments" >/dev/null
is $? 1 "... and '1 needs' is found to disagree"
"$HAMYAR" --lang en --db "$D" demo --size 1 >"$TMP/out" 2>&1
grep -qE '^Sample data added: [0-9]+ groups?, [0-9]+ units?, [0-9]+ donors?, 1 need, [0-9]+ stages?, [0-9]+ pledges?, [0-9]+ payments?$' "$TMP/out"
ok $? "demo --size 1: one need, '1 need'"
"$HAMYAR" --db "$D" demo --size 1 >"$TMP/out" 2>&1
grep -qE '^دادهٔ نمونه افزوده شد: [۰۱۲۳۴۵۶۷۸۹]+ گروه، [۰۱۲۳۴۵۶۷۸۹]+ واحد، [۰۱۲۳۴۵۶۷۸۹]+ خیّر، ۱ نیاز، [۰۱۲۳۴۵۶۷۸۹]+ مرحله، [۰۱۲۳۴۵۶۷۸۹]+ مشارکت، [۰۱۲۳۴۵۶۷۸۹]+ پرداخت$' "$TMP/out"
ok $? "in Persian: the singular after each number (in Persian digits)"

# ahp: a short row, and more or fewer rows than columns
printf '1 3\n1\n' | "$HAMYAR" --lang en ahp >/dev/null 2>"$TMP/err"; is $? 1 "ahp: a row of one entry, exit 1"
is "$(cat "$TMP/err")" "hamyar: line 2 has 1 entry but the first row has 2 (the matrix must be square)" "... 'has 1 entry'"
printf '1 3 5\n1/3 1 3\n' | "$HAMYAR" --lang en ahp >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: rows: 2, columns: 3 (the matrix must be square)" "ahp: two rows for three columns, counted after labels"
printf '1 3\n' | "$HAMYAR" --lang en ahp >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: rows: 1, columns: 2 (the matrix must be square)" "ahp: one row for two columns (not '1 rows')"
printf '1 3\n1\n' | "$HAMYAR" ahp >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: سطر ۲ دارای ۱ درایه است ولی سطر نخست ۲ درایه دارد (ماتریس باید مربعی باشد)" "in Persian: «۱ درایه»"
done_testing
