# --db given a file that is no database: a CSV to import, a report, an
# empty file (tui/identity.c, store/store.c lmdb_file).  Every verb said
# "the database is damaged" of it (exit 3), which sends an administrator to
# restore a backup of a database that is fine; and "init" said "a database
# already exists" there.  Each now says what it is: a file that is neither
# a database nor a backup of one, and --db takes the folder; init says the
# path is a file.  The file is not touched.  A backup file (opened to read)
# and a database's own data.mdb still open to read as before; a verb that
# writes says such a file is opened to read only, and --db takes a folder.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
"$HAMYAR" --db "$D" report --html "$TMP/r.html"; ok $? "a report"
: >"$TMP/empty.mdb"
sums=$(cksum "$TMP/d.csv" "$TMP/r.html" "$TMP/empty.mdb")

for f in d.csv r.html empty.mdb; do
	for v in "export donors" report verify "import donors $TMP/d.csv"; do
		# shellcheck disable=SC2086 # words of v meant
		"$HAMYAR" --db "$TMP/$f" $v >/dev/null 2>"$TMP/err"; rc=$?
		is "$rc $(cat "$TMP/err")" "3 hamyar: پایگاه دادهٔ $TMP/$f باز نشد: پرونده‌ای است که نه پایگاه داده است و نه پشتیبانی از آن؛ --db پوشهٔ پایگاه داده را می‌گیرد" \
		    "--db $f, $v: not a database, not 'damaged'"
	done
done
"$HAMYAR" --lang en --db "$TMP/d.csv" export donors 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "3 hamyar: cannot open the database $TMP/d.csv: it is a file that is neither a database nor a backup of one; --db takes the database's folder" "in English under --lang en"

"$HAMYAR" --db "$TMP/d.csv" init --station MRD 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: $TMP/d.csv پرونده است، نه پوشه: init پایگاه داده را در پوشه‌ای می‌سازد، و اگر پوشه نباشد آن را هم می‌سازد" \
    "init on a file: says it is a file, not that a database exists there"
"$HAMYAR" --lang en --db "$TMP/d.csv" init --station MRD 2>"$TMP/err"
holds "$(cat "$TMP/err")" "d.csv is a file, not a folder" "in English too"
"$HAMYAR" --db "$D" init --station MRD 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "1 hamyar: در $TMP/db از پیش پایگاه داده‌ای هست" "init on a database's folder: as before"

is "$(cksum "$TMP/d.csv" "$TMP/r.html" "$TMP/empty.mdb")" "$sums" "none of the files is changed"
ls "$TMP" | grep -q -e '-lock' -e 'lock.mdb'; is $? 1 "and no lock file is made beside them"

# what is a database still opens
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null; ok $? "a backup file"
"$HAMYAR" --db "$TMP/b.mdb" verify >/dev/null; ok $? "--db on the backup file: verify"
holds "$("$HAMYAR" --db "$TMP/b.mdb" export donors)" "1361234563" "and export"
holds "$("$HAMYAR" --db "$D/data.mdb" export donors)" "0012345679" "--db on a database's data.mdb reads it"
# a verb that writes, given a backup file or a data.mdb: says the file is
# opened to read only and --db takes the folder, not only "the database is
# open read-only" after reading the whole CSV
bsum=$(cksum "$TMP/b.mdb" "$D/data.mdb")
before=$("$HAMYAR" --db "$D" export all --format json | cksum)
for f in "$TMP/b.mdb" "$D/data.mdb"; do
	for v in "import donors $TMP/d.csv" "import donors $TMP/d.csv --dry-run" "user add reza --role hq" "sync key"; do
		# shellcheck disable=SC2086
		"$HAMYAR" --db "$f" $v >/dev/null 2>"$TMP/err"; rc=$?
		is "$rc $(cat "$TMP/err")" "3 hamyar: $f پرونده است (پشتیبان، یا data.mdb پوشهٔ یک پایگاه داده) و چنین پرونده‌ای فقط برای خواندن باز می‌شود: verify، export، report؛ برای تغییر دادن پایگاه داده، پوشهٔ آن را به --db بدهید" \
		    "--db ${f##*/}, $v: a file opened to read only, give the folder"
	done
done
"$HAMYAR" --lang en --db "$TMP/b.mdb" import donors "$TMP/d.csv" 2>"$TMP/err"
holds "$(cat "$TMP/err")" "b.mdb is a file (a backup, or a database's data.mdb), which is opened to read only" "in English too"
"$HAMYAR" --db "$TMP/d.csv" import donors "$TMP/d.csv" 2>"$TMP/err"
holds "$(cat "$TMP/err")" "نه پایگاه داده است و نه پشتیبانی از آن" "a CSV given to a writing verb is still no database"
is "$(cksum "$TMP/b.mdb" "$D/data.mdb")" "$bsum" "the backup and data.mdb are unchanged"
is "$("$HAMYAR" --db "$D" export all --format json | cksum)" "$before" "the database holds what it held"
holds "$("$HAMYAR" --db "$TMP/b.mdb" sync status)" "MRD" "sync status reads the backup file as before"
head -c 8192 "$TMP/b.mdb" >"$TMP/cut.mdb"
"$HAMYAR" --db "$TMP/cut.mdb" export donors >/dev/null 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "3 hamyar: پایگاه دادهٔ $TMP/cut.mdb باز نشد: پایگاه داده آسیب دیده است" "a backup cut short is still damaged"
done_testing
