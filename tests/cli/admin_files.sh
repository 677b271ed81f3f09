# The administrator's chores on the files: a backup (or an export, a
# report page, a bundle) asked to go into the database folder is refused
# before anything is written, since `backup DB/data.mdb` put the copy in
# the place of the live database under the sessions that had it open; a
# backup restored as the README says (the copy as data.mdb of a folder)
# verifies and holds the same records; a database on a disk mounted
# read-only is named as such, not as a missing group membership.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST --name "ایستگاه آزمون" >/dev/null; ok $? "init"
printf 'kind,name,county\nperson,علی رضایی,TBZ\norg,شرکت فولاد آذر,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors"
sum=$(cat "$DB/data.mdb" | md5sum)

"$HAMYAR" --db "$DB" backup "$DB/data.mdb" 2>"$TMP/err"; is $? 2 "backup over the database's own data.mdb is refused"
grep -qF 'در پوشهٔ پایگاه داده' "$TMP/err"; ok $? "saying it is the database folder: $(cat "$TMP/err")"
is "$(cat "$DB/data.mdb" | md5sum)" "$sum" "data.mdb is as it was"
"$HAMYAR" --db "$DB" backup "$TMP/./db/copy.mdb" 2>/dev/null; is $? 2 "nor another name in that folder"
"$HAMYAR" --db "$DB" export donors --out "$DB/d.csv" 2>/dev/null; is $? 2 "export --out into it is refused"
"$HAMYAR" --db "$DB" report --html "$DB/r.html" 2>/dev/null; is $? 2 "report --html into it is refused"
"$HAMYAR" --db "$DB" sync export --to ABC --out "$DB/b" 2>/dev/null; is $? 2 "sync export --out into it is refused"
is "$(ls "$DB" | tr '\n' ' ')" "data.mdb lock.mdb " "and nothing was written there"

# backup and restore, as the README says
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null; ok $? "backup to a file elsewhere"
mkdir "$TMP/restored" && cp "$TMP/b.mdb" "$TMP/restored/data.mdb"
"$HAMYAR" --db "$TMP/restored" verify >/dev/null; ok $? "the copy, put as data.mdb of a folder, verifies"
is "$("$HAMYAR" --db "$TMP/restored" export donors)" "$("$HAMYAR" --db "$DB" export donors)" "and holds the same donors"
"$HAMYAR" --db "$TMP/restored" user list | grep -q "^$(id -un)	"; ok $? "and the same users"

# A disk mounted read-only (a failing disk the kernel remounted, say).
mkdir "$TMP/ro"
if [ "$(id -u)" -eq 0 ] && cp -a "$DB" "$TMP/ro/" && mount --bind "$TMP/ro" "$TMP/ro" 2>/dev/null; then
	trap 'umount "$TMP/ro" 2>/dev/null; rm -rf "$TMP"' EXIT
	if mount -o remount,bind,ro "$TMP/ro" 2>/dev/null; then
		"$HAMYAR" --db "$TMP/ro/db" user add reza --role auditor 2>"$TMP/err"; is $? 3 "a write on a read-only disk fails (storage)"
		grep -qF 'فقط‌خواندنی' "$TMP/err"; ok $? "saying the disk is read-only: $(cat "$TMP/err")"
		grep -qF 'گروه' "$TMP/err"; is $? 1 "not that the user lacks the station's group"
		"$HAMYAR" --db "$TMP/ro/db" verify >/dev/null; ok $? "verify still reads it"
		"$HAMYAR" --db "$TMP/ro/db" backup "$TMP/ro-copy.mdb" >/dev/null; ok $? "and backup copies it elsewhere"
	else
		echo "ok $((T_N + 1)) - # SKIP cannot remount read-only here"; T_N=$((T_N + 1))
	fi
	umount "$TMP/ro"
else
	echo "ok $((T_N + 1)) - # SKIP needs root and mount for a read-only disk"; T_N=$((T_N + 1))
fi
done_testing
