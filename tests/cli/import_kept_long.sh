# A stored text longer than its field takes now (a name of 177 characters,
# from an older version or come by sync: tests/store/put_raw stands for
# that) made a partial file that updates another column of the record
# refused: the row took the stored name for the file's (merge_absent) and
# the check named «نام», a column the file does not have.  Now the stored
# text is kept and the row imported; a long text in the file's own cell is
# still refused, naming the column and the limit.
. "$HAMYAR_SRC/tests/lib.sh"
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
D="$TMP/db"
NAME=$(awk 'BEGIN { w = "خیریهٔ مهر‌آفرین "; s = ""; for (k = 0; k < 10; k++) s = s w; printf "%s", s "علی‌رضا" }')
"$HAMYAR" --db "$D" init --station TST >/dev/null; ok $? "a new database"
printf 'id,kind,name,county,interests\nTST-10,person,علی‌رضا کریمی,TBZ,space\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor"
"$PUT" "$D" --text donor TST-10 name "$NAME"; ok $? "its name of 177 characters put as an older version kept it"
field() { "$HAMYAR" --db "$D" export donors --format json |
	python3 -c 'import json, sys; r = json.load(sys.stdin)["donors"][0]; print(r[sys.argv[1]] or "")' "$1"; }

printf 'id,address\nTST-10,خيابان شهناز، كوچه‌ی ۳\n' >"$TMP/a.csv"
"$HAMYAR" --db "$D" import donors "$TMP/a.csv" >"$TMP/out" 2>"$TMP/err"; rc=$?
is $rc 0 "a file of the id and the address only: imported"
holds "$(cat "$TMP/out")" "۱ به‌روز شده" "... the donor updated"
is "$(cat "$TMP/err")" "" "... with no word about the name"
is "$(field address)" "خیابان شهناز، کوچه‌ی 3" "the address changed, normalised"
is "$(field name)" "$NAME" "the long name kept whole"

printf 'id,name\nTST-10,%sی\n' "$NAME" >"$TMP/n.csv"
"$HAMYAR" --db "$D" import donors "$TMP/n.csv" >/dev/null 2>"$TMP/err"; rc=$?
is $rc 1 "a long name in the file's own column: refused"
holds "$(cat "$TMP/err")" "حداکثر 150 نویسه" "... naming the limit"
is "$(field name)" "$NAME" "the name unchanged"
done_testing
