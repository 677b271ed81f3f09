# A conflict waiting at a station that HQ decides: HQ's next bundle closes
# it at the station, and the station's import says so, with how many (the
# administrator there saw them waiting, and the main menu's count drops).
# Before, the summary said "conflicts: 0" and nothing else: the waiting
# conflicts were gone without a word.  They are not counted as "came
# already settled" either (that is for conflicts this bundle brought).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
open_at() { "$HAMYAR" --lang en --db "$1" sync conflicts | grep -c '^donor'; }

tbz_donors; ok $? "TBZ-1 and TBZ-2 reach HQ"
xfer "$Q" "$T" TBZ; ok $? "HQ's answer reaches TBZ"
printf 'id,address\nTBZ-1,تبریز، باغمیشه\nTBZ-2,تبریز، ولیعصر\n' >"$TMP/t.csv"
printf 'id,address\nTBZ-1,تبریز، خیابان امام\nTBZ-2,تبریز، ائل‌گلی\n' >"$TMP/q.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1; ok $? "both edit both donors' addresses while apart"
xfer "$T" "$Q" HQ && xfer "$Q" "$T" TBZ; ok $? "bundles both ways"
is "$(open_at "$T")" 2 "two conflicts wait at TBZ"
is "$(open_at "$Q")" 2 "... and at HQ"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 mine >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync resolve TBZ-2 theirs >/dev/null 2>&1; ok $? "HQ decides both"
xfer "$Q" "$T" TBZ; ok $? "HQ's bundle imported at TBZ"
is "$(open_at "$T")" 0 "nothing waits at TBZ now"
holds "$(cat "$TMP/out")" "conflicts that waited here, decided at another database (the decisions came in this bundle; nothing is left to decide for them): 2" \
    "... and the summary says the two waiting conflicts were decided elsewhere"
grep -q 'already settled' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... not that they came already settled"
xfer "$T" "$Q" HQ; ok $? "TBZ's bundle back to HQ"
grep -q 'decided at another database' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... HQ decided them itself: nothing said"
"$HAMYAR" --db "$Q" export donors >"$TMP/q.exp"; "$HAMYAR" --db "$T" export donors >"$TMP/t.exp"
cmp -s "$TMP/q.exp" "$TMP/t.exp"; ok $? "the two hold the same donors"

# Persian, and one left waiting beside one decided
printf 'id,mobile\nTBZ-1,09141111111\nTBZ-2,09142222222\n' >"$TMP/t.csv"
printf 'id,mobile\nTBZ-1,09143333333\nTBZ-2,09144444444\n' >"$TMP/q.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1
xfer "$T" "$Q" HQ && xfer "$Q" "$T" TBZ
"$HAMYAR" --db "$Q" sync resolve TBZ-2 mine >/dev/null 2>&1; ok $? "again apart; HQ decides TBZ-2 only"
xfer "$Q" "$T" TBZ fa; ok $? "TBZ imports (Persian)"
holds "$(cat "$TMP/out")" "تعارض‌هایی که اینجا منتظر بودند و در پایگاه دادهٔ دیگری تصمیمشان گرفته شد (تصمیم‌ها با همین بسته رسید و برای آن‌ها تصمیمی نمانده است): ۱" \
    "... one decided elsewhere"
is "$(open_at "$T")" 1 "... and TBZ-1's still waits"
done_testing
