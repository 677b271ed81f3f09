# Benchmark of F4 (TOPSIS / SAW) on the ranking screen, driven in tmux at
# 80x24 like the screen tests: on the data of `hamyar demo` and of `hamyar
# demo --size N` (BENCH_RANK_F4_SIZE, 20000 by default), the time for 20
# presses of F4 and then F1, until the help is on the screen (each key is
# painted before the next is read), over 20.  F4 ranks the needs read
# already unless the database changed (tui/rankscr.c, rank_rescore);
# before, each press read every donor and need again.  Measures only.
set -u
HAMYAR_SRC=${HAMYAR_SRC:-$PWD}
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/bench/table.inc"
SIZE=${BENCH_RANK_F4_SIZE:-20000}
PRESSES=20
now() { date +%s%N; }

f4() {	# f4 DB: milliseconds a press, or "" if the screens did not come
	scr_start "$1" --lang en
	scr_wait "Main menu" 20 >/dev/null || return 1
	scr_keys 0; scr_wait "Needs by county" 60 >/dev/null || return 1
	scr_keys F4; scr_wait "Method: TOPSIS" 60 >/dev/null || return 1
	scr_settle
	keys=""; i=0; while [ $i -lt $PRESSES ]; do keys="$keys F4"; i=$((i + 1)); done
	t0=$(now)
	# shellcheck disable=SC2086 # one key a word
	tm send-keys -t main $keys F1
	scr_wait "Needs open for participation" 120 >/dev/null || return 1
	t1=$(now)
	tm kill-server >/dev/null 2>&1
	echo $(( (t1 - t0) / 1000 / PRESSES ))
}

for size in demo "$SIZE"; do
	DB="$TMP/db-$size"
	if [ "$size" = demo ]; then
		"$HAMYAR" --db "$DB" demo >/dev/null 2>&1
	else
		"$HAMYAR" --db "$DB" demo --size "$size" >/dev/null 2>&1
	fi || { echo "bench_rank_f4: hamyar demo failed"; continue; }
	n=$("$HAMYAR" --lang en --db "$DB" rank --top 1 | sed -n '1s/^needs ranked: \([0-9]*\).*/\1/p')
	us=$(f4 "$DB") || us=""
	ms=""
	[ -n "$us" ] && ms=$(awk -v u="$us" 'BEGIN { printf "%.1f", u / 1000 }')
	echo "ranking F4 (TOPSIS/SAW), $n needs ranked: ${ms:-not measured} ms a press"
	table "ranking F4, $n needs ranked (80x24)" "$ms" ms "" - 0
done
