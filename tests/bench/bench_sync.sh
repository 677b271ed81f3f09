# Offline sync (SPEC §10) at a province's sizes: a station's bundle of
# 20,000 new donors applied at headquarters, and a second station's bundle
# of 5,000 donors whose national ids headquarters already holds (the same
# people registered twice while apart: each becomes a suspected duplicate).
# SPEC sets no figure; these are printed so a slow path shows (a bundle of
# 5,000 duplicates took 54 s when each change scanned the whole queue).
# BENCH_SYNC_ROWS and BENCH_SYNC_DUPS change the sizes.
set -u
HAMYAR=${HAMYAR_BIN:-./build/hamyar}
N=${BENCH_SYNC_ROWS:-20000}
D=${BENCH_SYNC_DUPS:-5000}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench_sync.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "${HAMYAR_SRC:-.}/tests/bench/table.inc"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
donors() {	# donors FIRST COUNT COUNTY
	awk -v f="$1" -v n="$2" -v c="$3" 'function nid(k,   s, i, body, r, d) {
		body = sprintf("%09d", k); s = 0
		for (i = 0; i < 9; i++) s += substr(body, i + 1, 1) * (10 - i)
		r = s % 11; d = r < 2 ? r : 11 - r; return body d }
	BEGIN {
		print "kind,name,county,national_id"
		for (i = f; i < f + n; i++)
			printf "person,مریم احمدی‌نژاد %d,%s,%s\n", i, c, nid(137000000 + i)
	}'
}
for s in TBZ MRG HQ; do
	"$HAMYAR" --db "$TMP/$s" init --station $s >/dev/null 2>&1 || { echo "   init $s failed"; exit 1; }
done
for s in TBZ MRG; do
	"$HAMYAR" --db "$TMP/HQ" sync trust $s "$("$HAMYAR" --db "$TMP/$s" sync key | tail -n 1)" >/dev/null ||
	    { echo "   sync trust failed"; exit 1; }
done
donors 1 "$N" TBZ >"$TMP/t.csv"
donors 1 "$D" MRG >"$TMP/m.csv"
"$HAMYAR" --db "$TMP/TBZ" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
    "$HAMYAR" --db "$TMP/MRG" import donors "$TMP/m.csv" >/dev/null 2>&1 ||
    { echo "   import failed"; exit 1; }
"$HAMYAR" --db "$TMP/TBZ" sync export --to HQ --out "$TMP/t.bundle" 2>/dev/null &&
    "$HAMYAR" --db "$TMP/MRG" sync export --to HQ --out "$TMP/m.bundle" 2>/dev/null ||
    { echo "   sync export failed"; exit 1; }
echo "   bundles: $N new donors ($(wc -c <"$TMP/t.bundle" | tr -d ' ') bytes), $D of the same national ids from another station"

t0=$(now)
"$HAMYAR" --db "$TMP/HQ" sync import "$TMP/t.bundle" >/dev/null 2>&1 || { echo "   sync import failed"; exit 1; }
t1=$(now)
a=$(secs "$t0" "$t1")
ar=$(awk -v n="$N" -v s="$a" 'BEGIN { printf "%.0f", n / s }')
echo "sync_apply: $a s for $N changes ($ar changes/s; verified, applied in one transaction)"
t0=$(now)
"$HAMYAR" --db "$TMP/HQ" sync import "$TMP/m.bundle" >/dev/null 2>&1 || { echo "   sync import of duplicates failed"; exit 1; }
t1=$(now)
d=$(secs "$t0" "$t1")
listed=$("$HAMYAR" --lang en --db "$TMP/HQ" sync conflicts | grep -c '^donor .* duplicate$')
echo "sync_duplicates: $d s for $D changes that are suspected duplicates ($listed listed)"
table "sync: apply a bundle of $N new donors" "$ar" changes/s "" - 0
table "sync: a bundle of $D suspected duplicates" "$d" s "($listed listed)" - 0
