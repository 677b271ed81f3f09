# `rank --county` and `match` on a copy whose needs' table a failing disk
# cut short (tests/cli/damage.py fewer need: TST-23 «ساخت سایه‌بان» of
# Ahar, the last need, read as not there, without an error; the county's
# index still names it).  `rank` of every county walks the whole table and
# stopped on it already; `rank --county AHR` walks the county's index, and
# ended there as if Ahar had no more needs: «needs ranked: 1» over TST-22
# alone, its score 1.0000, exit 0 (a clerk's ranking is always his
# county's).  Now it stops with the damaged-database sentence, exit 3.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/work.inc"

DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: needs TST-22 and TST-23 of Ahar, TST-20 and TST-21 of Tabriz"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
N="$TMP/n"
is "$(fewer_copy "$TMP/b.mdb" "$N" need)" 1 "the needs' page: one node fewer (TST-23)"

"$HAMYAR" --lang en --db "$DB" rank --county AHR >"$TMP/out" 2>&1; ok $? "the sound database: rank --county AHR"
holds "$(head -1 "$TMP/out")" "needs ranked: 2" "... two needs ranked"

for c in AHR اهر; do
	"$HAMYAR" --lang en --db "$N" rank --county "$c" >"$TMP/out" 2>"$TMP/err"
	is $? 3 "needs cut short: rank --county $c: exit 3"
	is "$(cat "$TMP/err")" "hamyar: stopped on a page of the database $N that could not be read: it may be damaged. Run 'hamyar --db $N verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")." \
	    "... saying the database may be damaged and what to do"
	is "$(wc -c <"$TMP/out")" 0 "... and ranking none"
done
"$HAMYAR" --db "$N" rank --county AHR --explain >/dev/null 2>&1; is $? 3 "... --explain too"
"$HAMYAR" --db "$N" rank --county TBZ >/dev/null 2>&1; ok $? "Tabriz's needs, all there, still ranked"
done_testing
