# hamyar audit: a value that was empty, or was emptied, is written as the
# audit screen writes it, «(خالی)» in Persian and (empty) in English, not
# as "" (which read as if the program had lost the value).  A value that
# is itself the text «(خالی)» keeps its quotes, so the two are told apart.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station MRD >/dev/null 2>&1; ok $? "init"
printf 'id,name,kind,county,address\nMRD-1,کلانتری ۱۲,station,MRD,میدان ساعت کوچهٔ ۳\n' >"$TMP/u1.csv"
printf 'id,name,kind,county,address\nMRD-1,کلانتری ۱۲,station,MRD,\n' >"$TMP/u2.csv"
printf 'id,name,kind,county,address\nMRD-1,کلانتری ۱۲,station,MRD,(خالی)\n' >"$TMP/u3.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u1.csv" >/dev/null 2>&1; ok $? "a unit with an address"
"$HAMYAR" --db "$DB" import units "$TMP/u2.csv" >/dev/null 2>&1; ok $? "... its address emptied"
"$HAMYAR" --db "$DB" import units "$TMP/u3.csv" >/dev/null 2>&1; ok $? "... then set to the text «(خالی)»"

"$HAMYAR" --db "$DB" audit --id MRD-1 >"$TMP/fa" 2>"$TMP/err"; ok $? "audit --id MRD-1 in Persian"
grep -qxF '  نشانی: (خالی) -> "میدان ساعت کوچهٔ ۳"' "$TMP/fa"; ok $? "the creation: the address was empty, «(خالی)» as on the screen"
grep -qxF '  نشانی: "میدان ساعت کوچهٔ ۳" -> (خالی)' "$TMP/fa"; ok $? "the address emptied: -> «(خالی)»"
grep -qxF '  نشانی: (خالی) -> "(خالی)"' "$TMP/fa"; ok $? "the text «(خالی)» itself keeps its quotes"
grep -qF '""' "$TMP/fa"; is $? 1 "no \"\" anywhere in the Persian log"

"$HAMYAR" --lang en --db "$DB" audit --id MRD-1 >"$TMP/en" 2>"$TMP/err"; ok $? "audit --id MRD-1 in English"
grep -qxF '  address: "میدان ساعت کوچهٔ 3" -> (empty)' "$TMP/en"; ok $? "the address emptied: -> (empty), the screen's English"
grep -qxF '  id: (empty) -> "MRD-1"' "$TMP/en"; ok $? "the creation: each field from (empty)"
grep -qF '""' "$TMP/en"; is $? 1 "no \"\" anywhere in the English log"
done_testing
