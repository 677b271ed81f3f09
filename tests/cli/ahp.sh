# hamyar ahp: weights and consistency of a pairwise matrix on stdin.
# Published figures: Wikipedia, "Analytic hierarchy process – leader example"
# (criteria priorities .547 .127 .270 .056, CR 0.044).  The others follow
# from the definitions: a consistent matrix a_ij = w_i / w_j has weights w,
# lambda_max = n and CR = 0.
. "$HAMYAR_SRC/tests/lib.sh"

ahp() { "$HAMYAR" "$@" ahp >"$TMP/out" 2>"$TMP/err"; }

# The leader example, with the layout people type: tabs, CRLF, a blank line.
printf '1\t4   3 7\r\n1/4 1 1/3 3\r\n\n1/3 3 1 5\n1/7 1/3 1/5 1\n' | ahp
is $? 0 "leader example: exit 0"
is "$(wc -l <"$TMP/out" | tr -d ' ')" 7 "4 weight lines, lambda_max, CI, CR"
grep -Eq '^weight 1 0\.[0-9]{6}$' "$TMP/out"; ok $? "weight lines have six decimals"
is "$(awk 'BEGIN { split("0.547 0.127 0.270 0.056", p, " ") }
    /^weight/ { d = $3 - p[$2]; if (d < 0) d = -d; if (d > 0.001) bad++; n++ }
    END { print n, bad + 0 }' "$TMP/out")" "4 0" "leader weights within 0.001 of .547 .127 .270 .056"
is "$(awk '/^CR / { printf "%.3f", $2 }' "$TMP/out")" "0.044" "leader CR 0.044"
is "$(awk '/^lambda_max / { print ($2 > 4 && $2 < 4.2) }' "$TMP/out")" 1 "lambda_max just above n"
is "$(awk '/^CI / { l = $2 } /^lambda_max/ { m = $2 }
    END { d = (m - 4) / 3 - l; print (d < 1e-5 && d > -1e-5) }' "$TMP/out")" 1 "CI = (lambda_max - n) / (n - 1)"

# Persian digits and fractions.
printf '۱ ۳\n۱/۳ ۱\n' | ahp
is $? 0 "Persian digits: exit 0"
is "$(cat "$TMP/out")" "weight 1 0.750000
weight 2 0.250000
lambda_max 2.000000
CI 0.000000
CR 0.000000" "[1 3; 1/3 1] gives 3/4, 1/4 with ASCII digits out"

# Arabic-Indic digits, the Arabic decimal separator, 0.5 for 1/2.
printf '1 ٢ 4\n۰٫۵ 1 2\n0.25 1/2 1\n' | ahp
is $? 0 "Arabic-Indic digits and ۰٫۵: exit 0"
is "$(awk '/^weight/ { printf "%s ", $3 } /^CR/ { print $2 }' "$TMP/out")" \
    "0.571429 0.285714 0.142857 0.000000" "consistent 4:2:1 gives 4/7 2/7 1/7, CR 0"

printf '1\n' | ahp
is $? 0 "a 1 x 1 matrix is fine"
is "$(head -n 1 "$TMP/out")" "weight 1 1.000000" "its weight is 1"

# Inconsistent: consistent 4:2:1:1 except that criterion 1 is said to be a
# quarter as important as criterion 4 (instead of four times).
inconsistent='1 2 4 1/4
1/2 1 2 2
1/4 1/2 1 1
4 1/2 1 1'
printf '%s\n' "$inconsistent" | ahp --lang en
is $? 1 "CR above 0.10: exit 1"
grep -q 'criterion 1 with criterion 4' "$TMP/err"; ok $? "the worst pair is named (1, 4)"
grep -q 'line 1, column 4' "$TMP/err"; ok $? "and where it is"
# what to change it to: 1 > 2 > 4 and 1 > 3 = 4 both say 4, not the 1/4
# given (the weights, pulled by the 1/4 itself, would say about 1)
grep -qF 'the judgement there is 1/4; the other comparisons point to about 4' "$TMP/err"
ok $? "the judgement given and the one the others point to are said"
cr=$(awk '/^CR / { print ($2 > 0.10) }' "$TMP/out")
is "$cr" 1 "the CR printed is above 0.10"
printf '%s\n' "$inconsistent" | ahp
is $? 1 "Persian UI: exit 1 too"
grep -q 'معیار ۱ با معیار ۴' "$TMP/err"; ok $? "Persian message names the pair in Persian digits"
grep -q 'ناسازگار' "$TMP/err"; ok $? "Persian message says inconsistent"
grep -qF 'داوری آنجا ۱/۴ است؛ مقایسه‌های دیگر حدود ۴ را نشان می‌دهند' "$TMP/err"
ok $? "... and in Persian digits what to change it to"

# Malformed input: line and column named.
printf '1 3 5\n1/3 1\n1/5 1/2 1\n' | ahp --lang en
is $? 1 "a short row: exit 1"
grep -q 'line 2 has 2 entries' "$TMP/err"; ok $? "the short row's line is named"

printf '1 3\n1/3 سه\n' | ahp --lang en
is $? 1 "a word for a number: exit 1"
grep -q "line 2, column 2: 'سه' is not a number" "$TMP/err"; ok $? "bad entry named with line and column"

printf '1 3 5\n1/3 1 2\n1/5 2 1\n' | ahp --lang en
is $? 1 "not reciprocal: exit 1"
grep -q 'line 3, column 2: 2 is not the reciprocal of 2 at line 2, column 3' "$TMP/err"
ok $? "the mismatched pair is named"

printf '1 3\n1/3 2\n' | ahp --lang en
is $? 1 "diagonal not 1: exit 1"
grep -q 'line 2, column 2: a diagonal entry must be 1' "$TMP/err"; ok $? "diagonal named"

printf '1 12\n1/12 1\n' | ahp --lang en
is $? 1 "beyond Saaty's 9: exit 1"
grep -q "line 1, column 2: 12 is outside Saaty's scale" "$TMP/err"; ok $? "scale error named"

printf '1 0\n0 1\n' | ahp --lang en
is $? 1 "zero entry: exit 1"
grep -q 'line 1, column 2: an entry must be positive' "$TMP/err"; ok $? "zero entry named"

printf '1 1/0\n1 1\n' | ahp --lang en
is $? 1 "1/0: exit 1"

printf '1 3\n1/3 1\n1 1\n' | ahp --lang en
is $? 1 "more rows than columns: exit 1"
grep -qF 'rows: 3, columns: 2 (the matrix must be square)' "$TMP/err"; ok $? "row and column counts named"

printf '1 1 1 1 1 1 1 1 1 1 1\n' | ahp --lang en
is $? 1 "11 criteria: exit 1"
grep -q 'more than 10 entries' "$TMP/err"; ok $? "the limit is named"

printf '' | ahp --lang en
is $? 1 "empty input: exit 1"
grep -q 'no matrix' "$TMP/err"; ok $? "empty input explained"

"$HAMYAR" ahp extra </dev/null >/dev/null 2>&1
is $? 2 "an argument is a usage error"
"$HAMYAR" ahp --help >"$TMP/out" 2>&1
is $? 0 "--help exits 0"
grep -q 'hamyar ahp' "$TMP/out"; ok $? "--help shows the usage"

done_testing
