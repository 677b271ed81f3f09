# import and report as a county clerk uses them: a spreadsheet with
# Persian headers, a header the clerk guessed, a file of the wrong kind, a
# column given twice; the HTML report of a new database and of one month.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init"

# A header the clerk guessed ("توان مالی" for «توان مشارکت (ریال)»): the
# report says which columns a donors file may have, by name and label.
printf '\357\273\277نام,نوع,شهرستان,توان مالی\r\nعلی‌اکبر کریمی‌نژاد,person,TBZ,1000\r\n' >"$TMP/guess.csv"
"$HAMYAR" --db "$D" import donors "$TMP/guess.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a guessed header: exit 1"
grep -q 'ستون «توان مالی» شناخته نیست' "$TMP/err"; ok $? "... the unknown column is named"
grep -q 'capacity (توان مشارکت (ریال))' "$TMP/err"; ok $? "... the columns a donors file may have are listed, with their labels"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/guess.csv" >/dev/null 2>"$TMP/err"
grep -q 'capacity (Capacity (rials))' "$TMP/err"; ok $? "... in English too"

# A needs file given as donors: the columns are a needs file's, and the
# report says which command was meant.
printf 'unit,category,title,urgency,impact,identified_on,status\nTBZ-1,space,بازسازی,5,4,1403/01/15,approved\n' >"$TMP/needs.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/needs.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a needs file imported as donors: exit 1"
grep -q 'hamyar import needs ' "$TMP/err"; ok $? "... the report names the kind the columns belong to"
"$HAMYAR" --db "$D" import donors "$TMP/needs.csv" >/dev/null 2>"$TMP/err"
grep -q "hamyar import needs " "$TMP/err" && grep -q "«نیاز»" "$TMP/err"; ok $? "... in Persian too"

# A column given twice under two names (نام and name): the report names
# the column it repeats.
printf 'نام,kind,county,name\nالف,person,TBZ,ب\n' >"$TMP/twice.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/twice.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a column given twice: exit 1"
grep -q "column 4: column 'name' repeats column 1 (نام)" "$TMP/err"; ok $? "... the first column of the field is named"

# A bad cell under a Persian header is named by that header, as the clerk's
# file has it, not by the English field name.
printf 'نام,نوع,شهرستان,کد ملی\nعلی‌اکبر کریمی‌نژاد,شخص حقیقی,تبریز,1234567890\n' >"$TMP/fa.csv"
"$HAMYAR" --db "$D" import donors "$TMP/fa.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a bad national id: exit 1"
grep -q 'سطر 2، ستون 4 (کد ملی): ' "$TMP/err"; ok $? "... named by the file's own header (کد ملی)"
# A required field with no column: its Persian label in a Persian report.
printf 'نام,شهرستان\nعلی,تبریز\n' >"$TMP/nokind.csv"
"$HAMYAR" --db "$D" import donors "$TMP/nokind.csv" >/dev/null 2>"$TMP/err"; is $? 1 "no kind column: exit 1"
grep -q 'سطر 2، فیلد «نوع» (kind): ' "$TMP/err"; ok $? "... the missing field by its Persian label"
is "$("$HAMYAR" --db "$D" export donors | grep -c '^TBZ-')" 0 "nothing was written"

done_testing
