# Benchmark: a million names through one `hamyar text normalize` and one
# `hamyar text key` process.  normalize and key run on every keystroke of
# a search, so the figure to watch is the time per line (target: a few
# microseconds, well under a millisecond).  Input: the words and names of
# tests/data/fa-words.txt over and over, every third line spelled with
# Arabic yeh and kaf, every fifth with Persian digits and doubled spaces,
# every seventh with harakat (which takes the NFC path).  Prints
# "text normalize: 1000000 lines in X s (Y us/line)".
set -u
HAMYAR=${HAMYAR_BIN:-./build/hamyar}
SRC=${HAMYAR_SRC:-.}
N=${BENCH_TEXT_LINES:-1000000}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench_text.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

awk -v n="$N" '
{ w[c++] = $0 }
END {
	for (i = 0; i < n; i++) {
		s = w[i % c]
		if (i % 3 == 0) { gsub(/ی/, "ي", s); gsub(/ک/, "ك", s) }
		if (i % 5 == 0) s = "  " s "  پلاک  ۱۲۳"
		if (i % 7 == 0) s = s " مُحَمَّد"
		print s
	}
}' "$SRC/tests/data/fa-words.txt" >"$TMP/in"

now() { date +%s.%N; }
run() {	# run OP
	t0=$(now)
	"$HAMYAR" text "$1" <"$TMP/in" >"$TMP/out"; rc=$?
	t1=$(now)
	lines=$(wc -l <"$TMP/out")
	awk -v a="$t0" -v b="$t1" -v n="$lines" -v op="$1" -v rc="$rc" 'BEGIN {
		printf "text %s: %d lines in %.3f s (%.2f us/line; exit %d)\n", op, n, b - a, (b - a) * 1e6 / n, rc
	}'
}
run normalize
run key
run digits-en
