# The handler that turns a segmentation fault on a damaged page into a
# sentence (cli_catch_damage) replaced AddressSanitizer's own handler:
# under make asan, a fault in the program's own code, with the handler
# set, ended with "a page of the database may be damaged" and exit 3, and
# the sanitizer's report (what the fault was, and where) was never
# written.  Now the sanitizer's handler reports first, and the program
# still ends with the sentence and exit 3 (what damaged_read.sh and
# verify_audit.sh expect in both builds).  The fault is a SIGSEGV sent to
# `sync import -` while it waits for its bundle on a FIFO, with the
# database open and the handler set.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "a database"
mkfifo "$TMP/fifo"
"$HAMYAR" --db "$D" sync import - <"$TMP/fifo" >"$TMP/out" 2>"$TMP/err" &
P=$!
exec 3>"$TMP/fifo"
# waiting for the bundle: the database open, the handler set before
i=0
while [ $i -lt 200 ] && ! grep -q pipe "/proc/$P/wchan" 2>/dev/null; do
	sleep 0.05; i=$((i + 1))
done
grep -q pipe "/proc/$P/wchan"; ok $? "sync import waits on the FIFO"
kill -s SEGV "$P"
exec 3>&-
wait "$P"
is $? 3 "a segmentation fault: exit 3"
grep -qF "صفحه‌ای از پایگاه دادهٔ $D خوانده نشد و کار متوقف شد" "$TMP/err"; ok $? "with the sentence"
if ldd "$HAMYAR" 2>/dev/null | grep -q libasan; then
	grep -q 'ERROR: AddressSanitizer: SEGV' "$TMP/err"; ok $? "make asan: the sanitizer's report is written"
	grep -q '#0 0x' "$TMP/err"; ok $? "make asan: with its stack"
	tail -n 1 "$TMP/err" | grep -qF 'خوانده نشد و کار متوقف شد'; ok $? "make asan: the sentence last"
else
	grep -q 'Sanitizer' "$TMP/err"; is $? 1 "no sanitizer here: only the sentence"
fi
done_testing
