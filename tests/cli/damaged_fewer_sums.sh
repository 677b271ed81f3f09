# `report` (text and --html), `rank` (--explain, --json) and `match` on a
# copy whose pledges' or payments' table a failing disk cut short
# (tests/cli/damage.py fewer TABLE: the last record of its leaf read as
# not there, without an error; the indexes still name it).  Before, on the
# pledges cut short (TST-31, 15,000,000 on need TST-22) `report` printed
# «115,000,000» pledged as «100,000,000» and the gaps 15,000,000 wider,
# `rank` other scores, and `match need TST-22` donor TST-12's open pledges
# short, each with exit 0; on the payments cut short (TST-51) `report`
# stopped with «report failed: the database is damaged» alone, without
# the database named or what to do.  Now each stops with the sentence the
# other verbs say of a damaged database (verify, the last backup), exit 3,
# printing no figure and writing no page.  `rank`, whose figures rest on
# the pledges alone, still ranks a copy whose payments were cut short.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"

work_short_copies

# stops DIR NAME VERB...: VERB on DIR ends with exit 3, the sentence alone
# on stderr, nothing on stdout
stops() {
	dir=$1 name=$2; shift 2
	"$HAMYAR" --db "$dir" "$@" >"$TMP/out" 2>"$TMP/err"
	is $? 3 "$name: $*: exit 3"
	said "$dir"; ok $? "... saying the database may be damaged, to verify and restore"
	is "$(grep -c . "$TMP/err")" 1 "... in one line"
	is "$(wc -c <"$TMP/out")" 0 "... and no figure printed"
}

"$HAMYAR" --lang en --db "$DB" report >"$TMP/out" 2>&1; ok $? "the sound database: report"
holds "$(grep '^total' "$TMP/out" | head -1)" "115,000,000 30,000,000" "... 115,000,000 pledged, 30,000,000 received"
"$HAMYAR" --db "$DB" rank >"$TMP/sound.rank" 2>&1; ok $? "... rank"
"$HAMYAR" --db "$DB" match need TST-22 >"$TMP/out" 2>&1; ok $? "... match need TST-22"

for v in report rank "rank --explain" "rank --json" "match need TST-22" "match donor TST-12" "match donor TST-10"; do
	# shellcheck disable=SC2086
	stops "$P" "pledges cut short" $v
done
for v in report "match need TST-22" "match donor TST-12"; do
	# shellcheck disable=SC2086
	stops "$Y" "payments cut short" $v
done

echo 'an earlier page' >"$TMP/r.html"
stops "$P" "pledges cut short" report --html "$TMP/r.html" --force
is "$(cat "$TMP/r.html")" "an earlier page" "... the page there before kept"
stops "$Y" "payments cut short" report --html "$TMP/new.html"
[ ! -e "$TMP/new.html" ]; ok $? "... no page written"

"$HAMYAR" --lang en --db "$P" report >"$TMP/out" 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: stopped on a page of the database $P that could not be read: it may be damaged. Run 'hamyar --db $P verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")." \
    "in English too"

# the payments play no part in the ranking: it is whole, and given
"$HAMYAR" --db "$Y" rank >"$TMP/out" 2>&1; ok $? "payments cut short: rank still ranks"
cmp -s "$TMP/out" "$TMP/sound.rank"; ok $? "... as on the sound database"
done_testing
