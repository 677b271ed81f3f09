# Path mistakes in the verbs that write a file, as backup_path.sh for
# backup: a folder given for the file (`--out usb`, the stick's mount
# point) and a folder that does not exist (`--out nodir/x.csv`, a stick
# not mounted).  Before, export, report --html and sync export --out
# ended in exit 3, «نوشتن usb ممکن نشد: این یک پوشه است، نه پرونده», as if
# the system had failed, and no name for the file was given.  Now each is
# a usage error (exit 2), in backup's words (one piece of code), a folder
# with a name to write in it; nothing is written.  `restore usb` (a
# folder) was exit 1 with «ls /mnt/usb» to run: now exit 2 naming the
# folder and the backups in it, or saying there is none.
. "$HAMYAR_SRC/tests/lib.sh"

export HAMYAR_TODAY=۱۴۰۵/۹/۱۱
D="$TMP/d"
"$HAMYAR" --db "$D" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor"
mkdir "$TMP/usb"
cd "$TMP" || exit 1

folder="این یک پوشه است، نه پرونده؛ نام پرونده‌ای را بدهید که در آن نوشته شود، مانند"
missing="پوشهٔ nodir وجود ندارد؛ نام آن را بررسی کنید (فلش وصل نشده است؟)، یا نخست آن پوشه را بسازید"

"$HAMYAR" --db d export donors --out usb >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: نوشتن usb ممکن نشد: $folder usb/donors.csv" \
    "export donors --out FOLDER: a usage error, a file name in it proposed"
is "$(wc -c <"$TMP/out")" 0 "... nothing written to stdout"
"$HAMYAR" --lang en --db d export donors --format json --out usb/ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: cannot write usb/: it is a folder, not a file; give the name of the file to write in it, such as usb/donors.json" \
    "... JSON, in English, with a slash after the folder"
"$HAMYAR" --db d export all --format json --out usb >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: نوشتن usb ممکن نشد: $folder usb/all.json" "export all --format json --out FOLDER"
is "$(ls -A usb)" "" "... nothing written in the folder"
"$HAMYAR" --db d export donors --out usb/donors.csv >/dev/null 2>&1; ok $? "the name proposed is taken"
grep -qF 'كريمي‌نژاد' usb/donors.csv 2>/dev/null || grep -qF 'کریمی‌نژاد' usb/donors.csv; ok $? "... the donor in it"
rm -f usb/donors.csv

"$HAMYAR" --db d export donors --out nodir/x.csv >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: نوشتن nodir/x.csv ممکن نشد: $missing" \
    "export into a folder that does not exist: a usage error naming the folder"
"$HAMYAR" --db d export all --out nodir/x >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: نوشتن nodir/x ممکن نشد: $missing" "export all --out DIR, DIR's folder missing"
[ ! -e nodir ]; ok $? "... no folder made"
printf 'kind,name\n' >sheet.csv
"$HAMYAR" --lang en --db d export donors --out sheet.csv/x.csv >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: cannot write sheet.csv/x.csv: sheet.csv is a file, not a folder" \
    "a file where the folder should be: said so"
is "$(cat sheet.csv)" "kind,name" "... the file kept"

"$HAMYAR" --db d report --html usb >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: نوشتن usb ممکن نشد: $folder usb/report.html" "report --html FOLDER"
"$HAMYAR" --db d report --html nodir/r.html >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: نوشتن nodir/r.html ممکن نشد: $missing" "report --html into a missing folder"
"$HAMYAR" --db d sync export --to MRD --out usb >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: نوشتن usb ممکن نشد: $folder usb/to-MRD.bundle" "sync export --out FOLDER"
"$HAMYAR" --db d sync export --to MRD --out nodir/b >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: نوشتن nodir/b ممکن نشد: $missing" "sync export --out into a missing folder"
is "$(ls -A usb)" "" "nothing written in the folder by any of them"

# restore of the stick's folder
"$HAMYAR" --db d restore usb >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: برگرداندن usb انجام نشد: این یک پوشه است، نه پروندهٔ پشتیبان، و پشتیبانی در آن نیست؛ چیزی تغییر نکرد. پروندهٔ پشتیبانی را بدهید که «hamyar backup» نوشته است." \
    "restore FOLDER with no backup in it: a usage error saying so"
"$HAMYAR" --db d backup usb/hamyar-TBZ-1405-09-11.mdb >/dev/null 2>&1; ok $? "a backup in the folder"
cp sheet.csv usb/
"$HAMYAR" --db d backup usb/old.mdb >/dev/null 2>&1
"$HAMYAR" --lang en --db d restore usb >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: restore from usb refused: it is a folder, not a backup file; nothing was changed. Give one of the backups in it:
  usb/hamyar-TBZ-1405-09-11.mdb
  usb/old.mdb" "restore FOLDER: the backups in it named, not the sheet nor the checksums"
"$HAMYAR" --db d verify >/dev/null 2>&1; ok $? "the database as it was"
done_testing
