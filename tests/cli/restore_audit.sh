# restore writes itself into the restored database's audit log: who put it
# back, when, from which file (its full path), the backup's station, and
# the name the database that was there is kept under, so that a
# supervisor reading `audit` (or the audit screen, F8) sees why the log
# stops at the backup's day and where the later file went.  Before, the
# restored log ended at the backup's last change, and nothing said a
# restore had happened.  The entry is written after the rename, in its own
# transaction: the database still verifies.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null; ok $? "a backup"
printf 'kind,name,county,mobile\nperson,زهرا احمدی‌نژاد,TBZ,09121112233\n' >"$TMP/later.csv"
"$HAMYAR" --db "$D" import donors "$TMP/later.csv" >/dev/null 2>&1; ok $? "a donor added after the backup"
"$HAMYAR" --db "$D" restore "$TMP/b.mdb" >"$TMP/out" 2>"$TMP/err"; ok $? "restore ($(cat "$TMP/err"))"
is "$(cat "$TMP/err")" "" "... with no warning"
aside=$(ls "$D" | grep before-restore)
[ -n "$aside" ]; ok $? "the old database kept aside ($aside)"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "verify: the restored database is consistent, with the entry"

me=$(id -un)
"$HAMYAR" --lang en --db "$D" audit >"$TMP/a"
tail -n 4 "$TMP/a" >"$TMP/last"
sed -n 1p "$TMP/last" | grep -Eq "^[0-9/]{10} [0-9:]{8} $me restore-backup database\$"; ok $? "audit: the last entry is the restore, by $me ($(sed -n 1p "$TMP/last"))"
is "$(sed -n 2p "$TMP/last")" "  from: \"$(realpath "$TMP/b.mdb")\"" "... from the backup, its full path"
is "$(sed -n 3p "$TMP/last")" "  station: MRD" "... of station MRD"
is "$(sed -n 4p "$TMP/last")" "  aside: \"$D/$aside\"" "... the old file kept as $aside"
"$HAMYAR" --db "$D" audit | tail -n 4 >"$TMP/fa"
sed -n 1p "$TMP/fa" | grep -q " $me پایگاه داده را از پشتیبان بازگرداند\$"; ok $? "in Persian: پایگاه داده را از پشتیبان بازگرداند"
holds "$(sed -n 4p "$TMP/fa")" "پایگاه دادهٔ پیشین با این نام ماند: \"$D/$aside\"" "... and where the old one is"
"$HAMYAR" --lang en --db "$D" audit --id RESTORE | grep -c restore-backup | grep -qx 1; ok $? "audit --id RESTORE: the restore"

# into a new folder: nothing kept aside, no line for it
"$HAMYAR" --db "$TMP/new" restore "$TMP/b.mdb" >/dev/null 2>"$TMP/err"; ok $? "restore into a new folder"
"$HAMYAR" --lang en --db "$TMP/new" audit --id RESTORE >"$TMP/n"
is "$(grep -c '^  ' "$TMP/n")" 2 "... from and station, no aside"
"$HAMYAR" --db "$TMP/new" verify >/dev/null 2>&1; ok $? "... and it verifies"
done_testing
