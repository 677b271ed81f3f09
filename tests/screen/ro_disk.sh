# A database on a disk mounted read-only (a failing disk the kernel
# remounted, a station's copy on a write-protected USB stick): the
# full-screen program opens it to look through, says so at the start, and
# every form is read only, rather than refusing to start (root only: a
# read-only bind mount).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
if [ "$(id -u)" -ne 0 ] || ! command -v mount >/dev/null 2>&1; then
	echo "ok 1 - # SKIP needs root and mount for a read-only disk"; echo "1..1"; exit 0
fi
work_fixture "$TMP/db"; ok $? "fixture database made with the CLI"
mkdir "$TMP/ro" && cp -a "$TMP/db" "$TMP/ro/"
if ! mount --bind "$TMP/ro" "$TMP/ro" 2>/dev/null; then
	echo "ok 2 - # SKIP cannot bind-mount here"; echo "1..2"; exit 0
fi
trap 'tm kill-server >/dev/null 2>&1; umount "$TMP/ro" 2>/dev/null; rm -rf "$TMP"' EXIT
if ! mount -o remount,bind,ro "$TMP/ro" 2>/dev/null; then
	echo "ok 2 - # SKIP cannot remount read-only here"; echo "1..2"; exit 0
fi
before=$(cksum <"$TMP/ro/db/data.mdb")

scr_start "$TMP/ro/db"
scr_wait "$(vis 'فقط‌خواندنی سوار شده است')"; ok $? "the program starts and says the disk is read-only"
scr_keys Enter
scr_wait "$(vis 'منوی اصلی')"; ok $? "then the main menu"
scr_keys 1; scr_wait "TST-10"; ok $? "the donors' list reads"
scr_keys F5; scr_settle
scr_cap | grep -qF "$(vis 'چیزی ذخیره نمی‌شود')"; ok $? "F5 says nothing can be saved"
scr_cap | grep -qF "$(vis 'کد ملی:')"; is $? 1 "and opens no form"
scr_type 'فولاد'; scr_settle; scr_keys Enter
scr_wait "$(vis 'شرکت فولاد آذر')"; scr_settle
scr_cap | grep -qF "$(vis '(فقط‌خواندنی)')"; ok $? "a donor opens to read only"
scr_keys Tab; scr_type 'xyz'; scr_settle
scr_cap | grep -qF 'xyz'; is $? 1 "typing changes nothing"
scr_keys F10; scr_keys F10; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
is "$(cksum <"$TMP/ro/db/data.mdb")" "$before" "the database is as it was"
done_testing
