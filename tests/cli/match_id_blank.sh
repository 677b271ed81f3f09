# match's ID as an administrator may give it: pasted from a sheet with a
# space or tab around it (" mrd-1	"), or an empty variable ('').  Before,
# " MRD-1 " was «خیّری با شناسهٔ  MRD-1  نیست» (no such donor, exit 1) and
# '' «خیّری با شناسهٔ  نیست», naming nothing.  Now the blanks around an id
# are dropped (as its case and digits are made right), and an id of
# blanks only is a usage error (exit 2); the same for sync resolve.
. "$HAMYAR_SRC/tests/lib.sh"
donors_db
"$HAMYAR" --db "$D" export donors | tr -d '\r' | awk -F, 'NR == 2 { print $1 }' >"$TMP/id"
id=$(cat "$TMP/id")
"$HAMYAR" --db "$D" match donor "$id" >"$TMP/want" 2>&1; want_rc=$?
is "$want_rc" 0 "match donor $id: exit 0"

"$HAMYAR" --db "$D" match donor " $(printf '%s' "$id" | tr 'A-Z' 'a-z')	" >"$TMP/out" 2>&1; rc=$?
is "$rc $(cat "$TMP/out")" "$want_rc $(cat "$TMP/want")" "' ${id}<TAB>' in lower case: the same answer as $id"
"$HAMYAR" --db "$D" match need "  MRD-999 " >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: نیازی با شناسهٔ MRD-999 نیست" "a need that is not there: named without the blanks"
"$HAMYAR" --db "$D" match donor '' >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: کاربرد: hamyar match donor ID | need ID" "match donor '': usage error"
"$HAMYAR" --db "$D" match need '  ' >/dev/null 2>"$TMP/err"; is $? 2 "match need '  ': usage error"
"$HAMYAR" --db "$D" sync resolve ' ' mine >/dev/null 2>"$TMP/err"; is $? 2 "sync resolve ' ' mine: usage error"
holds "$(cat "$TMP/err")" "resolve ID mine|theirs" "... with the usage"
"$HAMYAR" --db "$D" sync resolve " $id " mine >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: تعارض بازی برای $id نیست" "sync resolve ' $id ': no open conflict, naming $id as it is"
done_testing
