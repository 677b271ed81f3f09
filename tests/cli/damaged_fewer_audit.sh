# The audit log's leaf cut short by a failing disk (tests/cli/damage.py
# fewer audit: one entry fewer, read without an error).  `audit` read
# whole already stopped with the damaged-database sentence; `audit
# --since` a day before the log's first entry, a walk of the whole log
# too, listed one entry fewer and ended with exit 0.  Now a walk that
# starts at the log's first entry, with --since or without, counts what
# it read against what LMDB counts in the log: exit 3 with the sentence.
# A --since after the entry lost, a walk of part of the log, cannot be
# counted, and lists what it reads as before.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base


is "$(fewer_copy "$TMP/b.mdb" "$TMP/p" audit)" 1 "the log's page: one node fewer"
"$HAMYAR" --db "$TMP/p" audit >"$TMP/out" 2>"$TMP/err"
is $? 3 "audit: exit 3"
said "$TMP/p"; ok $? "... saying the database may be damaged"
"$HAMYAR" --db "$TMP/p" audit --since 1400/01/01 >"$TMP/out" 2>"$TMP/err"
is $? 3 "audit --since a day before the log: exit 3, not 0 with an entry left out"
said "$TMP/p"; ok $? "... saying the database may be damaged, to verify and restore"
"$HAMYAR" --db "$TMP/p" audit --since 2000-01-01 >"$TMP/out" 2>"$TMP/err"
is $? 3 "... a Gregorian day too"
"$HAMYAR" --db "$TMP/p" audit --since "$(date -d tomorrow +%F)" >"$TMP/out" 2>"$TMP/err"
is $? 0 "audit --since a day after the log: nothing to count, exit 0"
"$HAMYAR" --db "$TMP/p" audit --user root --since 1400/01/01 >"$TMP/out" 2>"$TMP/err"
is $? 3 "audit --user --since: exit 3 too"
# the sound database: the same walks end well
"$HAMYAR" --db "$D" audit --since 1400/01/01 >"$TMP/out" 2>"$TMP/err"
is $? 0 "the sound database: audit --since exit 0"
holds "$(cat "$TMP/out")" "MRD-2" "... listing the second donor's creation"
"$HAMYAR" --db "$D" audit --since 1400/01/01 --id MRD-2 >"$TMP/out" 2>"$TMP/err"
is $? 0 "... and audit --id --since"
done_testing
