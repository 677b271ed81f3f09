# A need given a unit of another county at HQ (its unit field changed, not
# its unit's county) leaves one county's lists for the other's, with its
# pledges, as the needs of a unit moved do.  The station that imports the
# change names it on a line of its own, as it names a unit moved: which
# need, from which county to which, its unit now, whose clerks lose and
# gain it.  Before, the summary said «1 applied» and named only units
# whose county changed.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,address\npost,پاسگاه ممقان,TBZ,ممقان\npost,پاسگاه گوگان,AZS,گوگان\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nHQ-1,equipment,بی‌سيم دستی,90000000,3,3,1405/08/02,assessed\nHQ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,approved\n' >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "HQ: a unit in Tabriz with two needs, one in Azarshahr"
xfer "$Q" "$T" TBZ && xfer "$Q" "$M" MRG; ok $? "TBZ and MRG hold them"
grep -q 'moved' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... nothing moved then"

printf 'id,unit\nHQ-3,HQ-2\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/m.csv" >/dev/null 2>&1; ok $? "HQ gives need HQ-3 Azarshahr's unit HQ-2"
"$HAMYAR" --db "$Q" export needs | grep -q '^HQ-3,HQ-2,.*AZS'; ok $? "... its county is Azarshahr at HQ"
xfer "$Q" "$T" TBZ; ok $? "TBZ imports HQ's bundle"
holds "$(cat "$TMP/out")" "need HQ-3 (بی‌سیم دستی) moved with this bundle from county Tabriz to county Azarshahr, its unit now HQ-2: it and its pledges moved (the clerks of Tabriz no longer see them; those of Azarshahr do)" \
    "... its summary names the need, both counties and its unit now"
is "$(grep -c 'moved' "$TMP/out")" 1 "... and that need alone"
xfer "$Q" "$M" MRG fa; ok $? "MRG imports it (Persian)"
holds "$(cat "$TMP/out")" "نیاز HQ-3 (بی‌سیم دستی) با این بسته از شهرستان تبریز به شهرستان آذرشهر رفت و واحدش اکنون HQ-2 است" \
    "... said in Persian"

# a need's title changed, its unit kept: no move
printf 'id,title\nHQ-4,هزینهٔ سوخت زمستان\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/t.csv" >/dev/null 2>&1
xfer "$Q" "$T" TBZ; ok $? "a title changed at HQ reaches TBZ"
grep -q 'moved' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... and no move is said"
# a need given another unit of the same county: no move either
printf 'kind,name,county,address\nstation,کلانتری ۱۲ تبریز,TBZ,خیابان امام\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u2.csv" >/dev/null 2>&1
printf 'id,unit\nHQ-4,HQ-5\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/m.csv" >/dev/null 2>&1
xfer "$Q" "$T" TBZ; ok $? "HQ-4 given another Tabriz unit reaches TBZ"
"$HAMYAR" --db "$T" export needs | grep -q '^HQ-4,HQ-5,.*TBZ'; ok $? "... HQ-4 is HQ-5's at TBZ, in Tabriz"
grep -q 'moved' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... and no move is said"
done_testing
