# An empty file given to import (0 bytes: a copy that failed, a sheet
# saved before it was filled): it was answered "FILE: no header row", the
# same as a file of blank lines, which sends the administrator looking
# for a header in a file with nothing in it.  It is now said to be empty,
# and that nothing was imported (exit 1); a file of only empty lines or
# cells keeps its "no header row".  Its size is said in ASCII digits, as
# the numbers of every other message of the command line (rows, lines,
# columns: "سطر 2، ستون 3"), not «(0 بایت)» amid them.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"
sum() { "$HAMYAR" --db "$D" export all --format json | cksum; }
before=$(sum)
: >"$TMP/donors.csv"

"$HAMYAR" --db "$D" import donors "$TMP/donors.csv" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: $TMP/donors.csv خالی است (0 بایت): نه سطر سرستون دارد و نه ردیفی؛ هیچ چیز وارد نشد" \
    "an empty file: said to be empty, exit 1"
is "$(wc -c <"$TMP/out")" 0 "no count of rows on stdout"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/donors.csv" 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: $TMP/donors.csv is empty (0 bytes): no header row, no rows; nothing was imported" "in English"
: | "$HAMYAR" --db "$D" import donors - 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "1 hamyar: - خالی است" "an empty stdin too"
mkdir "$TMP/all" && mv "$TMP/donors.csv" "$TMP/all/"
"$HAMYAR" --db "$D" import all "$TMP/all" 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "1 " "import all with an empty donors.csv: exit 1"
holds "$(cat "$TMP/err")" "$TMP/all/donors.csv خالی است (0 بایت)" "... naming it empty"

"$HAMYAR" --db "$D" import units /dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: /dev/null خالی است (0 بایت): نه سطر سرستون دارد و نه ردیفی؛ هیچ چیز وارد نشد" "import units /dev/null: the same, 0 in ASCII"
printf '%s' "$(cat "$TMP/err")" | grep -qE '۰|۱|۲|۳|۴|۵|۶|۷|۸|۹'; is $? 1 "... no Persian digit in it"

printf '\r\n\n,,,\n' >"$TMP/blank.csv"
"$HAMYAR" --db "$D" import donors "$TMP/blank.csv" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: $TMP/blank.csv: سطر سرستون ندارد" "blank lines and empty cells: no header row, as before"
printf '\357\273\277' >"$TMP/bom.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/bom.csv" 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: $TMP/bom.csv: no header row" "a BOM alone is not empty: no header row"
is "$(sum)" "$before" "the database is unchanged"
done_testing
