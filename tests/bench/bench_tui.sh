# Benchmark of the full-screen program, driven in tmux at 80x24 like the
# screen tests (tests/screen/screen.inc):
#   - bytes written to the terminal for one character typed in a form field
#     (target <= 64) and for repainting a whole donor form with Ctrl-L
#     (target <= 8 KB), counted with tmux pipe-pane -o;
#   - with 100,000 donors (imported from a generated CSV): time from start to
#     the first screen, to the donor list, and for End (last page) there;
#   - the peak resident set (VmHWM) of the program after browsing those
#     100,000 donors: paging, End, Home, a search typed letter by letter and
#     paging through its results (target < 16 MB, issue 9);
#   - the instructions the program executes per character typed into a form
#     field, counted by callgrind (valgrind): see the comment there.
# Prints "name: value unit (target ...)", and TABLE lines for the summary of
# `make bench` (tests/bench/table.inc).  BENCH_TUI_ROWS changes the count;
# BENCH_TUI_CALLGRIND=0 skips callgrind.
set -u
HAMYAR_SRC=${HAMYAR_SRC:-$PWD}
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/bench/table.inc"
ROWS=${BENCH_TUI_ROWS:-100000}
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
bytes_of() {	# bytes_of KEYS... : bytes the program writes after those keys
	: >"$TMP/out"
	tm pipe-pane -o -t main "cat >>'$TMP/out'"
	sleep 0.2
	scr_keys "$@"
	sleep 0.6
	tm pipe-pane -t main
	sleep 0.1
	wc -c <"$TMP/out" | tr -d ' '
}
prog_pid() {	# the program's process: the child of the tmux pane's shell
	pp=$(tm display-message -p -t main '#{pane_pid}')
	cat /proc/"$pp"/task/*/children 2>/dev/null | awk '{ print $1; exit }'
}
rss() {	# the resident set of process $pid now, in MB
	awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' /proc/"${pid:-none}"/status 2>/dev/null
}
settle() {	# waits (at most ~10 s) until the screen stops changing
	last=""; n=0
	while [ $n -lt 100 ]; do
		cur=$(scr_cap | cksum); [ "$cur" = "$last" ] && return 0
		last=$cur; n=$((n + 1)); sleep 0.1
	done
}

DB="$TMP/db"
scr_firstrun "$DB" BEN || { echo "bench_tui: cannot start the program"; exit 1; }
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab; scr_type 'علی‌رضا'
scr_wait "$(vis 'علی‌رضا')" >/dev/null
b1=$(bytes_of -l 'ی')
echo "bytes for one typed character in a field: $b1 bytes (target <= 64)"
b2=$(bytes_of -l 'ی')
echo "bytes for another typed character: $b2 bytes (target <= 64)"
table "bytes per typed character (form field, 80x24)" "$(( b1 > b2 ? b1 : b2 ))" bytes \
    "(the larger of 2)" "<=" 64
b=$(bytes_of C-l)
echo "bytes for painting the whole donor form at 80x24: $b bytes (target <= 8192)"
table "bytes to paint a whole donor form at 80x24" "$b" bytes "" "<=" 8192
scr_keys Escape; scr_wait "$(vis 'بله')" >/dev/null; scr_keys y
# a lone Esc: the key reader waits for a digit (Esc+digit is an F-key)
# and then for the rest of a sequence before it takes Esc alone (tmux's
# own escape-time set to 0); measured on the donors' list, back to the
# main menu
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; settle
tm set -g escape-time 0
e0=$(date +%s%N); scr_keys Escape; i=0
while ! scr_cap | grep -qF "$(vis 'منوی اصلی')" && [ $i -lt 500 ]; do sleep 0.01; i=$((i + 1)); done
esc=$(( ($(date +%s%N) - e0) / 1000000 ))
echo "a lone Esc acted on in $esc ms (target < 500; 650 before 183627a)"
table "a lone Esc acted on (a list, tmux escape-time 0)" "$esc" ms "" "<" 500
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

awk -v n="$ROWS" 'BEGIN {
	split("علی رضا محمد زهرا مریم حسن حسین فاطمه سارا امیر", a, " ")
	split("کریمی محمدی رضایی احمدی حسینی کاظمی سلطانی امینی نوری جعفری", b, " ")
	print "kind,name,county"
	for (i = 0; i < n; i++) printf "person,%s %s %d,TBZ\n", a[i % 10 + 1], b[int(i / 10) % 10 + 1], i
}' >"$TMP/donors.csv"
t0=$(now)
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null || echo "bench_tui: import failed"
t1=$(now)
echo "import of $ROWS donors (for the next figures): $(ms "$t0" "$t1") ms"

MENU=$(vis 'منوی اصلی')
t0=$(now)
scr_start "$DB"
while ! scr_cap 2>/dev/null | grep -qF "$MENU"; do sleep 0.005; done
t1=$(now)
echo "start to first screen with $ROWS donors: $(ms "$t0" "$t1") ms (includes starting tmux)"
pid=$(prog_pid)
steps="menu $(rss)"
table "start-up to the first screen, $ROWS donors" "$(ms "$t0" "$t1")" ms "(includes starting tmux)" - 0
t0=$(now)
tm send-keys -t main Enter
while ! scr_cap | grep -q 'BEN-'; do sleep 0.005; done
t1=$(now)
echo "donor list of $ROWS (first page, name order): $(ms "$t0" "$t1") ms"
steps="$steps, list $(rss)"
first=$(scr_cap | grep -m 1 'BEN-')
t0=$(now)
tm send-keys -t main End
while [ "$(scr_cap | grep -m 1 'BEN-')" = "$first" ]; do sleep 0.005; done
t1=$(now)
echo "End (last page of $ROWS): $(ms "$t0" "$t1") ms"
steps="$steps, End $(rss)"
t0=$(now)
tm send-keys -t main Home
while [ "$(scr_cap | grep -m 1 'BEN-')" != "$first" ]; do sleep 0.005; done
t1=$(now)
echo "Home (back to the first page): $(ms "$t0" "$t1") ms"
t0=$(now)
tm send-keys -t main NPage NPage NPage NPage NPage NPage NPage NPage NPage NPage
last=""
while :; do cur=$(scr_cap | grep -m 1 'BEN-'); [ -n "$last" ] && [ "$cur" = "$last" ] && break; last=$cur; sleep 0.02; done
t1=$(now)
echo "10 x PgDn in the list of $ROWS (until the screen settles, 20 ms polls): $(ms "$t0" "$t1") ms"

# Peak memory while browsing: after the paging above, End, Home, a family
# name searched as it is typed (a search per letter) and paged through,
# then VmHWM, the peak resident set of the program's process: heap, stack,
# the pages of the libraries and of the LMDB map that it touched.
for k in End Home NPage NPage; do scr_keys "$k"; done
for c in ک ا ظ م ی; do scr_type "$c"; done
settle
hits=$(scr_cap | grep -c 'BEN-')
steps="$steps, search $(rss)"
for k in NPage NPage NPage End Home; do scr_keys "$k"; done
settle
st=/proc/${pid:-none}/status
hwm=$(awk '/^VmHWM:/ { print $2 }' "$st" 2>/dev/null)
if [ -n "$hwm" ] && [ "$(cat /proc/"$pid"/comm)" = hamyar ]; then
	at_end=$(awk '/^(RssAnon|RssFile|RssShmem):/ { printf "%s %.1f MB, ", $1, $2 / 1024 }' "$st")
	mb=$(awk -v k="$hwm" 'BEGIN { printf "%.1f", k / 1024 }')
	echo "peak RSS browsing $ROWS donors (VmHWM; list, End, Home, PgDn, a search showing $hits rows): $mb MB (target < 16 MB; at the end ${at_end%, })"
	echo "   resident set (VmRSS, MB) after: $steps; data.mdb is $(( $(wc -c <"$DB/data.mdb") / 1048576 )) MB"
	anon=$(awk '/^RssAnon:/ { printf "%.1f", $2 / 1024 }' "$st")
	table "peak RSS browsing $ROWS donors (VmHWM)" "$mb" MB \
	    "(at the end $anon MB anonymous; the rest mapped file pages: libraries, and the LMDB map that store_trim unmaps as it grows)" "<" 16
else
	echo "peak RSS browsing $ROWS donors: not measured (no program process found)"
	table "peak RSS browsing $ROWS donors (VmHWM)" "" MB "(no process found)" "<" 16
fi
scr_keys Escape; scr_keys F10; scr_wait "$MENU" >/dev/null

# The audit screen opened on the $ROWS changes of the import above, all in
# its 30 days: F8 on the main menu until the newest change shows.  Before
# it laid out only the newest changes it keeps (its 20,000 lines), every
# change read was laid out, and the 20,000 lines moved for each one: 15 s
# for 130,000 changes on a loaded machine, where it now takes 1 s.
t0=$(now)
tm send-keys -t main F8
while ! scr_cap | grep -q 'BEN-'; do sleep 0.005; done
t1=$(now)
echo "audit screen opened on $ROWS changes in its 30 days: $(ms "$t0" "$t1") ms"
table "audit screen opened on $ROWS changes (its 30 days)" "$(ms "$t0" "$t1")" ms "(F8 on the main menu until the newest change shows)" - 0
# F7 there: the changes that hold «زهرا کاظمی» (one donor in 100), from
# Enter on the words until the count names them.  Before the screen looked
# for the words in a change's text first, every change read was laid out
# (FriBidi, its rows copied) and one key made of all its lines, and most
# dropped again: 5.6 s for 130,000 changes, 2.4 s after (a rare word).
scr_keys F7; scr_wait "$(vis 'جست‌وجو در تغییرها')" >/dev/null
scr_type 'زهرا کاظمی'
t0=$(now)
tm send-keys -t main Enter
while ! scr_cap | grep -qF "$(vis '«زهرا کاظمی»')"; do sleep 0.005; done
t1=$(now)
echo "audit screen's F7 «زهرا کاظمی» over $ROWS changes in its 30 days: $(ms "$t0" "$t1") ms"
table "audit screen F7, words of 1 change in 100, over $ROWS changes" "$(ms "$t0" "$t1")" ms "(Enter on the words until the count names them)" - 0
scr_keys F10; scr_wait "$MENU" >/dev/null; scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

# The pledges' list filtered by a county none of its rows is of: with
# $PLEDGES pledges of a Tabriz donor to a Tabriz need (tests/screen/work.inc's
# fixture), F4 «شهرستان», Ahar; from Enter to «رکوردها: ۰», every row's
# county read (row_in_county: store_record_scope, its donor and its need).
# The wall time, and the CPU time the program spent (utime + stime of its
# process, clock ticks: less moved by the machine's other work), the best
# of 3.  Before 690d61b each row of another county had its donor and need
# read a second time (links_there) to tell whether one was missing.
# BENCH_TUI_PLEDGES changes the count.
PLEDGES=${BENCH_TUI_PLEDGES:-20000}
. "$HAMYAR_SRC/tests/screen/work.inc"
cpu_ms() {	# CPU time of process $pid so far, in ms
	awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' /proc/"${pid:-none}"/stat 2>/dev/null
}
PDB="$TMP/pdb"
work_fixture "$PDB" || echo "bench_tui: pledges fixture failed"
awk -v n="$PLEDGES" 'BEGIN { print "id,donor,need,type,amount,pledged_on,status"
	for (i = 0; i < n; i++) printf "TST-%d,TST-10,TST-20,space,1000000,1403/05/01,pledged\n", 1000 + i }' >"$TMP/pledges.csv"
"$HAMYAR" --db "$PDB" import pledges "$TMP/pledges.csv" >/dev/null 2>&1 || echo "bench_tui: pledges import failed"
FMENU=$(vis 'صافی بر پایهٔ'); AHR=$(vis 'شهرستان: اهر'); ZERO=$(vis 'رکوردها: ۰')
scr_start "$PDB"; scr_wait "$MENU" >/dev/null
scr_keys 5; scr_wait 'TST-1000' 60 >/dev/null
pid=$(prog_pid)
best=""; bestcpu=""
for try in 1 2 3; do
	scr_keys F4; scr_wait "$FMENU" >/dev/null; scr_pick 'شهرستان'
	scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_type 'اهر'; settle
	c0=$(cpu_ms); t0=$(now); tm send-keys -t main Enter
	i=0
	while ! scr_cap | grep -qF "$AHR" && [ $i -lt 6000 ]; do sleep 0.005; i=$((i + 1)); done
	while ! scr_cap | grep -qF "$ZERO" && [ $i -lt 6000 ]; do sleep 0.005; i=$((i + 1)); done
	t1=$(now); c1=$(cpu_ms)
	w=$(ms "$t0" "$t1"); c=$(( ${c1:-0} - ${c0:-0} ))
	if [ $i -lt 6000 ]; then
		[ -z "$best" ] || [ "$w" -lt "$best" ] && best=$w
		[ -z "$bestcpu" ] || [ "$c" -lt "$bestcpu" ] && bestcpu=$c
	fi
	scr_keys F4; scr_wait "$FMENU" >/dev/null; scr_pick 'بدون صافی'; scr_wait 'TST-1000' 60 >/dev/null
done
echo "pledges' list of $PLEDGES filtered by a county none is of (best of 3): ${best:-not measured} ms, CPU ${bestcpu:-not measured} ms"
table "pledges' list of $PLEDGES filtered by another county (F4, best of 3)" "$best" ms \
    "(CPU ${bestcpu:-?} ms)" - 0
scr_keys F10; scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

# Instructions per typed character, counted by callgrind.  The program runs
# under valgrind --tool=callgrind on the database of $ROWS donors, with a
# new donor form open.  callgrind_control zeroes the counters (-z) while the
# program waits for a key, characters are typed one by one 0.2 s apart (as
# a person types: each is read, handled, and the screen painted and
# refreshed before the next), and once the screen has settled the counters
# are dumped: window A with N characters, window B with 2N.  Counting only
# between keys leaves out start-up, opening the list and the form, and
# quitting.  The program also repaints by itself when no key comes for
# 0.5 s (tui_screen_key): such a tick may fall into a window, so an idle
# window (no key for 1.2 s) gives the cost of one tick, and each window's
# ticks (its calls of tui_screen_paint beyond its keys) are taken off.
# The figure is the cost of the N extra characters of B over A, divided by
# N: what one more typed character costs, anything fixed per window
# cancelled out.
cg_ir() {	# cg_ir FILE: "IR PAINTS" of a callgrind dump
	awk '/^summary:/ { ir = $2 } /^cfn=/ { fn = $0 }
	/^calls=/ && fn ~ /^cfn=(\([0-9]+\) )?tui_screen_paint$/ { split($1, a, "="); p += a[2] }
	END { print ir + 0, p + 0 }' "$1" 2>/dev/null
}
cg_window() {	# cg_window NAME KEYS: types KEYS characters, dumps NAME
	callgrind_control -z "$cgpid" >/dev/null 2>&1
	i=0
	while [ "$i" -lt "$2" ]; do tm send-keys -t main -l 'ی'; sleep 0.2; i=$((i + 1)); done
	[ "$2" -eq 0 ] && sleep 1.2
	settle
	callgrind_control --dump="$1" "$cgpid" >/dev/null 2>&1
}
N=10
if [ "${BENCH_TUI_CALLGRIND:-1}" = 0 ]; then
	why="(BENCH_TUI_CALLGRIND=0)"
elif ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_control >/dev/null 2>&1; then
	why="(valgrind not installed)"
else
	why=""
	FORM=$(vis 'کد ملی:'); LIST=$(vis 'جست‌وجو:')
	{
		echo "#!/bin/sh"
		echo "exec valgrind -q --tool=callgrind --callgrind-out-file='$TMP/cg.out' --dump-instr=no \\"
		echo "    --dump-line=no --compress-strings=no --compress-pos=no '$HAMYAR' \"\$@\""
	} >"$TMP/cg.sh"
	chmod +x "$TMP/cg.sh"
	real=$HAMYAR; HAMYAR=$TMP/cg.sh
	scr_start "$DB"
	HAMYAR=$real
	if scr_wait "$MENU" 120 >/dev/null && scr_keys Enter && scr_wait "$LIST" 120 >/dev/null &&
	    scr_keys F5 && scr_wait "$FORM" 120 >/dev/null; then
		# Always a pid: callgrind_control without one acts on every
		# callgrind run of the machine.
		cgpid=$(prog_pid)
		case "$cgpid" in ''|*[!0-9]*) cgpid=0 ;; esac
		scr_keys Tab; scr_type 'علی'; settle
		[ "$cgpid" -gt 0 ] && { cg_window A "$N"; cg_window B $((2 * N)); cg_window idle 0; }
		# shellcheck disable=SC2046
		set -- $(cg_ir "$TMP/cg.out.1") $(cg_ir "$TMP/cg.out.2") $(cg_ir "$TMP/cg.out.3")
		if [ $# -eq 6 ] && [ "$1" -gt 0 ] && [ "$3" -gt 0 ]; then
			res=$(awk -v ia="$1" -v pa="$2" -v ib="$3" -v pb="$4" -v ii="$5" -v pi="$6" -v n="$N" 'BEGIN {
				tick = pi > 0 ? ii / pi : 0
				ta = pa > n ? pa - n : 0; tb = pb > 2 * n ? pb - 2 * n : 0
				ka = ia - ta * tick; kb = ib - tb * tick
				printf "%.0f %.0f %d %.0f\n", (kb - ka) / n, ka / n, ta + tb, tick }')
			set -- $res
			echo "instructions per typed character (callgrind; B-A over $N characters): $1 (window A alone: $2 per character; $3 idle repaints taken off at $4 instructions each)"
			table "instructions per typed character (callgrind)" "$1" instructions \
			    "(form field, $ROWS donors)" - 0
		else
			why="(no callgrind dump read)"
		fi
	else
		why="(the program did not reach the form under callgrind)"
	fi
	scr_keys Escape; scr_keys y; scr_keys F10; scr_keys F10
	scr_bye; scr_wait "__EXIT__=0" 60 >/dev/null
fi
if [ -n "$why" ]; then
	echo "instructions per typed character (callgrind): not measured $why"
	table "instructions per typed character (callgrind)" "" instructions "$why" - 0
fi
