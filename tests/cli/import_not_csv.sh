# A clerk given "import donors FILE" gives the file he has: the sheet as
# the spreadsheet program keeps it (.xlsx, .ods: ZIP archives; .xls: an
# OLE2 file), or another station's `export --format json`.  Read as CSV
# these were refused for "a quote out of place" on line 1 or 2, which sends
# him looking for a quote in a file he never saw as text.  Each is named
# for what it is, with what to do, and nothing is written.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
"$HAMYAR" --db "$D" export all --format json --out "$TMP/before.json"; ok $? "export all (JSON)"
"$HAMYAR" --db "$D" export donors --format json --out "$TMP/donors.json"; ok $? "export donors (JSON)"

# The start of an .xlsx (a ZIP archive's local header, then its first
# member's name) and of an .xls (the OLE2 signature).
printf 'PK\003\004\024\000\006\000\010\000\000\000!\000[Content_Types].xml"\000' >"$TMP/donors.xlsx"
printf '\320\317\021\340\241\261\032\341\000\000\000\000"' >"$TMP/donors.xls"

for f in donors.xlsx donors.xls; do
	"$HAMYAR" --db "$D" import donors "$TMP/$f" 2>"$TMP/err"; rc=$?
	is "$rc" 1 "$f: refused as invalid data"
	err=$(cat "$TMP/err")
	holds "$err" "$TMP/$f پروندهٔ کاربرگ برنامهٔ صفحه‌گسترده" "$f: named a spreadsheet workbook"
	holds "$err" "با قالب «CSV UTF-8» ذخیره کنید" "$f: says how to save it"
	case $err in *گیومه*) ok 1 "$f: no word of a quote" ;; *) ok 0 "$f: no word of a quote" ;; esac
done

"$HAMYAR" --db "$D" import donors "$TMP/donors.json" 2>"$TMP/err"; rc=$?
is "$rc" 1 "JSON: refused as invalid data"
err=$(cat "$TMP/err")
holds "$err" "$TMP/donors.json پروندهٔ JSON است، نه CSV" "JSON: named JSON"
holds "$err" "(بی --format json)" "JSON: says to export as CSV"
# the same through stdin, and a list of objects
printf '\357\273\277[\r\n  {"name": "زهرا"}\r\n]\r\n' | "$HAMYAR" --db "$D" import donors - 2>"$TMP/err"; rc=$?
is "$rc" 1 "a JSON list on stdin: refused"
holds "$(cat "$TMP/err")" "پروندهٔ JSON است" "a JSON list on stdin: named JSON"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/donors.json" 2>"$TMP/err"
holds "$(cat "$TMP/err")" "is JSON, not CSV" "in English too"

# A NUL byte in a cell (a file of UTF-16, or damaged) cut the cell there:
# "نرگس" of "نرگس\0 رضایی" was imported, the rest lost without a word.
printf 'نام,نوع,شهرستان,کد ملی\nمریم احمدی,person,مرند,1581234562\nنرگس\000 رضایی,person,مرند,\n' >"$TMP/nul.csv"
"$HAMYAR" --db "$D" import donors "$TMP/nul.csv" 2>"$TMP/err"; rc=$?
is "$rc" 1 "a NUL in a cell: refused"
holds "$(cat "$TMP/err")" "nul.csv: سطر 3: بایت صفر (NUL)" "a NUL: its line named"

"$HAMYAR" --db "$D" export all --format json --out "$TMP/after.json"
cmp -s "$TMP/before.json" "$TMP/after.json"; ok $? "the database is as it was"

# A folder given for the file: it was "a read or write error of the disk".
mkdir "$TMP/sheets"
"$HAMYAR" --db "$D" import donors "$TMP/sheets" 2>"$TMP/err"; rc=$?
is "$rc" 3 "a folder: refused"
holds "$(cat "$TMP/err")" "باز کردن $TMP/sheets ممکن نشد: این یک پوشه است، نه پرونده" "a folder: said so"

# A CSV whose first cell begins with a bracket is still a CSV.
printf '[ردیف],نام,نوع,شهرستان,کد ملی\n1,مریم احمدی,person,مرند,1581234562\n' >"$TMP/b.csv"
"$HAMYAR" --db "$D" import donors "$TMP/b.csv" --dry-run >"$TMP/out" 2>&1
holds "$(cat "$TMP/out")" "[ردیف]" "a header [ردیف] is read as a CSV's header"
done_testing
