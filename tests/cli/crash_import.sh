# Crash tests (issue 9, STYLE.md's SQLite model): `hamyar import` of 3,000
# donors and `hamyar sync import` of a bundle of 3,000 changes are killed
# with SIGKILL at a random moment, 20 times each (HAMYAR_LONG=1: 200).
# After every kill the database opens, `hamyar verify` finds it consistent,
# and the import is all or nothing: the donor count is the count before or
# the count after, never between.  A killed run must not have printed that
# it finished unless its rows are there.
#
# The moments are spread evenly (stratified: run i of n at a random point of
# the i-th n-th) over 0 .. 1.5 x the slowest of three uninterrupted runs
# (measured here), so kills land before the start, while reading, while
# writing, at the commit and after it; the comments at the end say how many
# runs were killed before the commit and how many got to it.
. "$HAMYAR_SRC/tests/lib.sh"

ROWS=3000
RUNS=20
[ "${HAMYAR_LONG:-0}" = 1 ] && RUNS=200

# donors.csv: valid national ids (check digit by SPEC §4, worked out here in
# awk, not by the program), Persian names with ZWNJ, Persian digits.
awk -v n=$ROWS 'BEGIN {
	print "kind,name,national_id,mobile,county,capacity"
	split("۰ ۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹", fa, " ")
	for (i = 1; i <= n; i++) {
		n9 = sprintf("001%06d", i * 7); s = 0
		for (j = 1; j <= 9; j++) s += substr(n9, j, 1) * (11 - j)
		r = s % 11; c = r < 2 ? r : 11 - r
		cap = ""; v = sprintf("%d", i * 1000)
		for (j = 1; j <= length(v); j++) cap = cap fa[substr(v, j, 1) + 1]
		printf "person,محمدرضا نوروزی‌فر %d,%s%d,0914%07d,%s,%s\n", i, n9, c, i, \
		    i % 2 ? "TBZ" : "مرند", cap
	}
}' >"$TMP/donors.csv"

count() {	# count DB: donors in DB ("export-failed" if export fails)
	if "$HAMYAR" --db "$1" export donors >"$TMP/count.csv" 2>"$TMP/count.err"; then
		awk 'END { print NR - 1 }' "$TMP/count.csv"
	else
		echo "export-failed"
		sed 's/^/# export: /' "$TMP/count.err" | head -n 3 >&2
	fi
}

# rnd MAX_SECONDS I N: a random moment in the I-th N-th of 0 .. MAX, as
# seconds with decimals.
SEED=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
echo "# seed $SEED"
K=0
rnd() {
	K=$((K + 1))
	awk -v s="$SEED" -v k="$K" -v m="$1" -v i="$2" -v n="$3" \
	    'BEGIN { srand(s + k * 7919); printf "%.4f", (i - 1 + rand()) / n * m }'
}

# now_ms: milliseconds (GNU date).
now_ms() { date +%s%3N; }

# crash NAME BASE-DB EXPECTED-AFTER COMMAND...: RUNS times, a fresh copy of
# BASE-DB in $TMP/w, COMMAND run on it ("$W" in it names the copy) and
# killed at a random moment; checks as above.
crash() {
	name=$1 base=$2 want_after=$3
	shift 3
	before=$(count "$base")
	# Uninterrupted runs: they work, and how long they take.
	d=0 rc=0
	for j in 1 2 3; do
		rm -rf "$TMP/w"; cp -r "$base" "$TMP/w"
		t0=$(now_ms)
		W="$TMP/w" sh -c "exec $*" >/dev/null 2>&1 || rc=1
		t1=$(now_ms)
		[ $((t1 - t0)) -gt $d ] && d=$((t1 - t0))
	done
	is "$rc" 0 "$name: an uninterrupted run succeeds"
	is "$(count "$TMP/w")" "$want_after" "$name: it leaves $want_after donors"
	span=$(awk -v d=$d 'BEGIN { printf "%.4f", d * 1.5 / 1000 }')
	echo "# $name: the slowest of 3 runs takes $d ms; kills within ${span}s"
	bad_open=0 bad_verify=0 bad_count=0 n_before=0 n_after=0 i=0
	while [ $i -lt $RUNS ]; do
		i=$((i + 1))
		rm -rf "$TMP/w"; cp -r "$base" "$TMP/w"
		W="$TMP/w" sh -c "exec $*" >"$TMP/out" 2>&1 &
		pid=$!
		sleep "$(rnd "$span" $i $RUNS)"
		kill -KILL $pid 2>/dev/null
		wait $pid 2>/dev/null
		if ! "$HAMYAR" --db "$TMP/w" verify >"$TMP/verify" 2>&1; then
			bad_verify=$((bad_verify + 1))
			echo "# run $i: verify failed:"; sed 's/^/#   /' "$TMP/verify" | head -n 5
			continue
		fi
		c=$(count "$TMP/w")
		if [ "$c" = "$before" ]; then
			n_before=$((n_before + 1))
		elif [ "$c" = "$want_after" ]; then
			n_after=$((n_after + 1))
		else
			bad_count=$((bad_count + 1))
			echo "# run $i: $c donors (before $before, after $want_after)"
		fi
	done
	is "$bad_verify" 0 "$name: after $RUNS kills the database opens and verify is clean every time"
	is "$bad_count" 0 "$name: all or nothing every time"
	echo "# $name: $n_before kills left the database as before, $n_after as after"
}

# ---- import ----
B="$TMP/base"
"$HAMYAR" --db "$B" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nperson,زهرا کريمی,TBZ\norg,شرکت فولاد آذربایجان,مرند\n' >"$TMP/few.csv"
"$HAMYAR" --db "$B" import donors "$TMP/few.csv" >/dev/null 2>&1
is "$(count "$B")" 2 "the base database holds 2 donors"
crash "import" "$B" $((2 + ROWS)) "\"$HAMYAR\" --db \"\$W\" import donors \"$TMP/donors.csv\""

# ---- sync import ----
S="$TMP/tbz" Q="$TMP/hq"
"$HAMYAR" --db "$S" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$Q" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$S" import donors "$TMP/donors.csv" >/dev/null 2>&1
ks=$("$HAMYAR" --db "$S" sync key | tail -n 1)
kq=$("$HAMYAR" --db "$Q" sync key | tail -n 1)
"$HAMYAR" --db "$Q" sync trust TBZ "$ks" >/dev/null
"$HAMYAR" --db "$S" sync trust HQ "$kq" >/dev/null
"$HAMYAR" --db "$S" sync export --to HQ --out "$TMP/bundle" >/dev/null 2>&1
ok $? "a bundle of $ROWS donors is made for HQ"
crash "sync import" "$Q" $ROWS "\"$HAMYAR\" --db \"\$W\" sync import \"$TMP/bundle\""

done_testing
