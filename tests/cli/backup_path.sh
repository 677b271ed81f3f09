# Path mistakes in `backup`: a folder given for the file (`backup usb`,
# the stick's mount point) and a folder that does not exist (`backup
# nodir/x.mdb`) ended in exit 3, a failure of the system, the folder case
# with no name for the file in it; a path inside the database's folder was
# already a usage error (exit 2).  All are the administrator's to correct:
# exit 2, saying what is wrong; a folder gets a name to write in it,
# FOLDER/hamyar-STATION-DATE.mdb (the date Jalali, today).  Nothing is
# written.
. "$HAMYAR_SRC/tests/lib.sh"

export HAMYAR_TODAY=۱۴۰۵/۹/۱۱
D="$TMP/d"
"$HAMYAR" --db "$D" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
mkdir "$TMP/usb"
cd "$TMP" || exit 1

"$HAMYAR" --db d backup usb >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: پشتیبان‌گیری در usb انجام نشد: این یک پوشه است، نه پرونده؛ نام پرونده‌ای را بدهید که در آن نوشته شود، مانند usb/hamyar-TBZ-1405-09-11.mdb" \
    "backup to a folder: a usage error, a file name in it proposed"
is "$(wc -c <"$TMP/out")" 0 "... nothing said written"
"$HAMYAR" --lang en --db d backup "$TMP/usb//" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: backup to $TMP/usb// failed: it is a folder, not a file; give the name of the file to write in it, such as $TMP/usb/hamyar-TBZ-1405-09-11.mdb" \
    "... with slashes after it, in English: one slash in the name proposed"
"$HAMYAR" --db d backup "usb/hamyar-TBZ-1405-09-11.mdb" >/dev/null 2>&1; ok $? "the name proposed is taken"
is "$(ls usb)" "$(printf 'hamyar-TBZ-1405-09-11.mdb\nhamyar-TBZ-1405-09-11.mdb.b2sum')" "... the only files in the folder"

"$HAMYAR" --db d backup nodir/x.mdb >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: پشتیبان‌گیری در nodir/x.mdb انجام نشد: پوشهٔ nodir وجود ندارد؛ نام آن را بررسی کنید (فلش وصل نشده است؟)، یا نخست آن پوشه را بسازید" \
    "backup into a folder that does not exist: a usage error naming the folder"
[ ! -e nodir ]; ok $? "... no folder made"
printf 'kind,name\n' >sheet.csv
"$HAMYAR" --lang en --db d backup sheet.csv/x.mdb >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: backup to sheet.csv/x.mdb failed: sheet.csv is a file, not a folder" \
    "a file where the folder should be: said so"
is "$(cat sheet.csv)" "kind,name" "... the file kept"

"$HAMYAR" --db d backup d/x.mdb >/dev/null 2>&1; is $? 2 "inside the database's folder: exit 2, as before"
is "$(ls -A d | grep -c 'x.mdb')" 0 "... nothing written there"
done_testing
