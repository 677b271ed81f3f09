# A unit's county changed at HQ moves its needs (a need's county is its
# unit's) and their pledges to the other county; the unit form and
# `import units` warn of it where it is typed.  At a station that gets the
# change by sync, the import's summary says it too: which unit, from which
# county to which, how many needs (and how many open) went with it, and
# whose clerks no longer see them.  Before, it said "1 applied" and the
# Tabriz clerk's needs were gone without a word.  A move that loses to a
# newer edit at the station is no move there (nothing said), and the
# county going back at HQ is said at HQ; the same bundle again, or a unit
# edit that keeps its county, says nothing.  Each need that went has an
# entry in the audit log, its county old and new, under its own id, and
# why (its unit was moved: before, the county line alone).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,address\npost,پاسگاه ممقان,TBZ,ممقان\nstation,کلانتری ۱۲ تبریز,TBZ,خیابان امام\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nHQ-1,space,بازسازی ساختمان پاسگاه,2000000000,5,5,1405/07/15,approved\nHQ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,done\nHQ-2,equipment,دوربین مداربسته,500000000,4,3,1405/08/01,assessed\n' >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "HQ: two Tabriz units, three needs"
xfer "$Q" "$T" TBZ && xfer "$T" "$Q" HQ; ok $? "TBZ holds them, and HQ knows it"
grep -q 'moved' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... no unit moved then"

printf 'id,county\nHQ-1,AZS\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1; ok $? "HQ moves HQ-1 to Azarshahr"
xfer "$Q" "$T" TBZ; ok $? "TBZ imports HQ's bundle"
holds "$(cat "$TMP/out")" "unit HQ-1 (پاسگاه ممقان) moved with this bundle from county Tabriz to county Azarshahr: its needs (2, 1 of them open) and their pledges moved with it (the clerks of Tabriz no longer see them; those of Azarshahr do)" \
    "... its summary names the unit, both counties and the needs that went"
is "$(grep -c 'moved' "$TMP/out")" 1 "... and that unit alone"
# the needs' own history says where they went (`audit --id`), as received
# by sync; the moved unit's third need (HQ-5, of HQ-2) has no such entry
"$HAMYAR" --lang en --db "$T" audit --id HQ-3 >"$TMP/a3"
holds "$(cat "$TMP/a3")" 'sync need "HQ-3"
  county: "TBZ" -> "AZS"' "TBZ's audit log: need HQ-3's county went from Tabriz to Azarshahr, received by sync"
"$HAMYAR" --lang en --db "$T" audit --id HQ-4 | grep -q '^  county: "TBZ" -> "AZS"$'; ok $? "... and HQ-4's, a need done"
# ... and why: it followed its unit, it was not edited itself (before,
# the county line alone)
holds "$(cat "$TMP/a3")" '  county: "TBZ" -> "AZS"
  reason: its unit HQ-1 was moved to another county, and the need with it' "... and why: its unit HQ-1 was moved"
"$HAMYAR" --lang fa --db "$T" audit --id HQ-3 | grep -qF 'دلیل: واحد آن، HQ-1، به شهرستان دیگری برده شد و نیاز هم با آن رفت'
ok $? "... in Persian too"
"$HAMYAR" --lang en --db "$T" audit --id HQ-5 | grep -q 'county'; r=$?; [ $r -ne 0 ]; ok $? "... not HQ-5's, of a unit that stayed"
"$HAMYAR" --lang en --db "$Q" audit --id HQ-3 | grep -q '^  county: "TBZ" -> "AZS"$'; ok $? "HQ's, where the unit was moved, too"
cp "$TMP/b" "$TMP/again"
"$HAMYAR" --lang en --db "$T" sync import "$TMP/again" >"$TMP/out"
grep -q 'moved' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "the same bundle again: nothing moved"
is "$("$HAMYAR" --lang en --db "$T" audit --id HQ-3 | grep -c '^  county:')" 1 "... and no second entry"

printf 'id,address\nHQ-2,خیابان امام خمینی\n' >"$TMP/a.csv"
"$HAMYAR" --db "$Q" import units "$TMP/a.csv" >/dev/null 2>&1
xfer "$Q" "$T" TBZ; ok $? "an address changed at HQ reaches TBZ"
grep -q 'moved' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... and no move is said"

# Persian: HQ-1 back to Tabriz at HQ, sent to MRG, which held Azarshahr
xfer "$Q" "$M" MRG
printf 'id,county\nHQ-1,TBZ\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1
xfer "$Q" "$M" MRG fa; ok $? "HQ moves it back; MRG imports (Persian)"
holds "$(cat "$TMP/out")" "واحد HQ-1 (پاسگاه ممقان) با این بسته از شهرستان آذرشهر به شهرستان تبریز رفت: ۲ نیاز آن (۱ نیاز باز) و تعهدهایشان هم با آن رفتند" \
    "... said in Persian"

# apart: HQ moves HQ-2 to Osku; TBZ edits its address later, and wins
printf 'id,county\nHQ-2,OSK\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1
sleep 0.01
printf 'id,address\nHQ-2,خیابان امام، کوچهٔ ۳\n' >"$TMP/a.csv"
"$HAMYAR" --db "$T" import units "$TMP/a.csv" >/dev/null 2>&1
xfer "$Q" "$T" TBZ; ok $? "TBZ imports HQ's move, older than its own edit"
"$HAMYAR" --db "$T" export units | grep -q '^HQ-2,station,[^,]*,TBZ,'; ok $? "... TBZ's version stays in use, in Tabriz"
grep -q 'HQ-2.*moved' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... and no move of it is said"
grep -q 'unit HQ-1 (پاسگاه ممقان) moved with this bundle from county Azarshahr to county Tabriz' "$TMP/out"
ok $? "... HQ-1's move back to Tabriz is (this bundle brought it to TBZ)"
cp -r "$Q" "$TMP/hq2"	# HQ as it is, to import the same bundle in Persian
xfer "$T" "$Q" HQ; ok $? "HQ imports TBZ's bundle"
holds "$(cat "$TMP/out")" "unit HQ-2 (کلانتری 12 تبریز) moved with this bundle from county Osku to county Tabriz: its needs (1, 1 of them open)" \
    "... where TBZ's version wins and takes HQ-2 back to Tabriz: said"
# in Persian, the counts and the unit's name in Persian digits, as the
# name stands among the figures (before, «کلانتری 12 تبریز ... 1 نیاز»)
"$HAMYAR" --db "$TMP/hq2" sync import "$TMP/b" >"$TMP/out"; ok $? "the same bundle at a copy of HQ, in Persian"
holds "$(cat "$TMP/out")" "واحد HQ-2 (کلانتری ۱۲ تبریز) با این بسته از شهرستان اسکو به شهرستان تبریز رفت: ۱ نیاز آن (۱ نیاز باز)" \
    "... its counts and name in Persian digits"
done_testing
