# A backup (or any verb's output file) named as another database's own
# data.mdb: the station's administrator restored yesterday's backup into
# /srv/check to look at it, and from there typed `backup` with the live
# database's data.mdb for the file.  The copy of the older database took
# the place of the live one (exit 0), under the sessions that had it open,
# and every change made since was gone; over another station's database
# the refusal called that database "a backup" and advised removing it.
# Now any verb's file that is a database folder's data.mdb or lock.mdb is
# refused as a path to correct (exit 2), the folder named, nothing written.
. "$HAMYAR_SRC/tests/lib.sh"

L="$TMP/live"
"$HAMYAR" --db "$L" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "the live database of TBZ"
printf 'kind,name,county,national_id\nperson,علی‌رضا كاظمي,TBZ,0012345679\n' >"$TMP/d.csv"
"$HAMYAR" --db "$L" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor in it"
"$HAMYAR" --db "$L" backup "$TMP/old.mdb" >/dev/null 2>&1; ok $? "backed up"
printf 'kind,name,county,national_id\nperson,زهرا مرادی,TBZ,0013542419\n' >"$TMP/e.csv"
"$HAMYAR" --db "$L" import donors "$TMP/e.csv" >/dev/null 2>&1; ok $? "a second donor after the backup"
C="$TMP/check"
"$HAMYAR" --db "$C" restore "$TMP/old.mdb" >/dev/null 2>&1; ok $? "the backup restored into another folder"
sum=$(cksum <"$L/data.mdb")

"$HAMYAR" --db "$C" backup "$L/data.mdb" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: $L/data.mdb پروندهٔ پایگاه دادهٔ پوشهٔ $L است، نه پشتیبان: پرونده‌ای که آنجا نوشته شود جای آن پایگاه داده را می‌گیرد؛ چیزی نوشته نشد. نامی در پوشهٔ دیگری بدهید (برای برگرداندن پشتیبانی در آن پوشه: hamyar --db $L restore FILE)" \
    "backup over the live database's data.mdb: refused, the folder named"
is "$(cat "$TMP/out")" "" "nothing said done"
is "$(cksum <"$L/data.mdb")" "$sum" "the live database is kept as it was"
holds "$("$HAMYAR" --db "$L" export donors 2>&1)" "0013542419" "and still holds the donor added after the backup"
ls -a "$L" | grep -q 'incomplete'; is $? 1 "no copy left in its folder"
"$HAMYAR" --lang en --db "$C" backup "$L/data.mdb" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: $L/data.mdb is the database file of the folder $L, not a backup: a file written there takes the place of that database; nothing was written. Give a name in another folder (to put a backup back into that folder: hamyar --db $L restore FILE)" \
    "in English under --lang en"

# another station's live database: no longer called its backup
M="$TMP/mrd"
"$HAMYAR" --db "$M" init --station MRD >/dev/null 2>&1; ok $? "MRD's database"
"$HAMYAR" --db "$L" backup "$M/data.mdb" 2>"$TMP/err"; rc=$?
is "$rc" 2 "backup over MRD's data.mdb: a path to correct"
case $(cat "$TMP/err") in *"پشتیبانِ پایگاه دادهٔ ایستگاه دیگری"*) ok 1 "not called a backup" ;; *) ok 0 "not called a backup" ;; esac

# its lock file, and the other verbs' files, --force or not
"$HAMYAR" --db "$C" backup "$L/lock.mdb" 2>/dev/null; is $? 2 "backup over its lock.mdb: refused"
"$HAMYAR" --db "$C" export donors --out "$L/data.mdb" --force 2>/dev/null; is $? 2 "export --force over it: refused"
"$HAMYAR" --db "$C" report --html "$L/data.mdb" --force 2>/dev/null; is $? 2 "report --html over it: refused"
is "$(cksum <"$L/data.mdb")" "$sum" "the live database is still as it was"

# a backup named data.mdb in a folder that holds no database is still written
mkdir "$TMP/usb"
"$HAMYAR" --db "$C" backup "$TMP/usb/data.mdb" >/dev/null 2>&1; ok $? "a backup named data.mdb on a stick"
"$HAMYAR" --db "$C" backup "$TMP/usb/data.mdb" >/dev/null 2>&1; ok $? "and again over it"
done_testing
