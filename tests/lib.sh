# Shared helpers for the shell tests (sourced).  Each test prints TAP:
#   ok N - name / not ok N - name, and the plan 1..N at the end.
# $HAMYAR_BIN is the program under test; $HAMYAR_TEST_TMP a scratch folder.
set -u
T_N=0
T_FAIL=0
HAMYAR=${HAMYAR_BIN:-./build/hamyar}
TMP=$(mktemp -d "${HAMYAR_TEST_TMP:-/tmp}/t.XXXXXX")
export LC_ALL=C.UTF-8
trap 'rm -rf "$TMP"' EXIT

ok() {	# ok CONDITION-EXIT-STATUS NAME
	T_N=$((T_N + 1))
	if [ "$1" -eq 0 ]; then echo "ok $T_N - $2"; else echo "not ok $T_N - $2"; T_FAIL=$((T_FAIL + 1)); fi
}
is() {	# is GOT EXPECTED NAME
	T_N=$((T_N + 1))
	if [ "$1" = "$2" ]; then echo "ok $T_N - $3"; else
		echo "not ok $T_N - $3"; T_FAIL=$((T_FAIL + 1))
		printf '# got:      %s\n# expected: %s\n' "$1" "$2"
	fi
}
holds() {	# holds TEXT PART NAME: ok if TEXT has PART in it (as it is, not
		# a pattern); else TEXT is shown
	case $1 in *"$2"*) ok 0 "$3" ;; *) ok 1 "$3"; echo "# $1" ;; esac
}
done_testing() { echo "1..$T_N"; [ "$T_FAIL" -eq 0 ]; }

# small_disk DIR SIZE [CLEANUP]: mounts a tmpfs of SIZE (64k, 2m ...) on
# DIR (made here) for a disk that fills up, and unmounts it at exit after
# running CLEANUP; without root, mount or tmpfs the whole test is skipped.
small_disk() {
	if [ "$(id -u)" -ne 0 ] || ! command -v mount >/dev/null 2>&1; then
		echo "ok 1 - # SKIP needs root and mount for a small disk"; echo "1..1"; exit 0
	fi
	mkdir -p "$1"
	if ! mount -t tmpfs -o "size=$2" tmpfs "$1" 2>/dev/null; then
		echo "ok 1 - # SKIP cannot mount a tmpfs here"; echo "1..1"; exit 0
	fi
	# shellcheck disable=SC2064 # the names are fixed now
	trap "${3:-:}; umount '$1' 2>/dev/null; rm -rf '$TMP'" EXIT
}

# Checks run as a second real uid (nobody, through setpriv; root only):
# second_uid makes $BIN a copy of the program that nobody may run, or
# returns 1 where that cannot be done (not root, no setpriv, no nogroup).
second_uid() {
	if [ "$(id -u)" -ne 0 ] || ! command -v setpriv >/dev/null 2>&1 ||
	    ! getent group nogroup >/dev/null; then
		return 1
	fi
	chmod 755 "$TMP"
	BIN=$TMP/hamyar
	cp "$HAMYAR" "$BIN" && chmod 755 "$BIN"
}
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"; }

# fresh_copy COPY DIR: DIR made afresh (what was there removed), and COPY
# (a backup's data.mdb) copied into it as its data.mdb: a database to
# damage, one copy a try.
fresh_copy() {
	rm -rf "$2" && mkdir "$2" && cp "$1" "$2/data.mdb"
}
# damaged_copy COPY DIR MODE [ARG]: fresh_copy, then the copy damaged by
# tests/cli/damage.py MODE [ARG] (its header says how each mode damages
# it): prints what damage.py prints, 1 where the place to damage was
# found.
damaged_copy() {
	fresh_copy "$1" "$2" &&
	    python3 "$HAMYAR_SRC/tests/cli/damage.py" "$2/data.mdb" "$3" ${4+"$4"}
}
# fewer_copy COPY DIR TABLE: damaged_copy with a leaf of TABLE left one
# node fewer, as a failing disk cuts a page short (damage.py fewer TABLE):
# prints 1 for the node taken off.
fewer_copy() { damaged_copy "$1" "$2" fewer "$3"; }

# tbz_hq: $T (station TBZ, in $TMP/tbz) and $Q (provincial HQ, in
# $TMP/hq) made, each trusting the other's key: the two ends of a sync
# test.  No check of its own (a later one fails without them).
tbz_hq() {
	T="$TMP/tbz" Q="$TMP/hq"
	"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1
	"$HAMYAR" --db "$Q" init --station HQ >/dev/null 2>&1
	"$HAMYAR" --db "$T" sync trust HQ "$("$HAMYAR" --db "$Q" sync key | tail -n 1)" >/dev/null
	"$HAMYAR" --db "$Q" sync trust TBZ "$("$HAMYAR" --db "$T" sync key | tail -n 1)" >/dev/null
}

# donors_db [1]: $D, a database of station MRD, and $TMP/d.csv, two donors
# (Zahra of Marand, and Ali of Tabriz typed with Arabic ي/ك), imported into
# it; with 1 only the first.  Each step is a check ("init", then "two
# donors" or "a donor").
donors_db() {
	D="$TMP/db"
	"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"
	{ echo 'نام و نام خانوادگی,نوع,شهرستان,کد ملی'
	  echo 'زهرا نوروزی‌فر,person,مرند,0012345679'
	  [ "${1:-2}" = 1 ] || echo 'علي كريمي,person,تبريز,1361234563'; } >"$TMP/d.csv"
	if [ "${1:-2}" = 1 ]; then set -- "a donor"; else set -- "two donors"; fi
	"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null; ok $? "$1"
}

# many_donors_db: $DB, a database of station MRD holding 501 donors of
# Marand, MRD-11 to MRD-511 («علی‌اکبر رضایي N», Arabic yeh typed by
# mistake), checked as "init" and "501 donors": one more than a ceremony
# may honour.
many_donors_db() {
	DB="$TMP/db"
	"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
	{
		echo 'id,kind,name,county'
		i=1
		while [ $i -le 501 ]; do
			echo "MRD-$((i + 10)),person,علی‌اکبر رضایي $i,مرند"
			i=$((i + 1))
		done
	} >"$TMP/d.csv"
	"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "501 donors"
}

# units_db: $DB, a database of station TST holding the two units of
# tests/data/screens ($DATA: Tabriz, Ahar), checked as "a database with two
# units".
units_db() {
	DB="$TMP/db"
	DATA="$HAMYAR_SRC/tests/data/screens"
	"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
	    "$HAMYAR" --db "$DB" import units "$DATA/units.csv" >/dev/null
	ok $? "a database with two units"
}
# needs_db: units_db's database with the four needs of tests/data/screens
# too, checked as "a database with two units and four needs".
needs_db() {
	DB="$TMP/db"
	DATA="$HAMYAR_SRC/tests/data/screens"
	"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
	    "$HAMYAR" --db "$DB" import units "$DATA/units.csv" >/dev/null &&
	    "$HAMYAR" --db "$DB" import needs "$DATA/needs.csv" >/dev/null
	ok $? "a database with two units and four needs"
}
# import_each DB KIND...: $TMP/KIND.csv imported into DB for each KIND in
# turn, their reports dropped; at the first that fails its errors are
# shown as comments and 1 returned, else 0.
import_each() {
	_db=$1; shift
	for _kind; do
		"$HAMYAR" --db "$_db" import "$_kind" "$TMP/$_kind.csv" >/dev/null 2>"$TMP/err" ||
		    { echo "# import $_kind failed"; sed 's/^/# /' "$TMP/err"; return 1; }
	done
}
# plain_figures: a filter that writes the text report's figures as plain
# numbers, Persian digits as ASCII and the group separators (٬ and the
# comma between digits) left out, for the tests that compare its sums:
# the report groups them (tests/cli/report_grouped.sh checks how).
plain_figures() {
	sed 's/۰/0/g; s/۱/1/g; s/۲/2/g; s/۳/3/g; s/۴/4/g; s/۵/5/g; s/۶/6/g; s/۷/7/g; s/۸/8/g; s/۹/9/g; s/٬//g; s/\([0-9]\),\([0-9]\)/\1\2/g'
}
# plain_report FILE COMMAND...: runs COMMAND (a text report), its output
# into FILE with its figures plain (plain_figures); COMMAND's exit status.
plain_report() {
	_pf=$1; shift
	"$@" >"$_pf.grouped"; _prc=$?
	plain_figures <"$_pf.grouped" >"$_pf"
	return $_prc
}
# units_csv [AJB]: $TMP/units.csv, the units of the report tests: a police
# station of Tabriz and a post of Maragheh, and with AJB a station of
# Ajabshir after them.
units_csv() {
	{ echo 'kind,name,county'
	  echo 'station,کلانتری ۱۱ تبریز,TBZ'
	  echo 'post,پاسگاه مراغه,MRG'
	  [ "${1-}" != AJB ] || echo 'station,کلانتری عجب‌شیر,AJB'; } >"$TMP/units.csv"
}

# need_chromium: $CHROMIUM, the headless browser that lays out the HTML
# pages, or the whole test is skipped where it is not installed.
need_chromium() {
	CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
	if [ -z "$CHROMIUM" ]; then
		echo "ok 1 - # SKIP chromium is not installed (tools/deps.sh installs it)"
		echo "1..1"; exit 0
	fi
}

# need_gdb: the whole test is skipped where gdb cannot run the program
# (not installed, or not able to run it to its end here: the ASan build,
# a container without ptrace); for the tests that stop the program at a
# known point with gdb (a file appearing, a stop while a file is written).
need_gdb() {
	if ! command -v gdb >/dev/null 2>&1 ||
	    ! gdb -q -batch -ex run --args "$HAMYAR" --version 2>&1 | grep -q 'exited normally'; then
		echo "ok 1 - # SKIP gdb cannot run the program here"; echo "1..1"; exit 0
	fi
}

# gdb_place BREAK WHAT FILE ARGS...: "$HAMYAR" ARGS run under gdb, stopped
# at the function BREAK, WHAT copied to FILE there, then run on: a file
# that comes at a known moment (while the program writes its own to
# FILE), without timing; need_gdb first.  The program's stdout into
# $TMP/out, its stderr into $TMP/err, its exit status into $rc.  (run's
# arguments, quoted for the shell gdb starts, take --args' place, so that
# the program's own output is redirected, not gdb's.)
# A file already at FILE is written into (cp: the same file, its bytes
# changed).
gdb_place() {
	_brk=$1 _what=$2 _file=$3; shift 3
	_gdb_at "$_brk" "cp '$_what' '$_file'" "$@"
}
# gdb_replace BREAK WHAT FILE ARGS...: gdb_place, but WHAT put at FILE as
# another file that takes the place of the one there, as an editor saves:
# copied beside it, then renamed over it (another inode).
gdb_replace() {
	_brk=$1 _what=$2 _file=$3; shift 3
	_gdb_at "$_brk" "cp '$_what' '$_file.came' && mv -f '$_file.came' '$_file'" "$@"
}
# _gdb_at BREAK COMMAND ARGS...: the two above, COMMAND the shell's at BREAK.
_gdb_at() {
	_brk=$1 _cmd=$2; shift 2
	_args=
	for _a; do _args="$_args '$_a'"; done
	gdb -q -batch -ex 'set confirm off' -ex "break $_brk" \
	    -ex "run $_args >'$TMP/out' 2>'$TMP/err'" -ex delete \
	    -ex "shell $_cmd" -ex continue \
	    "$HAMYAR" </dev/null >"$TMP/gdb" 2>&1
	if grep -q 'exited normally' "$TMP/gdb"; then rc=0
	else rc=$(sed -n 's/.*exited with code 0*\([0-9][0-9]*\)\].*/\1/p' "$TMP/gdb"); fi
}
