# `hamyar restore FILE` puts a backup back: before, the README's manual
# steps (mv data.mdb aside, cp the backup over it) were the only way, and a
# `cp` over a live database replaced it without a word.  The round trip:
# a backup, a donor added after it, the restore; the donor is gone, the
# database that was there is kept aside under a dated name (and still holds
# him), the folder keeps its mode and the restored database takes new
# records.  Before the verb existed every check after the backup failed.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db 1
mkdir "$TMP/usb"
"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar-1405-09-08.mdb" >"$TMP/out"; ok $? "a backup of station MRD"
printf 'kind,name,national_id,county\nperson,علي‌اكبر كريمي‌نژاد,1361234563,MRD\n' >"$TMP/e.csv"
"$HAMYAR" --db "$D" import donors "$TMP/e.csv" >/dev/null; ok $? "a donor added after the backup"
mode=$(stat -c %a "$D")

"$HAMYAR" --db "$D" restore "$TMP/usb/hamyar-1405-09-08.mdb" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 0 "restore: exit 0 ($(cat "$TMP/err"))"
holds "$(cat "$TMP/out")" "$TMP/usb/hamyar-1405-09-08.mdb پشتیبانِ ایستگاه MRD است" "says whose station's backup it is"
holds "$(cat "$TMP/out")" "پشتیبانِ $TMP/usb/hamyar-1405-09-08.mdb در $D برگردانده شد (ایستگاه MRD)" "and that it is restored"
is "$(cat "$TMP/err")" "" "no warning: the backup has its checksum"
out=$("$HAMYAR" --db "$D" export donors)
holds "$out" "زهرا نوروزی‌فر" "the backup's donor is there"
case $out in *1361234563*) ok 1 "the donor added after the backup is gone";; *) ok 0 "the donor added after the backup is gone";; esac
set -- "$D"/data.mdb.before-restore-*
[ $# -eq 1 ] && [ -f "$1" ]; ok $? "the old database kept aside: $(ls "$D" | tr '\n' ' ')"
holds "$(cat "$TMP/out")" "$1" "... and named"
holds "$("$HAMYAR" --db "$1" export donors)" "1361234563" "it still holds the donor added after the backup"
is "$(stat -c %a "$D")" "$mode" "the folder keeps its mode"
is "$(stat -c %a "$D/data.mdb")" 660 "data.mdb is the group's to write (660)"
ls -a "$D" | grep -q incomplete; is $? 1 "no temporary copy left"
"$HAMYAR" --db "$D" verify >/dev/null; ok $? "verify: consistent"
"$HAMYAR" --db "$D" import donors "$TMP/e.csv" >/dev/null; ok $? "the restored database takes new records"

"$HAMYAR" --lang en --db "$D" restore "$TMP/usb/hamyar-1405-09-08.mdb" >"$TMP/out" 2>&1; ok $? "restored again"
holds "$(cat "$TMP/out")" "The backup $TMP/usb/hamyar-1405-09-08.mdb is restored into $D (station MRD)" "in English under --lang en"
[ $(ls "$D" | grep -c before-restore) -eq 2 ]; ok $? "each database replaced is kept: $(ls "$D" | tr '\n' ' ')"
done_testing
