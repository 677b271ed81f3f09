# The audit log's index by record cut short by a failing disk
# (tests/cli/damage.py fewer audit_id: its leaf one node fewer, read
# without an error): the last record in it, the clerk «zohre.k» (a login
# after the others in byte order), lost all its entries there.  Before,
# `audit --id zohre.k` said no change was recorded for him and ended with
# exit 0, the log itself whole.  Now a walk of a record's entries that
# reaches its end counts the index against what LMDB counts in it: exit 3
# with the damaged-database sentence, for that record or any other; verify
# names the index.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base
"$HAMYAR" --db "$D" user add zohre.k --role clerk --county MRD >/dev/null 2>&1; ok $? "and a clerk, zohre.k"
"$HAMYAR" --db "$D" backup "$TMP/b2.mdb" >/dev/null 2>&1; ok $? "a compact copy"


P="$TMP/p"
is "$(fewer_copy "$TMP/b2.mdb" "$P" audit_id)" 1 "the index's page: one node fewer"
"$HAMYAR" --db "$P" audit --id zohre.k >"$TMP/out" 2>"$TMP/err"
is $? 3 "audit --id zohre.k: exit 3, not 0"
said "$P"; ok $? "... saying the database may be damaged, to verify and restore"
grep -qF 'تغییری ثبت نشده' "$TMP/err"; is $? 1 "... not that nothing is recorded for him"
"$HAMYAR" --db "$P" audit --id MRD-2 >"$TMP/out" 2>"$TMP/err"
is $? 3 "audit --id MRD-2, its entry in the index: exit 3 too"
grep -qF 'موسوی‌پور' "$TMP/out"; ok $? "... its creation listed first"
said "$P"; ok $? "... then the sentence"
"$HAMYAR" --lang en --db "$P" audit --id zohre.k >"$TMP/out" 2>"$TMP/err"
is $? 3 "in English: exit 3"
grep -qF "hamyar: stopped on a page of the database $P that could not be read: it may be damaged. Run 'hamyar --db $P verify'" "$TMP/err"
ok $? "in English: the same sentence"
"$HAMYAR" --db "$P" verify >"$TMP/out" 2>"$TMP/err"
is $? 1 "verify: exit 1"

# the sound database: zohre.k's creation, exit 0
"$HAMYAR" --db "$D" audit --id zohre.k >"$TMP/out" 2>"$TMP/err"; ok $? "the database itself: exit 0"
grep -qF 'zohre.k' "$TMP/out"; ok $? "... his creation listed"
[ ! -s "$TMP/err" ]; ok $? "... nothing on stderr"
done_testing
