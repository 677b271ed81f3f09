#!/bin/sh
# Runs every benchmark (tests/bench/bench_* programs and bench_*.sh scripts);
# each prints its own figures as "name: value unit (target ...)".
# Benchmarks measure; they never fail a build on a time.
#
# The figures with a target (and those issue 9 asks for) are also printed by
# the benchmarks as lines "TABLE|figure|measured|target|verdict"
# (tests/bench/table.h, tests/bench/table.inc).  Those lines are kept out of
# the output as it goes and printed at the end as ONE Markdown table, the
# table the README carries; it is also written to $BUILD/bench-table.md.
set -u
export HAMYAR_BIN=${HAMYAR_BIN:-$PWD/build/hamyar}
export HAMYAR_SRC="$PWD"
export LC_ALL=C.UTF-8
ROWS=$(mktemp "${TMPDIR:-/tmp}/bench_table.XXXXXX")
trap 'rm -f "$ROWS"' EXIT
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/^MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo)"
echo "machine: $machine"
for b in "$@" tests/bench/bench_*.sh; do
	[ -e "$b" ] || continue
	echo "== $(basename "$b")"
	{ case "$b" in *.sh) sh "$b" ;; *) "$b" ;; esac || echo "   (benchmark $(basename "$b") failed: exit $?)"; } |
	    awk -v rows="$ROWS" '/^TABLE\|/ { print >>rows; fflush(rows); next } { print; fflush() }'
done

{
	echo "Measured $(date -u +%Y-%m-%d) on: $machine ($(uname -sr)); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
	echo
	echo "| figure | measured | target | verdict |"
	echo "|---|---|---|---|"
	# The figures issue 9 names first, in its order; the others after.
	awk -F'|' '{
		f = $2; o = 9
		if (f ~ /^start-up/) o = 1; else if (f ~ /^instructions per typed/) o = 2
		else if (f ~ /^bytes/) o = 3; else if (f ~ /^peak RSS/) o = 4
		else if (f ~ /^(import|store insert)/) o = 5; else if (f ~ /^rank/) o = 6
		else if (f ~ /search p99/) o = 7
		printf "%d %04d|| %s | %s | %s | %s |\n", o, NR, f, $3, $4, $5
	}' "$ROWS" | sort | cut -d'|' -f2-
} >"$ROWS.md"
echo
echo "== summary"
cat "$ROWS.md"
[ -n "${BUILD-}" ] && [ -d "$BUILD" ] && cp "$ROWS.md" "$BUILD/bench-table.md"
rm -f "$ROWS.md"
