# `export all --out FILE` in CSV, FILE a file already there (a clerk's
# `--out all.csv`): all kinds go, one file each, into a folder, so it is a
# usage error (exit 2) and nothing is written.  Before, the message was
# «نوشتن all.csv ممکن نشد: all.csv پرونده است، نه پوشه» alone: not why a
# folder, nor what to type.  Now it says that export all in CSV writes one
# file per kind into a folder, proposes the folder (the file's name without
# its extension, made if it is not there) and names --format json for
# every kind in one file.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/d"
"$HAMYAR" --db "$D" init --station MRG --name 'ایستگاه مراغه' >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county\nperson,محمدرضا كريمي‌نژاد,MRG\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor"
cd "$TMP" || exit 1
printf 'نام\nعلی\n' >all.csv

"$HAMYAR" --db d export all --out all.csv >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 2 "export all --out all.csv (a file): a usage error"
is "$(cat "$TMP/err")" "hamyar: نوشتن all.csv ممکن نشد: export all در قالب CSV برای هر نوع پرونده‌ای جدا (donors.csv، needs.csv، ...) در یک پوشه می‌نویسد و all.csv پرونده است، نه پوشه. نام پوشه‌ای را به --out بدهید، مانند --out all (اگر نباشد ساخته می‌شود)، یا با --format json همهٔ نوع‌ها را در یک پرونده بگیرید" \
    "... says all kinds need a folder, proposes one and names --format json"
is "$(cat all.csv)" "$(printf 'نام\nعلی')" "... the file kept as it was"
[ ! -e all ]; ok $? "... no folder made"
"$HAMYAR" --db d export all --out all >/dev/null 2>&1; ok $? "the folder proposed is taken"
[ -s all/donors.csv ]; ok $? "... donors.csv written in it"

"$HAMYAR" --lang en --db d export all --out all.csv 2>"$TMP/err" >/dev/null; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: cannot write all.csv: export all in CSV writes one file per kind (donors.csv, needs.csv, ...) into a folder, and all.csv is a file. Give a folder for --out, such as --out all (made if it is not there), or add --format json for every kind in one file" \
    "in English too (the folder proposed there already, as an earlier export)"

# a name with no extension, or whose proposal is a file too: no folder named
printf 'x\n' >report
"$HAMYAR" --lang en --db d export all --out report 2>"$TMP/err" >/dev/null; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: cannot write report: export all in CSV writes one file per kind (donors.csv, needs.csv, ...) into a folder, and report is a file. Give a folder for --out (made if it is not there), or add --format json for every kind in one file" \
    "no extension: no folder proposed"
printf 'x\n' >report.csv
"$HAMYAR" --db d export all --out report.csv 2>"$TMP/err" >/dev/null; is $? 2 "report.csv beside a file «report»: exit 2"
holds "$(cat "$TMP/err")" "نام پوشه‌ای را به --out بدهید (اگر نباشد ساخته می‌شود)" "... no folder proposed where a file is"
"$HAMYAR" --db d export all --format json --out all.json >/dev/null 2>&1; ok $? "--format json into one file, as proposed"

# A file's name where nothing is yet (sheets.csv, sub/x.JSON): before, a
# folder of that name was made, the kinds' files in it, without a word.
"$HAMYAR" --db d export all --out sheets.csv >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 2 "export all --out sheets.csv (nothing there): a usage error"
is "$(cat "$TMP/err")" "hamyar: نوشتن sheets.csv ممکن نشد: export all در قالب CSV برای هر نوع پرونده‌ای جدا (donors.csv، needs.csv، ...) در یک پوشه می‌نویسد و sheets.csv نام پرونده است، نه پوشه. نام پوشه‌ای را به --out بدهید، مانند --out sheets، یا با --format json همهٔ نوع‌ها را در یک پرونده بگیرید" \
    "... says a file's name was given, proposes the folder"
[ ! -e sheets.csv ] && [ ! -e sheets ]; ok $? "... nothing made"
mkdir sub
"$HAMYAR" --lang en --db d export all --out sub/x.JSON 2>"$TMP/err" >/dev/null; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: cannot write sub/x.JSON: export all in CSV writes one file per kind (donors.csv, needs.csv, ...) into a folder, and sub/x.JSON is named as a file. Give a folder for --out, such as --out sub/x, or add --format json for every kind in one file" \
    "... in English, any case of the extension"
"$HAMYAR" --db d export all --out v1.2 >/dev/null 2>&1; ok $? "a folder named with a dot (v1.2) is still a folder"
[ -s v1.2/donors.csv ]; ok $? "... donors.csv written in it"
done_testing
