# hamyar rank, match and audit at their edges: a title or a donor name
# longer than what the ranking keeps of it is cut between characters, never
# inside one (the output stays UTF-8), and says it was cut; a record id
# typed on a Persian keyboard (TST-۲۰) is the record's id.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
DATA="$HAMYAR_SRC/tests/data/screens"
"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
    "$HAMYAR" --db "$DB" import units "$DATA/units.csv" >/dev/null
ok $? "a database with two units"

# 100 alefs (2 bytes each): any cut after an odd
# number of bytes (the 159 or 127 a byte buffer keeps) falls inside a letter.
long="$(printf 'ا%.0s' $(seq 100))"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-20,TST-1,equipment,$long,100000000,5,3,1000,1403/01/15,identified"
} >"$TMP/needs.csv"
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-10,org,$long,TBZ,equipment,500000000,1"
} >"$TMP/donors.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null
ok $? "a need with a 100-letter title and a donor with a 100-letter name"

"$HAMYAR" --db "$DB" rank >"$TMP/out"
is $? 0 "rank: exit 0"
iconv -f UTF-8 -t UTF-8 "$TMP/out" >/dev/null 2>&1; ok $? "rank prints valid UTF-8"
grep -q 'ا…$' "$TMP/out"; ok $? "the cut title ends in …"
"$HAMYAR" --db "$DB" match need TST-20 >"$TMP/out"
is $? 0 "match need: exit 0"
iconv -f UTF-8 -t UTF-8 "$TMP/out" >/dev/null 2>&1; ok $? "match need prints valid UTF-8 (the donor's name)"
"$HAMYAR" --db "$DB" match donor TST-10 >"$TMP/out"
iconv -f UTF-8 -t UTF-8 "$TMP/out" >/dev/null 2>&1; ok $? "match donor prints valid UTF-8 (the need's title)"

# Persian digits in ids, as a Persian keyboard types them.
"$HAMYAR" --db "$DB" match need TST-20 >"$TMP/want"
"$HAMYAR" --db "$DB" match need TST-۲۰ >"$TMP/out" 2>"$TMP/err"
is $? 0 "match need TST-۲۰: exit 0 ($(cat "$TMP/err"))"
cmp -s "$TMP/want" "$TMP/out"; ok $? "the same as match need TST-20"
"$HAMYAR" --db "$DB" match donor tst-۱۰ >"$TMP/out" 2>"$TMP/err"
is $? 0 "match donor tst-۱۰: exit 0 ($(cat "$TMP/err"))"
grep -q '^TST-20 ' "$TMP/out"; ok $? "finds donor TST-10's match TST-20"
"$HAMYAR" --db "$DB" audit --id TST-۲۰ >"$TMP/out" 2>"$TMP/err"
is $? 0 "audit --id TST-۲۰: exit 0"
grep -q '"TST-20"' "$TMP/out"; ok $? "lists the changes of TST-20 ($(cat "$TMP/err"))"
done_testing
