# `sync resolve ID merge` on a conflict whose two versions hold the same
# values (TBZ and HQ each changed «علی‌رضا کریمی»'s mobile to the same
# number while apart, HQ's typed in Persian digits) was taken and written
# to the audit log as «decision: merged», where there was nothing to
# merge; the conflict screen refuses F2 there and says mine or theirs
# closes it (tests/screen/confl_same_edit.sh).  It is still taken, exit 0,
# so a script that resolves every conflict with merge goes on, but it is
# recorded as what it is, mine kept (as F4 records it), and the standard
# error says so.  A conflict whose values differ is still merged.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
tbz_donors; ok $? "two donors of TBZ reach HQ"
printf 'id,mobile\nTBZ-1,09141230001\nTBZ-2,09121110000\n' >"$TMP/t1.csv"
printf 'id,mobile\nTBZ-1,۰۹۱۴۱۲۳۰۰۰۱\nTBZ-2,۰۹۳۵۱۱۱۰۰۰۰\n' >"$TMP/q1.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q1.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed at TBZ and at HQ; TBZ's bundle applied at HQ"

"$HAMYAR" --lang en --db "$Q" sync resolve TBZ-1 merge >"$TMP/out" 2>"$TMP/err"
ok $? "merge on the alike versions: taken, exit 0"
is "$(cat "$TMP/out")" "TBZ-1 resolved" "... the standard output as ever"
is "$(cat "$TMP/err")" "hamyar: TBZ-1: the two versions hold the same values, nothing to merge: recorded as mine (this database's version kept)" \
    "... the standard error says it was recorded as mine"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-1 >"$TMP/a1"
grep -q 'decision: merged' "$TMP/a1"; is $? 1 "... the audit log reads no merge"
grep -qx "  decision: kept mine" "$TMP/a1"; ok $? "... but «decision: kept mine», as F4 records it"
"$HAMYAR" --lang en --db "$Q" sync conflicts --all | grep -q '^donor TBZ-1 .*decided=mine'; ok $? "... decided=mine in the queue"

"$HAMYAR" --db "$Q" sync resolve TBZ-2 merge >"$TMP/out" 2>"$TMP/err"
ok $? "merge on two mobiles that differ: taken"
is "$(cat "$TMP/err")" "" "... nothing said on the standard error"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-2 | grep -q 'decision: merged'; ok $? "... recorded as merged"
done_testing
