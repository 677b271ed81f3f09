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
	# what each part came from (before, only the raw value and the part
	# were printed): "name raw -> part normalised R weight W"
	if [ $m = saw ]; then
		# SAW's part is weight x normalised (each printed rounded)
		bad=$(awk '$3 == "->" { seen++; d = $4 - $6 * $8; if (d < 0) d = -d
		    if ($5 != "normalised" || $7 != "weight" || d > 0.00011) n++ }
		    END { print (seen > 0 ? n + 0 : "none") }' "$TMP/ex")
		is "$bad" 0 "saw: every part is its weight times its normalised value"
		bad=$(awk '$3 == "->" && ($6 < 0 || $6 > 1) { n++ } END { print n + 0 }' "$TMP/ex")
		is "$bad" 0 "saw: every normalised value lies in 0..1"
	else
		# TOPSIS's normalised value is x / sqrt(sum of x^2) over the needs
		# (x grouped by threes with commas, 160,000,000: read without them)
		bad=$(awk '$3 == "->" { v = $2; gsub(/,/, "", v); c[NR] = $1; x[NR] = v; r[NR] = $6; ss[$1] += v * v }
		    END { for (i in c) { d = x[i] / sqrt(ss[c[i]]) - r[i]; if (d < 0) d = -d
		        if (d > 0.000001) n++; seen++ }
		        print (seen > 0 ? n + 0 : "none") }' "$TMP/ex")
		is "$bad" 0 "topsis: every normalised value is x / ||x|| over the needs ranked"
	fi
	# one weight a criterion, the same for every need, summing to 1
	bad=$(awk '$3 == "->" { if (($1 in w) && w[$1] != $8) n++; w[$1] = $8 }
	    END { for (k in w) s += w[k]; d = s - 1; if (d < 0) d = -d; if (d > 0.0004) n++; print n + 0 }' "$TMP/ex")
	is "$bad" 0 "$m: each criterion's weight is printed alike for every need, summing to 1"
done
"$HAMYAR" --db "$DB" rank --top 1 --explain | sed -n 3p >"$TMP/fa"
holds "$(cat "$TMP/fa")" "نرمال‌شده" "in Persian the normalised value is labelled نرمال‌شده"
holds "$(cat "$TMP/fa")" "وزن" "... and the weight وزن"
done_testing
