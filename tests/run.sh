#!/bin/sh
# Runs every test program and script, each speaking TAP ("ok N - name",
# "not ok N - name", plan "1..N"), and ends with the one summary line
# "N passed, N failed".  A program that crashes, times out or stops short of
# its plan counts the missing tests as failed.  Logs go to $BUILD/test-logs.
#
# Usage: tests/run.sh [TEST_BINARY ...]   (scripts under tests/cli and
# tests/screen are found here).  HAMYAR_BIN names the program under test.
# HAMYAR_WRAP (e.g. "valgrind -q ...") is put before each test binary and,
# through a small wrapper script, before the program the scripts run;
# HAMYAR_WRAP_TOOLS (check-i386 under qemu-i386) is put before the test
# tools the scripts run beside the program (tests/store/put_raw), which are
# otherwise run as they are, even under valgrind;
# HAMYAR_SCRIPTS (space-separated paths) runs only those scripts.  Each
# test's wall time goes to $BUILD/test-logs/times-ms (milliseconds, name).
set -u
BUILD=${BUILD:-build}
LOGS="$BUILD/test-logs"
mkdir -p "$LOGS"
export CMOCKA_MESSAGE_OUTPUT=TAP
export HAMYAR_BIN=${HAMYAR_BIN:-$PWD/$BUILD/hamyar}
export HAMYAR_SRC="$PWD"
export LC_ALL=C.UTF-8
export HAMYAR_TEST_TMP="${TMPDIR:-/tmp}/hamyar-test.$$"
mkdir -p "$HAMYAR_TEST_TMP"
pass=0 fail=0
: >"$LOGS/times-ms"

run_one() {
	name=$1; shift
	log="$LOGS/$(echo "$name" | tr '/' '_').log"
	t0=$(date +%s%N)
	timeout 900 "$@" >"$log" 2>&1 </dev/null
	rc=$?
	# how long each took, for whoever keeps make check within its time
	echo "$((($(date +%s%N) - t0) / 1000000)) $name" >>"$LOGS/times-ms"
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	plan=$(sed -n 's/^1\.\.\([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
	missing=0
	if [ -n "$plan" ] && [ $((p + f)) -lt "$plan" ]; then missing=$((plan - p - f)); fi
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && [ "$missing" -eq 0 ]; then missing=1; fi
	f=$((f + missing))
	pass=$((pass + p)); fail=$((fail + f))
	if [ "$f" -eq 0 ]; then
		printf '  %-40s %5d passed\n' "$name" "$p"
	else
		printf '  %-40s %5d passed, %d FAILED (exit %d)\n' "$name" "$p" "$f" "$rc"
		grep -E '^not ok |^#' "$log" | head -n 40 | sed 's/^/      /'
		[ "$missing" -gt 0 ] && tail -n 15 "$log" | sed 's/^/      | /'
	fi
}

WRAP=${HAMYAR_WRAP:-}
if [ -n "$WRAP" ]; then
	# The scripts run "$HAMYAR_BIN" as one word: a wrapper script, in a
	# folder that also holds the tools they find beside the program
	# ($(dirname "$HAMYAR_BIN")/tests/store/put_raw).
	W="$PWD/$LOGS/wrapped"
	case "$LOGS" in /*) W="$LOGS/wrapped" ;; esac
	mkdir -p "$W/tests/store"
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$WRAP" "$HAMYAR_BIN" >"$W/hamyar"
	tool="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "${HAMYAR_WRAP_TOOLS:-}" "$tool" >"$W/tests/store/put_raw"
	chmod +x "$W/hamyar" "$W/tests/store/put_raw"
	HAMYAR_BIN="$W/hamyar"
fi
# Every test, one a line: "u PATH" a test program, "s PATH" a script.
# With several lanes the scripts go first, in the order given, so that
# none starts last and keeps one lane running alone; but fault/test_fault,
# the longest test of all under ASan (four minutes, where a script takes
# under one), goes before them (last, it kept one lane running alone).
LIST="$HAMYAR_TEST_TMP/list"
: >"$LIST"
units() { for t in "$@"; do echo "u $t" >>"$LIST"; done; }
if [ "${HAMYAR_JOBS:-1}" -le 1 ]; then
	units "$@"
else
	for t in "$@"; do
		case $t in */fault/test_fault) units "$t" ;; esac
	done
fi
# HAMYAR_NO_SCRIPTS=1: unit tests only (check-i386 has no TUI program).
if [ "${HAMYAR_NO_SCRIPTS:-0}" != 1 ]; then
	for t in ${HAMYAR_SCRIPTS:-tests/cli/*.sh tests/screen/*.sh}; do
		[ -f "$t" ] && echo "s $t" >>"$LIST"
	done
fi
if [ "${HAMYAR_JOBS:-1}" -gt 1 ]; then
	for t in "$@"; do
		case $t in */fault/test_fault) ;; *) units "$t" ;; esac
	done
fi
TOTAL=$(wc -l <"$LIST")

# HAMYAR_JOBS lanes (default 1) take the tests in list order, each the next
# one not yet taken (a counter behind a mkdir lock), and leave their counts
# in $HAMYAR_TEST_TMP/lane.N.  Several lanes run side by side where nothing
# is timed: make check (six: the screen tests mostly wait on tmux, each with
# its own server and folder) and make valgrind (one valgrind keeps one core
# busy).  The default here is one lane, in order.
JOBS=${HAMYAR_JOBS:-1}
echo 0 >"$HAMYAR_TEST_TMP/next"
take() {	# the number of the next test into $n; 1 when none is left
	until mkdir "$HAMYAR_TEST_TMP/lock" 2>/dev/null; do sleep 0.05; done
	read -r n <"$HAMYAR_TEST_TMP/next"
	echo $((n + 1)) >"$HAMYAR_TEST_TMP/next"
	rmdir "$HAMYAR_TEST_TMP/lock"
	[ "$n" -lt "$TOTAL" ]
}
lane() {
	while take; do
		line=$(sed -n "$((n + 1))p" "$LIST")
		t=${line#? }
		case $line in
		u*)	# shellcheck disable=SC2086 # WRAP is a command line, split on purpose
			run_one "${t#$BUILD/tests/}" $WRAP "$t" ;;
		*)	run_one "${t#tests/}" sh "$t" ;;
		esac
	done
	echo "$pass $fail" >"$HAMYAR_TEST_TMP/lane.$1"
}
if [ "$JOBS" -le 1 ]; then
	lane 0
else
	w=0
	while [ "$w" -lt "$JOBS" ]; do
		lane "$w" &
		w=$((w + 1))
	done
	wait
fi
pass=0 fail=0
w=0
while [ "$w" -lt "$JOBS" ]; do
	if read -r p f <"$HAMYAR_TEST_TMP/lane.$w"; then
		pass=$((pass + p)); fail=$((fail + f))
	else
		echo "  lane $w of the tests did not finish"; fail=$((fail + 1))
	fi
	w=$((w + 1))
done
rm -rf "$HAMYAR_TEST_TMP"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
