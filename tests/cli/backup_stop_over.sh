# A backup stopped (Ctrl-C, kill, a closed SSH session: SIGINT, SIGTERM,
# SIGHUP) over an earlier backup of the same name leaves the earlier one
# as it was, byte for byte, and nothing beside it: not the copy being
# written, nor the copy checked and marked a moment before it takes the
# name.  The database is sample data (demo) with a donor added since the
# earlier backup, so the new copy differs from it.  Each stop is made at a
# known point with strace, a system call held: a write of the copy, its
# fsync before it is checked, and the write of LMDB's that marks the
# checked copy as a backup, the last step before its rename.  (A stop
# that comes during the rename itself comes after it: the new backup,
# whole and checked, has the name.)
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" demo --size 200 >/dev/null 2>&1; ok $? "a database of sample data"
mkdir "$TMP/usb"
"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar.mdb" >/dev/null 2>&1; ok $? "an earlier backup on the stick"
cp "$TMP/usb/hamyar.mdb" "$TMP/old.mdb"
printf 'kind,name,county,mobile\nperson,سعید نوروزی‌فر آذرشهري,TBZ,۰۹۱۴۱۱۱۰۰۰۰\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor added since"

if ! command -v strace >/dev/null 2>&1 ||
    ! strace -f -o /dev/null -e inject=write:delay_enter=1 true >/dev/null 2>&1; then
	echo "ok $((T_N + 1)) - # SKIP strace cannot delay system calls here"; T_N=$((T_N + 1))
	done_testing; exit
fi

# held CALLS WHAT: a backup over the earlier one in the background, the
# system calls CALLS held for 3 s each; waits until strace shows one of
# them, on WHAT (a grep pattern), and sets SP (strace) and HP (the program)
held() {
	: >"$TMP/trace"
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	env $DEFSIG strace -f -o "$TMP/trace" -e trace="$1" -e inject="$1":delay_enter=3000000 \
	    "$HAMYAR" --db "$D" backup "$TMP/usb/hamyar.mdb" >"$TMP/out" 2>"$TMP/err" &
	SP=$!
	i=0
	while [ $i -lt 300 ] && ! grep -q "$2" "$TMP/trace"; do
		sleep 0.05; i=$((i + 1))
	done
	HP=$(cut -d' ' -f1 "/proc/$SP/task/$SP/children" 2>/dev/null)
	[ -n "$HP" ] && grep -q "$2" "$TMP/trace" && return 0
	echo "# not held at $1 after $i polls: the trace, then stderr"
	cut -c1-100 "$TMP/trace" "$TMP/err" | sed 's/^/# /'
	return 1
}

SIGS="TERM HUP" DEFSIG=
if env --default-signal=INT true 2>/dev/null; then
	SIGS="INT $SIGS" DEFSIG=--default-signal=INT
fi
for sig in $SIGS; do
	for at in write fsync pwrite64; do
		held $at "^[0-9]*  *$at("; ok $? "SIG$sig, $at: a backup held there"
		ls -A "$TMP/usb" | grep -q '^[.]hamyar[.]mdb[.]hamyar-incomplete[.][0-9]*$'
		ok $? "SIG$sig, $at: ... its copy beside the earlier backup"
		kill -s "$sig" "$HP"; wait "$SP"; r=$?
		[ "$r" -ne 0 ]; ok $? "SIG$sig, $at: it ends (status $r)"
		is "$(ls -A "$TMP/usb" | tr '\n' ' ')" "hamyar.mdb hamyar.mdb.b2sum " "SIG$sig, $at: only the earlier backup on the stick"
		cmp -s "$TMP/usb/hamyar.mdb" "$TMP/old.mdb"; ok $? "SIG$sig, $at: ... as it was"
		grep -qF 'نوشته شد' "$TMP/out"; is $? 1 "SIG$sig, $at: no word of a backup written"
	done
done
"$HAMYAR" --db "$TMP/usb/hamyar.mdb" export donors >"$TMP/e.csv" 2>/dev/null; ok $? "the earlier backup reads"
grep -qF "آذرشهري" "$TMP/e.csv"; is $? 1 "... without the donor added since"
"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar.mdb" >/dev/null 2>&1; ok $? "a backup not stopped"
"$HAMYAR" --db "$TMP/usb/hamyar.mdb" export donors | grep -qF "آذرشهری"; ok $? "... has the donor"
is "$(ls -A "$TMP/usb" | tr '\n' ' ')" "hamyar.mdb hamyar.mdb.b2sum " "... and is alone on the stick"
done_testing
