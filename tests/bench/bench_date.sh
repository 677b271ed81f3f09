# Benchmark: a million dates through one `hamyar date j2g` and one
# `hamyar date g2j` process (target: well under a second each, SPEC §12 /
# issue 2).  The input is generated here: consecutive real Jalali dates
# of 1300-1499, mixed with Persian-digit ones, and the ISO answers
# are fed back to g2j.  Prints "date j2g: 1000000 lines in X s".
set -u
HAMYAR=${HAMYAR_BIN:-./build/hamyar}
N=${BENCH_DATE_LINES:-1000000}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench_date.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
. "${HAMYAR_SRC:-.}/tests/bench/table.inc"

# Consecutive dates of 1300-1499, over and over (Esfand 30 skipped, so
# every line is a real date); every fourth line in Persian digits.
awk -v n="$N" 'BEGIN {
	split("۰ ۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹", fa, " ")
	y = 1300; m = 1; d = 1; leap = 0
	for (i = 0; i < n; i++) {
		s = sprintf("%d/%02d/%02d", y, m, d)
		if (i % 4 == 3) {
			t = ""
			for (k = 1; k <= length(s); k++) {
				c = substr(s, k, 1)
				t = t (c ~ /[0-9]/ ? fa[c + 1] : c)
			}
			s = t
		}
		print s
		ml = m <= 6 ? 31 : m <= 11 ? 30 : 29
		if (++d > ml) { d = 1; if (++m > 12) { m = 1; if (++y > 1499) y = 1300 } }
	}
}' >"$TMP/jalali"

now() { date +%s.%N; }
t0=$(now)
"$HAMYAR" date j2g <"$TMP/jalali" >"$TMP/iso"; rc=$?
t1=$(now)
"$HAMYAR" date g2j <"$TMP/iso" >"$TMP/back"; rc2=$?
t2=$(now)
lines=$(wc -l <"$TMP/iso")
bad=$(grep -c '^error' "$TMP/iso")
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
echo "date j2g: $lines lines in $(secs "$t0" "$t1") s (target < 1 s; exit $rc, $bad error lines)"
table "date j2g, $lines lines" "$(secs "$t0" "$t1")" s "" "<" 1
bad=$(grep -c '^error' "$TMP/back")
echo "date g2j: $(wc -l <"$TMP/back") lines in $(secs "$t1" "$t2") s (target < 1 s; exit $rc2, $bad error lines)"
table "date g2j, $(wc -l <"$TMP/back") lines" "$(secs "$t1" "$t2")" s "" "<" 1
