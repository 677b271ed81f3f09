# A new station's first week: the office moves its records from the
# spreadsheets it kept before (SPEC §4, §12; README "CSV import").  Files
# as office software writes them; values as clerks typed them.  A value
# the program could read two ways is refused, never read the wrong way.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
# A donor file with one value in a column (amounts go in capacity), as a
# spreadsheet writes it (Excel's "CSV UTF-8": BOM, CR LF).
donors_with() {	# donors_with FILE HEADER VALUE...: one donor a value
	f=$1 h=$2; shift 2
	printf '\357\273\277name,kind,county,%s\r\n' "$h" >"$f"
	i=1
	for v in "$@"; do printf 'خیّر %s,شخص حقیقی,تبریز,%s\r\n' "$i" "$v" >>"$f"; i=$((i + 1)); done
}
export_col() {	# export_col KIND FIELD: the field's exported column, one a line
	"$HAMYAR" --db "$D" export "$1" | tr -d '\r' | awk -F, -v f="$2" 'NR == 1 {
		sub(/^\357\273\277/, ""); for (i = 1; i <= NF; i++) if ($i == f) c = i; next }
		{ print $c }'
}

# ---- amounts: digits grouped by threes, and only so.  A comma that marks
# decimals (12000000,00 from a region that writes them so, 1,5) is not a
# group separator: read as one, it made 1,200,000,000 of 12 million.
donors_with "$TMP/dec.csv" capacity '"12000000,00"' '"1,5"' '"۱۲٬۰۰"' '"1,2,3"' '"12,0000,000"' '1 5'
"$HAMYAR" --lang en --db "$D" import donors "$TMP/dec.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "amounts whose commas do not group by threes: refused"
is "$(grep -c 'column 4 (capacity): Digits are grouped by threes' "$TMP/err")" 6 \
    "... each of the six, saying digits are grouped by threes"
is "$(export_col donors capacity)" "" "... and nothing was written"
donors_with "$TMP/grp.csv" capacity '"12,000,000"' '۱۲٬۰۰۰٬۰۰۰' '"1,500"' '12 000 000' '۲۵،۰۰۰' '999'
"$HAMYAR" --lang en --db "$D" import donors "$TMP/grp.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "amounts grouped by threes are read"
is "$(export_col donors capacity | tr '\n' ' ')" "12000000 12000000 1500 12000000 25000 999 " "... as the numbers they show"
printf 'id,kind,name,county\nTBZ-50,station,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>&1
printf 'unit,category,title,urgency,impact,identified_on,status,population\nTBZ-50,space,ساختمان,5,4,1403/01/05,identified,"120000,5"\n' >"$TMP/pop.csv"
"$HAMYAR" --lang en --db "$D" import needs "$TMP/pop.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a population of 120000,5 is refused, not read as 1,200,005"
grep -q 'column 8 (population): Digits are grouped by threes' "$TMP/err"; ok $? "... for its grouping"

done_testing
