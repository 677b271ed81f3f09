# A restore that copied the wrong file in as data.mdb: the donors' CSV or
# the report taken from the same stick (`cp /mnt/usb/donors.csv
# /var/lib/hamyar/data.mdb`).  Every verb said "the database is damaged"
# of it (exit 3), which sends the administrator after a sound backup as
# if it were broken, or to give the station up.  Each now names data.mdb
# as neither a database nor a backup of one, a file copied in its place,
# and says to put the backup back with `restore` (before: to copy it there
# by hand and verify); the file is not touched, and `restore` keeps it aside.
# A data.mdb cut short, or a database damaged inside, is said to be so as
# before (restore_cut_short.sh, damaged_read.sh).
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
"$HAMYAR" --db "$D" report --html "$TMP/r.html"; ok $? "a report"
"$HAMYAR" --db "$D" export donors --out "$TMP/donors.csv"; ok $? "an export"
# a sheet as big as a backup: not taken for a file cut short
i=0
while [ $i -lt 400 ]; do
	echo "MRD-$i,person,محمدرضا کریمی‌نژاد $i,0012345679,,09141234567,,MRD,کوچهٔ 12,equipment,50000000,,,1"
	i=$((i + 1))
done >>"$TMP/donors.csv"

for f in donors.csv r.html; do
	R="$TMP/restored-$f"
	mkdir -p "$R"
	cp "$TMP/$f" "$R/data.mdb"
	sum=$(cksum <"$R/data.mdb")
	for v in verify report "export donors" "import donors $TMP/d.csv"; do
		# shellcheck disable=SC2086 # words of v meant
		"$HAMYAR" --db "$R" $v >/dev/null 2>"$TMP/err"; rc=$?
		is "$rc $(cat "$TMP/err")" "3 hamyar: پایگاه دادهٔ $R باز نشد: پروندهٔ data.mdb آن نه پایگاه داده است و نه پشتیبانی از آن (پروندهٔ CSV، گزارش یا پروندهٔ دیگری به جای آن رونوشت شده است؟). پشتیبان را با 'hamyar --db $R restore FILE' برگردانید (README، بخش \"Backup and restore\")؛ آن پرونده کنار گذاشته و نگه داشته می‌شود." \
		    "$f as data.mdb, $v: the wrong file, not 'damaged'"
	done
	is "$(cksum <"$R/data.mdb")" "$sum" "$f as data.mdb: the file is not changed"
done
"$HAMYAR" --lang en --db "$TMP/restored-r.html" verify 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "3 hamyar: cannot open the database $TMP/restored-r.html: its file data.mdb is neither a database nor a backup of one (a CSV, a report or another file copied there in its place?). Put the backup back with 'hamyar --db $TMP/restored-r.html restore FILE' (README, \"Backup and restore\"), which keeps that file aside." \
    "in English under --lang en"

# what it says to do: restore, the wrong file kept aside
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null; ok $? "a backup"
R="$TMP/restored-donors.csv"
"$HAMYAR" --db "$R" restore "$TMP/b.mdb" >/dev/null 2>"$TMP/err"; ok $? "restore over the CSV as data.mdb"
holds "$(cat "$TMP/err")" "پایگاه دادهٔ $R خوانده نمی‌شود" "with a warning that its station is not compared"
set -- "$R"/data.mdb.before-restore-*
cmp -s "$1" "$TMP/donors.csv"; ok $? "the CSV kept aside as it was"
"$HAMYAR" --db "$R" verify >/dev/null; ok $? "verify: the backup in its place"
holds "$("$HAMYAR" --db "$R" export donors)" "0012345679" "with its donors"
# and copied in by hand, as before, it opens
cp "$TMP/b.mdb" "$TMP/restored-r.html/data.mdb"
"$HAMYAR" --db "$TMP/restored-r.html" verify >/dev/null; ok $? "the backup copied over it: verify"
holds "$("$HAMYAR" --db "$TMP/restored-r.html" export donors)" "0012345679" "and its donors"
done_testing
