# report --html FILE, export --out FILE (and export all --out DIR's files)
# and sync export --out FILE wrote over a file already there without a
# word: an administrator who mistyped a name lost the file it named.  Now
# a file with something in it is kept and nothing is written (exit 1, the
# file named), unless --force is given; sync export gives way to an
# earlier bundle, as backup does to an earlier backup, but not to another
# file.  An empty file, a device (/dev/null) and "-" (stdout) are written
# as before, and so is a file that is not there.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
sheet() { printf 'نام,کد ملی\nعلی‌رضا كريمي,۰۰۱۲۳۴۵۶۷۹\n' >"$1"; }
same() {	# same FILE NAME: FILE holds the sheet still
	printf 'نام,کد ملی\nعلی‌رضا كريمي,۰۰۱۲۳۴۵۶۷۹\n' >"$TMP/want"
	cmp -s "$1" "$TMP/want"; ok $? "$2"
}
leftovers() { ls -a "$(dirname "$1")" | grep -c '\.tmp[0-9]'; }

# report --html
sheet "$TMP/r.html"
"$HAMYAR" --db "$D" report --html "$TMP/r.html" >/dev/null 2>"$TMP/err"; is $? 1 "report --html over a file there: refused, exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/r.html از پیش هست: چیزی نوشته نشد و آن پرونده همان‌طور که بود ماند. نام دیگری بدهید، یا برای نوشتن روی آن --force را هم بدهید." "... the file named, in Persian"
same "$TMP/r.html" "... its content unchanged"
"$HAMYAR" --lang en --db "$D" report --html "$TMP/r.html" >/dev/null 2>"$TMP/err"; is $? 1 "... in English too"
is "$(cat "$TMP/err")" "hamyar: $TMP/r.html is already there: nothing was written and the file is kept as it was. Give another name, or add --force to write over it." "... in English words"
same "$TMP/r.html" "... unchanged"
"$HAMYAR" --db "$D" report --html "$TMP/r.html" --force >/dev/null 2>"$TMP/err"; ok $? "report --html FILE --force: written"
grep -q '<html' "$TMP/r.html"; ok $? "... the page took the file's place"
"$HAMYAR" --db "$D" report --force --html "$TMP/r.html" >/dev/null 2>&1; ok $? "... --force before --html, over its own page: written"
is "$(leftovers "$TMP/r.html")" 0 "... no temporary file left"
: >"$TMP/empty.html"
"$HAMYAR" --db "$D" report --html "$TMP/empty.html" >/dev/null 2>&1; ok $? "an empty file (mktemp's): written without --force"
grep -q '<html' "$TMP/empty.html"; ok $? "... the page in it"
"$HAMYAR" --db "$D" report --html "$TMP/new.html" >/dev/null 2>&1; ok $? "a new file: written"
"$HAMYAR" --db "$D" report --html /dev/null >/dev/null 2>&1; ok $? "/dev/null (a device): written to as before"

# export --out
sheet "$TMP/donors.csv"
"$HAMYAR" --db "$D" export donors --out "$TMP/donors.csv" >/dev/null 2>"$TMP/err"; is $? 1 "export --out over a file there: refused, exit 1"
holds "$(cat "$TMP/err")" "$TMP/donors.csv از پیش هست: چیزی نوشته نشد" "... the file named"
same "$TMP/donors.csv" "... its content unchanged"
"$HAMYAR" --db "$D" export donors --format json --out "$TMP/donors.csv" >/dev/null 2>&1; is $? 1 "... as JSON too"
"$HAMYAR" --db "$D" export all --format json --out "$TMP/donors.csv" >/dev/null 2>&1; is $? 1 "... and export all as JSON"
same "$TMP/donors.csv" "... unchanged"
"$HAMYAR" --db "$D" export donors --out "$TMP/donors.csv" --force >/dev/null 2>&1; ok $? "export --out FILE --force: written"
grep -q '0012345679' "$TMP/donors.csv" && ! grep -q 'علی‌رضا' "$TMP/donors.csv"; ok $? "... the export took the file's place"
is "$(leftovers "$TMP/donors.csv")" 0 "... no temporary file left"
"$HAMYAR" --db "$D" export donors --out - >"$TMP/stdout.csv" 2>/dev/null; ok $? "--out - (stdout): as before"

# export all --out DIR: its files are kept too
mkdir "$TMP/all"
sheet "$TMP/all/needs.csv"
"$HAMYAR" --db "$D" export all --out "$TMP/all" >/dev/null 2>"$TMP/err"; is $? 1 "export all --out DIR holding a needs.csv: refused"
holds "$(cat "$TMP/err")" "$TMP/all/needs.csv از پیش هست" "... naming that file"
same "$TMP/all/needs.csv" "... its content unchanged"
is "$(ls "$TMP/all")" "needs.csv" "... and nothing else written"
"$HAMYAR" --db "$D" export all --out "$TMP/all" --force >/dev/null 2>&1; ok $? "... with --force: written"
is "$(ls "$TMP/all" | wc -l)" 8 "... every kind's file"
"$HAMYAR" --db "$D" export all --out "$TMP/all" >/dev/null 2>&1; is $? 1 "again into that folder without --force: refused"

# sync export --out: an earlier bundle gives way, another file does not
H="$TMP/hq"
"$HAMYAR" --db "$H" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$D" sync trust HQ "$("$HAMYAR" --db "$H" sync key | tail -n 1)" >/dev/null 2>&1; ok $? "MRD trusts HQ"
"$HAMYAR" --db "$D" sync export --to HQ --out "$TMP/b" >/dev/null 2>&1; ok $? "a bundle for HQ"
"$HAMYAR" --db "$D" sync export --to HQ --out "$TMP/b" >/dev/null 2>&1; ok $? "... again over it: an earlier bundle gives way"
sheet "$TMP/s.csv"
"$HAMYAR" --db "$D" sync export --to HQ --out "$TMP/s.csv" >/dev/null 2>"$TMP/err"; is $? 1 "sync export --out over a sheet: refused"
holds "$(cat "$TMP/err")" "$TMP/s.csv از پیش هست و بستهٔ همگام‌سازی نیست" "... saying it is no bundle"
same "$TMP/s.csv" "... the sheet unchanged"
"$HAMYAR" --db "$D" sync export --to HQ --out "$TMP/s.csv" --force >/dev/null 2>&1; ok $? "... with --force: written"
head -c 14 "$TMP/s.csv" | grep -q '^hamyar-bundle '; ok $? "... a bundle in its place"
done_testing
