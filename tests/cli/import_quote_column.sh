# A quote out of place, or one never closed, in an import file: the
# message names the column as the other import errors do, by its header
# cell as the file has it («نام»), besides the line.  Before, it gave the
# line alone, and in a wide sheet the clerk had to read every cell of it.
# A quote in the header row itself: the column's number (no header yet).
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null
ok $? "a database"
# Imports file $1 (in language $2; '' the default, Persian), which is
# refused (exit 1: test $3), its error holding $4 (test $5).
refused() {
	"$HAMYAR" ${2:+--lang "$2"} --db "$DB" import donors "$1" >/dev/null 2>"$TMP/err"
	is $? 1 "$3"
	holds "$(cat "$TMP/err")" "$4" "$5"
}

# a quote typed inside a cell in an editor: شرکت "فولاد" آذر
printf 'نوع,نام,شهرستان,تلفن همراه\nperson,علی‌رضا كريمي,TBZ,09141234567\norg,شرکت "فولاد" آذر,TBZ,۰۹۱۴۷۶۵۴۳۲۱\n' >"$TMP/stray.csv"
refused "$TMP/stray.csv" '' "a stray quote: exit 1" \
    'stray.csv: سطر 3، ستون 2 (نام): گیومهٔ (") نابه‌جا' "... line 3, column 2 named «نام» as typed in the file"
refused "$TMP/stray.csv" en "en: exit 1" \
    'stray.csv: line 3, column 2 (نام): a quote (") out of place' "en: the same, the header as in the file"

# text after a closing quote, in the last column
printf 'نوع,نام,شهرستان,تلفن همراه\nperson,مریم حسین‌زاده,TBZ,"0914"123\n' >"$TMP/after.csv"
refused "$TMP/after.csv" '' "text after a closing quote: exit 1" \
    'after.csv: سطر 2، ستون 4 (تلفن همراه): گیومهٔ (") نابه‌جا' "... column 4 named «تلفن همراه»"

# a quote never closed: the line and column it opens on
printf 'نوع,نام,شهرستان\nperson,علی,TBZ\nperson,"رضا موسوی,TBZ\nperson,حسن,TBZ\n' >"$TMP/open.csv"
refused "$TMP/open.csv" '' "a quote not closed: exit 1" \
    'open.csv: سطر 3، ستون 2 (نام): فایل CSV خراب است' "... line 3, column 2 named «نام»"
refused "$TMP/open.csv" en "en: exit 1" \
    'open.csv: line 3, column 2 (نام): malformed CSV (a quote not closed?)' "en: the same"

# in the header row: its number, no name to give
printf 'نوع,"نام,شهرستان\nperson,علی,TBZ\n' >"$TMP/head.csv"
refused "$TMP/head.csv" en "a quote not closed in the header: exit 1" \
    'head.csv: line 1, column 2: malformed CSV' "... line 1, column 2"

is "$("$HAMYAR" --db "$DB" export donors | wc -l | tr -d ' ')" 1 "nothing was imported (the header alone exported)"
done_testing
