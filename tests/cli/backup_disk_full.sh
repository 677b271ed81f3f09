# backup FILE onto a stick with too little room: it said only «دیسک پر
# است» (the disk is full), which does not tell the administrator how much
# room the copy needs, how much the stick has, whether the old backup there
# survived, nor what to do.  Now the message says the copy's size (at
# most the database's pages in use), the room left on that disk, that
# nothing was written and a file already there is kept, and to make room
# (df -h) or back up to another disk; nothing, whole or part, is left.
# Needs root and mount (a small tmpfs); skipped otherwise.
. "$HAMYAR_SRC/tests/lib.sh"
small_disk "$TMP/usb" 256k

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$D" demo --size 40 >/dev/null 2>&1; ok $? "demo records"
"$HAMYAR" --db "$D" backup "$TMP/whole.mdb" >/dev/null; ok $? "a backup elsewhere fits"
size=$(stat -c %s "$TMP/whole.mdb")
[ "$size" -gt 262144 ]; ok $? "the copy ($size bytes) is larger than the stick"
# an older backup on the stick, under the name (a backup: another file
# there is refused before any copy, backup_over_other_file.sh)
"$HAMYAR" --db "$TMP/old" init --station MRD >/dev/null 2>&1 &&
    "$HAMYAR" --db "$TMP/old" backup "$TMP/usb/hamyar.mdb" >/dev/null; ok $? "an older backup on the stick"
old=$(cksum <"$TMP/usb/hamyar.mdb")

"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar.mdb" >"$TMP/out" 2>"$TMP/err"
is $? 3 "backup onto the full stick: exit 3"
err=$(cat "$TMP/err")
holds "$err" "پشتیبان‌گیری در $TMP/usb/hamyar.mdb انجام نشد: دیسک پر است" "says the disk is full, naming the file"
holds "$err" "رونوشت تا " "... how much room the copy needs"
holds "$err" "جای خالی دارد" "... how much that disk has"
holds "$err" "چیزی نوشته نشد و پرونده‌ای که از پیش آنجا بود دست نخورده ماند" "... that nothing was written and the old file is kept"
holds "$err" "df -h $TMP/usb" "... the command that shows the room, for that disk"
holds "$err" "دیسک دیگری" "... or to back up to another disk"
is "$(cat "$TMP/out")" "" "nothing says the backup is written"
is "$(cksum <"$TMP/usb/hamyar.mdb")" "$old" "the older backup there is kept as it was"
is "$(ls -A "$TMP/usb" | tr '\n' ' ')" "hamyar.mdb hamyar.mdb.b2sum " "no copy, whole or part, is left on the stick"

"$HAMYAR" --lang en --db "$D" backup "$TMP/usb/hamyar.mdb" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "the disk is full: the copy needs up to" "in English too: $(cat "$TMP/err")"
done_testing
