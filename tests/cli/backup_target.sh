# A backup, an export, onto a USB stick the system mounted read-only (as
# it does when the stick's file system is damaged) or that is full: the
# administrator is told which, as the report and sync export tell him.
# Before, a backup on a read-only disk said "permission denied" (and he
# went to chmod the folder), and an export onto a full disk "input/output
# error".  Needs root and mount (a bind mount made read-only, a small
# tmpfs); skipped otherwise.
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county,address\n,person,نرگس امینی‌فر,MRD,کوچهٔ 12 خیابان امام\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor"

if [ "$(id -u)" -ne 0 ]; then
	echo "ok 3 - # SKIP needs root and mount"; echo "1..3"; exit 0
fi
mkdir "$TMP/ro" "$TMP/full"
trap 'umount "$TMP/ro" 2>/dev/null; umount "$TMP/full" 2>/dev/null; rm -rf "$TMP"' EXIT
if mount --bind "$TMP/ro" "$TMP/ro" 2>/dev/null && mount -o remount,bind,ro "$TMP/ro" 2>/dev/null; then
	"$HAMYAR" --db "$DB" backup "$TMP/ro/b.mdb" 2>"$TMP/err"; is $? 3 "backup onto a read-only disk fails (storage)"
	grep -qF 'دیسک فقط‌خواندنی است' "$TMP/err"; ok $? "saying the disk is read-only: $(cat "$TMP/err")"
	grep -qF 'اجازهٔ دسترسی' "$TMP/err"; is $? 1 "not that permission is denied"
	"$HAMYAR" --lang en --db "$DB" backup "$TMP/ro/b.mdb" 2>"$TMP/err"
	grep -qF 'the disk is read-only' "$TMP/err"; ok $? "in English too: $(cat "$TMP/err")"
	"$HAMYAR" --db "$DB" export donors --out "$TMP/ro/d.csv" 2>"$TMP/err"; is $? 3 "export onto it fails"
	grep -qF 'دیسک فقط‌خواندنی است' "$TMP/err"; ok $? "saying the disk is read-only"
else
	echo "ok $((T_N + 1)) - # SKIP cannot remount read-only here"; T_N=$((T_N + 1))
fi
if mount -t tmpfs -o size=64k tmpfs "$TMP/full" 2>/dev/null; then
	dd if=/dev/zero of="$TMP/full/fill" bs=4096 count=64 2>/dev/null
	"$HAMYAR" --db "$DB" backup "$TMP/full/b.mdb" 2>"$TMP/err"; is $? 3 "backup onto a full disk fails"
	grep -qF 'دیسک پر است' "$TMP/err"; ok $? "saying the disk is full: $(cat "$TMP/err")"
	"$HAMYAR" --db "$DB" export donors --out "$TMP/full/d.csv" 2>"$TMP/err"; is $? 3 "export onto a full disk fails"
	grep -qF 'دیسک پر است' "$TMP/err"; ok $? "saying the disk is full: $(cat "$TMP/err")"
	grep -qF 'خطای خواندن یا نوشتن' "$TMP/err"; is $? 1 "not an input/output error"
	test -e "$TMP/full/d.csv"; is $? 1 "no file left half-written"
	"$HAMYAR" --db "$DB" export all --format json --out "$TMP/full/all.json" 2>"$TMP/err"; is $? 3 "export all as JSON onto it fails"
	grep -qF 'دیسک پر است' "$TMP/err"; ok $? "saying the disk is full"
	"$HAMYAR" --lang en --db "$DB" export donors --out "$TMP/full/d.csv" 2>"$TMP/err"
	grep -qF 'the disk is full' "$TMP/err"; ok $? "in English too: $(cat "$TMP/err")"
else
	echo "ok $((T_N + 1)) - # SKIP cannot mount a tmpfs here"; T_N=$((T_N + 1))
fi
done_testing
