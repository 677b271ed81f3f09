# hamyar rank --explain under TOPSIS: each need's two distances, to the
# best need (S+) and to the worst (S-), with the score they make, S- /
# (S+ + S-) (SPEC §8: closeness; every score explained).  Before, only the
# contributions were printed: a TOPSIS score could not be checked from
# what --explain showed.  SAW's score is the sum of its contributions:
# no distances there.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "sample data"

"$HAMYAR" --lang en --db "$DB" rank --explain >"$TMP/ex"; ok $? "rank --explain (TOPSIS)"
# need line: rank id score ...; distance line: ... S+ = P, ... S- = M; ...
# (P and M to six places, the score to four: within its last half unit)
res=$(awk 'function check() { if (id != "") { if (d != 1) bad++; else if ((x = m / (p + m) - score) > 0.00006 || x < -0.00006) { bad++; print "# " id, score, p, m } } }
    NR > 1 && $1 ~ /^[0-9]+$/ && $2 ~ /-/ { check(); id = $2; score = $3; d = 0; n++; next }
    /S\+ = / { d++; p = $0; sub(/.*S\+ = /, "", p); sub(/,.*/, "", p); m = $0; sub(/.*S- = /, "", m); sub(/;.*/, "", m) }
    END { check(); print n + 0, bad + 0 }' "$TMP/ex")
case $res in "0 "*) ok 1 "needs explained"; echo "# $res" ;;
*" 0") ok 0 "every need (${res% *}) has its distances, and S- / (S+ + S-) is its score to four places (within 0.00006)" ;;
*) ok 1 "every need has its distances, and S- / (S+ + S-) is its score to four places (within 0.00006)"; echo "# $res" ;; esac

"$HAMYAR" --db "$DB" rank --explain --top 1 >"$TMP/fa"
grep -q 'فاصله تا بهترین نیاز S+ = [0-9.]*، تا بدترین S- = [0-9.]*؛' "$TMP/fa"; ok $? "in Persian too"

"$HAMYAR" --lang en --db "$DB" rank --method saw --explain >"$TMP/saw"; ok $? "rank --method saw --explain"
grep -q 'S+ = ' "$TMP/saw"; is $? 1 "SAW: no distances (its score is the sum of its contributions)"
done_testing
