#!/bin/sh
# Runs every benchmark (tests/bench/bench_* programs and bench_*.sh scripts);
# each prints its own figures as "name: value unit (target ...)".
# Benchmarks measure; they never fail a build on a time.
set -u
export HAMYAR_BIN=${HAMYAR_BIN:-$PWD/build/hamyar}
export HAMYAR_SRC="$PWD"
export LC_ALL=C.UTF-8
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
for b in "$@" tests/bench/bench_*.sh; do
	[ -e "$b" ] || continue
	echo "== $(basename "$b")"
	case "$b" in *.sh) sh "$b" ;; *) "$b" ;; esac || echo "   (benchmark $(basename "$b") failed: exit $?)"
done
