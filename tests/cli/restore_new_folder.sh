# A backup restored where there is no database folder yet (a new disk, a
# station reinstalled): the folder is made as init makes one (2770, the
# group kept for the files LMDB makes later), data.mdb 660, and the
# database opens, consistent.  Before the verb, `cp` needed the folder made
# by hand and left the umask's 644 on the file.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null; ok $? "a backup"
N="$TMP/disk/hamyar"
(umask 022; "$HAMYAR" --db "$N" restore "$TMP/b.mdb" >"$TMP/out" 2>"$TMP/err"); ok $? "restored into a folder that is not there ($(cat "$TMP/err"))"
is "$(stat -c '%a %G' "$N")" "$(stat -c '%a %G' "$D")" "the folder made as init makes it"
is "$(stat -c %a "$N/data.mdb")" 660 "data.mdb 660"
ls "$N" | grep -q before-restore; is $? 1 "nothing to keep aside"
"$HAMYAR" --db "$N" verify >/dev/null; ok $? "verify: consistent"
holds "$("$HAMYAR" --db "$N" export donors)" "1361234563" "the backup's donors"

# a failure leaves no folder behind
"$HAMYAR" --db "$TMP/disk/other" restore "$TMP/d.csv" 2>/dev/null; is $? 1 "not a backup: refused"
[ ! -e "$TMP/disk/other" ]; ok $? "and no folder made"
done_testing
