# A ceremony honours at most CORE_REFS_MAX (500) donors: a donors cell of
# 501 ids (a column of a whole export pasted into one cell) is refused
# with the line, the column and why, in Persian and in English, and
# nothing of the file is written; 500 are taken, an id given twice counted
# once.  Before, any number went in, to be synced and lettered.
. "$HAMYAR_SRC/tests/lib.sh"
many_donors_db
ids() { i=$1; s=""; while [ $i -le $2 ]; do s="$s MRD-$((i + 10))"; i=$((i + 1)); done; echo "${s# }"; }
{
	echo 'id,held_on,title,place,donors'
	echo "MRD-600,1405/08/20,جشن تجلیل خیّرین مرند,تالار شهرداری,$(ids 1 501)"
} >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >"$TMP/out" 2>"$TMP/err"
[ $? -ne 0 ]; ok $? "501 donors honoured: refused"
grep -qF 'line 2' "$TMP/err" || grep -qF 'سطر ۲' "$TMP/err" || grep -qF 'سطر 2' "$TMP/err"
ok $? "... naming the line"
grep -qF 'حداکثر از 500 خیّر تجلیل می‌شود' "$TMP/err"; ok $? "... and why, in Persian (its figure in ASCII digits, as the line's and column's: e8cb8ff)"
"$HAMYAR" --lang en --db "$DB" import recognitions "$TMP/r.csv" >"$TMP/out" 2>"$TMP/err"
grep -qF 'r.csv: line 2, column 5 (donors): At most 500 donors are honoured in one ceremony' "$TMP/err"
ok $? "... in English by line and column"
is "$("$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | grep -c '^MRD-')" 0 "... nothing written"

# 500, one given twice: taken
{
	echo 'id,held_on,title,place,donors'
	echo "MRD-600,1405/08/20,جشن تجلیل خیّرین مرند,تالار شهرداری,$(ids 1 500) MRD-11"
} >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "500 donors (one twice): taken"
is "$("$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | grep '^MRD-600,' | tr ' ' '\n' | grep -c 'MRD-')" 501 "... the ceremony and its 500 donors"
done_testing
