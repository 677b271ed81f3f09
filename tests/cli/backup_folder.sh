# "hamyar backup /mnt/usb", a folder given where a file is meant (the USB
# stick's mount point): refused at once, saying it is a folder, as export
# --out and report --html say, a usage error (exit 2: the path is to
# correct; it was exit 3, a failure of the system); before, the whole database was copied beside
# the folder and then refused as a disk input/output error, which sends an
# administrator looking for a failing disk.  Nothing is left behind.  An
# empty file name is a usage error (before, exit 3: "its folder does not
# exist").
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with a donor"
mkdir -p "$TMP/usb/old"
"$HAMYAR" --db "$D" backup "$TMP/usb" >"$TMP/out" 2>"$TMP/err"
is $? 2 "a backup to a folder is refused (exit 2)"
grep -qF 'این یک پوشه است، نه پرونده' "$TMP/err"; ok $? "saying it is a folder, not a file"
grep -qF 'خطای خواندن یا نوشتن' "$TMP/err"; is $? 1 "not a disk input/output error"
[ ! -s "$TMP/out" ]; ok $? "nothing says it was written"
is "$(ls -A "$TMP" | grep -c 'usb\.tmp\|incomplete')" 0 "no copy left beside the folder"
is "$(ls -A "$TMP/usb")" "old" "and nothing in it"
"$HAMYAR" --lang en --db "$D" backup "$TMP/usb/" 2>"$TMP/err" >/dev/null
is $? 2 "the same with a slash after it"
grep -qF "backup to $TMP/usb/ failed: it is a folder, not a file" "$TMP/err"; ok $? "in English too"
"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar-1405-09-09.mdb" >/dev/null 2>&1; ok $? "a file in the folder is written"
"$HAMYAR" --db "$TMP/usb/hamyar-1405-09-09.mdb" export donors | grep -qF 'کریمی‌نژاد'; ok $? "... and holds the donor"
# backup "$DEST" with DEST unset in a script: a usage error, nothing made
"$HAMYAR" --db "$D" backup "" >"$TMP/out" 2>"$TMP/err"
is $? 2 "an empty file name is a usage error (exit 2)"
grep -qF 'کاربرد: hamyar backup FILE' "$TMP/err"; ok $? "saying how backup is used"
grep -qF 'پوشهٔ آن وجود ندارد' "$TMP/err"; is $? 1 "not that a folder is missing"
done_testing
