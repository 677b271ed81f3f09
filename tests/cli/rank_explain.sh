# hamyar rank --explain and --json on the sample data: the contributions as
# printed add up to the score as printed, for every need and both methods
# (SPEC §8: every score can be explained per criterion).  Each one rounded
# by itself can leave the sum a unit off in the last place (0.2693 + ... =
# 0.6681 beside a score of 0.6682).
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "sample data"

for m in topsis saw; do
	"$HAMYAR" --lang en --db "$DB" rank --method $m --explain >"$TMP/ex" 2>&1
	is $? 0 "rank --method $m --explain: exit 0"
	# a need's line: rank id score county title; then six "name value -> c"
	bad=$(awk 'function check() { if (id != "" && sprintf("%.4f", sum) != score) { print id, score, sum; n++ } }
	    NR > 1 && $1 ~ /^[0-9]+$/ && $2 ~ /-/ { check(); id = $2; score = $3; sum = 0; next }
	    $3 == "->" { sum += $4 }
	    END { check(); print n + 0 }' "$TMP/ex" | tail -n 1)
	is "$bad" 0 "$m: every need's printed contributions add up to its printed score"
	"$HAMYAR" --db "$DB" rank --method $m --json >"$TMP/js"
	# one need a line: ..."score": S, ... "contributions": {"urgency": C, ...}}
	bad=$(awk -F'"contributions": ' '/"score": / {
	    s = $1; sub(/.*"score": /, "", s); sub(/,.*/, "", s)
	    c = $2; gsub(/"[a-z]+": |[{}]/, "", c); k = split(c, v, ", ")
	    sum = 0; for (i = 1; i <= k; i++) sum += v[i]
	    if (sprintf("%.6f", sum) != s) n++; seen++ }
	    END { print (seen > 0 ? n + 0 : "none") }' "$TMP/js")
	is "$bad" 0 "$m: in --json too, to the six decimals printed"
done
done_testing
