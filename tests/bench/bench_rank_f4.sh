# Benchmark of F4 (TOPSIS / SAW) on the ranking screen, driven in tmux at
# 80x24 like the screen tests: on the data of `hamyar demo` and of `hamyar
# demo --size N` (BENCH_RANK_F4_SIZE, 20000 by default), the time for 20
# presses of F4 and then F1, until the help is on the screen (each key is
# painted before the next is read), over 20.  F4 ranks the needs read
# already unless the database changed (tui/rankscr.c, rank_rescore);
# before, each press read every donor and need again.  Then, on the
# larger database, the ranking left open while another process saves one
# need after another (`import needs` of one row, its population): how long
# a key (Down, Up) takes to show, on average and at most over 40 keys a
# third of a second apart, and the share of a core the screen used
# meanwhile (utime + stime from /proc).  Before tui_reread_due it read
# every need again every two seconds while the saves went on, 0.85 s each
# on 20,000 needs: keys waited 383 ms on average, up to 1,664 ms, the
# screen at 13% of a core; 66 ms, up to 1,189 ms (a reading the keys had
# put off for 14 s), 2% after, on a shared 2-core machine.  Measures only.
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

live() {	# live DB: "MEAN MAX CPU" (ms, ms, % of a core), or "" if not measured
	scr_start "$1" --lang en
	scr_wait "Main menu" 20 >/dev/null || return 1
	scr_keys 0; scr_wait "Needs by county" 60 >/dev/null || return 1
	scr_keys F4; scr_wait "Method: TOPSIS" 60 >/dev/null || return 1
	scr_settle
	pane=$(tm display -p -t main '#{pane_pid}')
	pid=$(cat /proc/"$pane"/task/*/children 2>/dev/null | tr ' ' '\n' | head -n 1)
	[ -r "/proc/$pid/stat" ] || return 1
	# the need ranked 500th: its new population moves it far from the
	# first rows the keys go through (the first one's moved it out of
	# them, and Up on the row left first showed nothing)
	id=$("$HAMYAR" --lang en --db "$1" rank --top 500 | tail -n 1 | awk '{ print $2 }')
	: >"$TMP/saving"
	(
		i=0
		while [ -e "$TMP/saving" ]; do
			i=$((i + 1))
			printf 'id,population\n%s,%d\n' "$id" $((1000 + i)) >"$TMP/one.csv"
			"$HAMYAR" --db "$1" import needs "$TMP/one.csv" >/dev/null 2>&1
		done
	) &
	saver=$!
	c0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat"); w0=$(now)
	k=0; sum=0; max=0
	while [ $k -lt 40 ]; do
		k=$((k + 1)); key=Down; [ $((k % 2)) -eq 0 ] && key=Up
		before=$(scr_cap); t0=$(now)
		tm send-keys -t main $key
		n=0; while [ "$(scr_cap)" = "$before" ] && [ $n -lt 1000 ]; do n=$((n + 1)); sleep 0.005; done
		ms=$(( ($(now) - t0) / 1000000 ))
		sum=$((sum + ms)); [ $ms -gt $max ] && max=$ms
		sleep 0.3
	done
	c1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat"); w1=$(now)
	rm -f "$TMP/saving"; wait "$saver"
	tm kill-server >/dev/null 2>&1
	# (clock ticks of 10 ms over the milliseconds passed)
	echo "$((sum / 40)) $max $(( (c1 - c0) * 1000 / ((w1 - w0) / 1000000) ))"
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
	[ "$size" = demo ] && continue
	set -- $(live "$DB") ""
	echo "ranking left open while another process saves needs, $n needs ranked: a key ${1:-not measured} ms on average, ${2:-?} ms at most; the screen ${3:-?}% of a core"
	table "ranking open, another process saving: a key on average, $n needs ranked" "$1" ms "" - 0
	table "ranking open, another process saving: a key at most, $n needs ranked" "$2" ms "" - 0
	table "ranking open, another process saving: the screen's share of a core" "$3" % "" - 0
done
