# Importing 100,000 donors from CSV (SPEC §12 import), beside sqlite3's own
# .import of the same file into a table with the same indexes (unique
# national id, county, name), in the same run, and beside raw LMDB: the same
# rows put as they are, keyed by national id, in one transaction
# (bench_store --raw-import; $BENCH_STORE names another copy of it).  All
# figures are printed, and one row of the summary table; nothing fails on a
# time.
# BENCH_IMPORT_ROWS changes the size.
set -u
HAMYAR=${HAMYAR_BIN:-./build/hamyar}
N=${BENCH_IMPORT_ROWS:-100000}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench_import.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "${HAMYAR_SRC:-.}/tests/bench/table.inc"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

awk -v n="$N" 'function nid(k,   s, i, body, r, c) {
	body = sprintf("%09d", k); s = 0
	for (i = 0; i < 9; i++) s += substr(body, i + 1, 1) * (10 - i)
	r = s % 11; c = r < 2 ? r : 11 - r; return body c }
BEGIN {
	split("TBZ MRG MRD MNH AHR BNB SRB HST", cty, " ")
	split("علی محمد فاطمه زهرا حسین مریم رضا سارا", first, " ")
	split("کریمی رضایی احمدی‌نژاد حسینی نوری کاظمی", last, " ")
	print "name,kind,county,national_id,mobile"
	for (i = 1; i <= n; i++)
		printf "%s %s %d,person,%s,%s,0914%07d\n", first[i % 8 + 1], last[i % 6 + 1], i,
		    cty[i % 8 + 1], nid(136000000 + i), i
}' >"$TMP/donors.csv"
echo "   file: $N donors, $(wc -c <"$TMP/donors.csv" | tr -d ' ') bytes"

"$HAMYAR" --db "$TMP/db" init --station TBZ >/dev/null 2>&1 || { echo "   hamyar init failed"; exit 1; }
t0=$(now)
"$HAMYAR" --db "$TMP/db" import donors "$TMP/donors.csv" >/dev/null 2>"$TMP/err" || { echo "   hamyar import failed:"; head -n 5 "$TMP/err"; exit 1; }
t1=$(now)
h=$(secs "$t0" "$t1")
echo "import_hamyar: $h s for $N donors ($(awk -v n="$N" -v s="$h" 'BEGIN { printf "%.0f", n / s }') rows/s; validated, indexed, change and audit log)"

hr=$(awk -v n="$N" -v s="$h" 'BEGIN { printf "%.0f", n / s }')
sr=""
rr=""
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$TMP/s.db" "CREATE TABLE donors(name TEXT, kind TEXT, county TEXT, national_id TEXT UNIQUE, mobile TEXT);
		CREATE INDEX donors_county ON donors(county); CREATE INDEX donors_name ON donors(name);"
	t0=$(now)
	sqlite3 "$TMP/s.db" ".import --csv --skip 1 $TMP/donors.csv donors" || echo "   sqlite3 .import failed"
	t1=$(now)
	s=$(secs "$t0" "$t1")
	echo "import_sqlite3: $s s for $(sqlite3 "$TMP/s.db" 'SELECT count(*) FROM donors') rows (.import into an indexed table, no validation)"
	echo "import_ratio: hamyar/sqlite3 = $(awk -v a="$h" -v b="$s" 'BEGIN { printf "%.2f", a / b }') (target: below 1)"
	sr=$(awk -v n="$N" -v s="$s" 'BEGIN { printf "%.0f", n / s }')
else
	echo "import_sqlite3: sqlite3 not installed"
fi

# Raw LMDB: bench_store --raw-import puts the same rows, as they are, keyed
# by national id, in one transaction with one durable commit (as the import
# does); no validation, no index.
case "${BUILD:-build}" in /*) RAW=$BUILD ;; *) RAW=${HAMYAR_SRC:-.}/${BUILD:-build} ;; esac
RAW=${BENCH_STORE:-$RAW/tests/bench/bench_store}
if [ -x "$RAW" ] && out=$("$RAW" --raw-import "$TMP/donors.csv" "$TMP/raw"); then
	r=${out% *}
	echo "import_raw_lmdb: $r s for ${out#* } rows (LMDB puts of the rows keyed by national id, one transaction; no validation, no index)"
	rr=$(awk -v n="$N" -v s="$r" 'BEGIN { printf "%.0f", n / s }')
else
	echo "import_raw_lmdb: not measured ($RAW missing or failed)"
fi

note="(sqlite3 .import ${sr:-not measured} rows/s; raw LMDB puts ${rr:-not measured} rows/s)"
if [ -n "$sr" ]; then
	table "import $N donors from CSV" "$hr" rows/s "$note" ">" "$sr" "> sqlite3 ($sr rows/s)"
else
	table "import $N donors from CSV" "$hr" rows/s "$note" "-" 0 "> sqlite3 (not measured)"
fi
