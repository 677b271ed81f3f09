# A backup stopped midway (a killed SSH session, kill, Ctrl-C, a power cut)
# left its temporary copy beside the backup, "hamyar.mdb.tmp1234", a file
# of the backup's size that a clerk copying the stick could take for a
# backup; nothing ever removed it.  Now the copy is made under a hidden
# name that says it is incomplete (".hamyar.mdb.hamyar-incomplete.PID"),
# removed when the backup is stopped by SIGINT, SIGTERM or SIGHUP, and a copy left
# by one that could not remove it (SIGKILL) is removed by the next backup
# into that folder; a backup still running keeps its copy.  The stop is
# said on stderr («... متوقف شد: چیزی نوشته نشد ...»; before, nothing was).  The copy is
# held midway with strace, each write delayed.  (A background job of a
# script starts with SIGINT ignored, and the program leaves it so: env
# --default-signal gives it back, for Ctrl-C.)
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with two donors"

if ! command -v strace >/dev/null 2>&1 ||
    ! strace -f -o /dev/null -e inject=write:delay_enter=1 true >/dev/null 2>&1; then
	echo "ok $((T_N + 1)) - # SKIP strace cannot delay writes here"; T_N=$((T_N + 1))
	done_testing; exit
fi

# slow FILE: a backup to FILE in the background, each of its writes held
# for 3 s; waits until a new file is there (its copy), and sets SP (strace) and HP (the
# program)
slow() {
	before=$(ls -A "$(dirname "$1")")
	# (LeakSanitizer cannot run under ptrace)
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	env $DEFSIG strace -f -o /dev/null -e trace=write -e inject=write:delay_enter=3000000 \
	    "$HAMYAR" --db "$D" backup "$1" >"$TMP/out" 2>"$TMP/err" &
	SP=$!
	i=0
	while [ $i -lt 200 ] && [ "$(ls -A "$(dirname "$1")")" = "$before" ]; do
		sleep 0.05; i=$((i + 1))
	done
	HP=$(cat "/proc/$SP/task/$SP/children" 2>/dev/null | cut -d' ' -f1)
	[ -n "$HP" ]
}

mkdir "$TMP/usb"
SIGS="TERM HUP" DEFSIG=
if env --default-signal=INT true 2>/dev/null; then
	SIGS="INT $SIGS" DEFSIG=--default-signal=INT
fi
for sig in $SIGS; do
	slow "$TMP/usb/hamyar.mdb"; ok $? "SIG$sig: a backup under way, its copy being written"
	kill -s "$sig" "$HP"; wait "$SP"; r=$?
	[ "$r" -ne 0 ]; ok $? "SIG$sig: it ends (status $r)"
	is "$(ls -A "$TMP/usb")" "" "SIG$sig: nothing left on the stick"
	is "$(cat "$TMP/err")" "hamyar: پشتیبان‌گیری در $TMP/usb/hamyar.mdb متوقف شد: چیزی نوشته نشد و پرونده‌ای که از پیش آنجا بود دست نخورد" \
	    "SIG$sig: said to be stopped, nothing written (before, nothing said)"
done

slow "$TMP/usb/hamyar.mdb"; ok $? "SIGKILL: a backup under way"
kill -s KILL "$HP"; wait "$SP"
is "$(ls "$TMP/usb")" "" "SIGKILL: no file a clerk sees"
left=$(ls -A "$TMP/usb")
case $left in .hamyar.mdb.hamyar-incomplete.[0-9]*) r=0 ;; *) r=1 ;; esac
ok $r "its copy, left, hidden and named as incomplete ($left)"

# a backup running while another starts keeps its copy; the one the
# SIGKILL left goes
slow "$TMP/usb/hamyar.mdb"; ok $? "a backup under way again"
"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar-2.mdb" >/dev/null 2>&1; ok $? "a second backup into the folder meanwhile"
ls -A "$TMP/usb" | grep -qxF "$left"; is $? 1 "the copy the SIGKILL left is removed"
is "$(ls -A "$TMP/usb" | grep -c incomplete)" 1 "the copy of the backup still running is not"
wait "$SP"; ok $? "that backup ends well"
grep -qF "پشتیبان در $TMP/usb/hamyar.mdb نوشته شد" "$TMP/out"; ok $? "... saying it was written"
is "$(ls -A "$TMP/usb" | tr '\n' ' ')" "hamyar-2.mdb hamyar-2.mdb.b2sum hamyar.mdb hamyar.mdb.b2sum " "only the two backups on the stick, with their checksums"
for f in hamyar hamyar-2; do
	"$HAMYAR" --db "$TMP/usb/$f.mdb" export donors | grep -qF 'کریمی‌نژاد'; ok $? "$f.mdb reads, with the donors"
done
done_testing
