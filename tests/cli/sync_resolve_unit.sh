# sync resolve on a unit whose two versions name two counties: a decision
# that keeps a county other than the one in use moves the unit's needs
# (their county is their unit's) and their pledges, and says so under
# "resolved", how many and where, as `import units` warns; one that keeps
# the county in use says nothing more.  Before, "HQ-1 resolved" alone.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county\npost,پاسگاه ممقان,TBZ\nstation,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nHQ-1,space,بازسازی ساختمان پاسگاه,2000000000,5,5,1405/07/15,approved\nHQ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,done\nHQ-2,equipment,دوربین مداربسته,500000000,4,3,1405/08/01,assessed\n' >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$Q" "$T" TBZ
ok $? "HQ's units HQ-1 (two needs) and HQ-2 (one) reach TBZ"
printf 'id,county\nHQ-1,AZS\nHQ-2,AZS\n' >"$TMP/t.csv"
printf 'id,county\nHQ-1,OSK\nHQ-2,OSK\n' >"$TMP/q.csv"
"$HAMYAR" --db "$T" import units "$TMP/t.csv" >/dev/null 2>&1; sleep 0.01
"$HAMYAR" --db "$Q" import units "$TMP/q.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^unit ')" 2 "TBZ moved both to Azarshahr, HQ to Osku: two conflicts at HQ"
"$HAMYAR" --lang en --db "$Q" sync resolve HQ-1 theirs >"$TMP/out"; ok $? "HQ keeps TBZ's HQ-1"
is "$(cat "$TMP/out")" "HQ-1 resolved
with this change, this unit's needs (2, 1 of them open) and their pledges move to county Azarshahr" \
    "... and is told its two needs, one open, move to Azarshahr"
"$HAMYAR" --lang en --db "$Q" sync resolve HQ-2 mine >"$TMP/out"; ok $? "HQ keeps its own HQ-2"
is "$(cat "$TMP/out")" "HQ-2 resolved" "... Osku, in use: nothing moves, nothing more said"
"$HAMYAR" --db "$Q" export units | tr -d '\r' | grep -c ',AZS,' | grep -qx 1; ok $? "HQ-1 in Azarshahr, HQ-2 in Osku"
done_testing
