# Benchmark of the full-screen program, driven in tmux at 80x24 like the
# screen tests (tests/screen/screen.inc):
#   - bytes written to the terminal for one character typed in a form field
#     (target <= 64) and for repainting a whole donor form with Ctrl-L
#     (target <= 8 KB), counted with tmux pipe-pane -o;
#   - with 100,000 donors (imported from a generated CSV): time from start to
#     the first screen, to the donor list, and for End (last page) there.
# Prints "name: value unit (target ...)".  BENCH_TUI_ROWS changes the count.
set -u
HAMYAR_SRC=${HAMYAR_SRC:-$PWD}
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
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

DB="$TMP/db"
scr_firstrun "$DB" BEN || { echo "bench_tui: cannot start the program"; exit 1; }
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab; scr_type 'علی‌رضا'
scr_wait "$(vis 'علی‌رضا')" >/dev/null
b=$(bytes_of -l 'ی')
echo "bytes for one typed character in a field: $b bytes (target <= 64)"
b=$(bytes_of -l 'ی')
echo "bytes for another typed character: $b bytes (target <= 64)"
b=$(bytes_of C-l)
echo "bytes for painting the whole donor form at 80x24: $b bytes (target <= 8192)"
scr_keys Escape; scr_wait "$(vis 'بله')" >/dev/null; scr_keys y
scr_keys F10; scr_keys F10; scr_wait "__EXIT__=0" >/dev/null

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
t0=$(now)
tm send-keys -t main Enter
while ! scr_cap | grep -q 'BEN-'; do sleep 0.005; done
t1=$(now)
echo "donor list of $ROWS (first page, name order): $(ms "$t0" "$t1") ms"
first=$(scr_cap | grep -m 1 'BEN-')
t0=$(now)
tm send-keys -t main End
while [ "$(scr_cap | grep -m 1 'BEN-')" = "$first" ]; do sleep 0.005; done
t1=$(now)
echo "End (last page of $ROWS): $(ms "$t0" "$t1") ms"
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
scr_keys F10; scr_keys F10; scr_wait "__EXIT__=0" >/dev/null
