# sync import says what the changes it applied were, by kind of record, on
# a line under its counts ("changes applied, by kind of record: donor 2,
# need 1"), in kind order, the Persian labels in Persian; a change skipped
# (already here) or left in the conflict queue is not counted, and a
# bundle that applies nothing has no such line.  Before, the summary gave
# counts alone: «9 اعمال شد», not of what.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county\nstation,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-3,equipment,دوربین مداربسته,500000000,4,3,1405/08/01,assessed\n' >"$TMP/n.csv"
printf 'kind,name,county,mobile\nperson,علی‌رضا كريمي,TBZ,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,۰۹۱۲۱۱۱۲۲۳۳\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "TBZ: two donors, a unit, a need"
xfer "$T" "$Q" HQ; ok $? "HQ imports TBZ's bundle"
holds "$(cat "$TMP/out")" "bundle from TBZ: changes: 4, applied: 4, already here: 0, conflicts: 0
changes applied, by kind of record: donor 2, unit 1, need 1" "the summary says what was applied, by kind"
cp "$TMP/b" "$TMP/again"
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/again" >"$TMP/out"
grep -q 'by kind' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "the same bundle again: nothing applied, no such line"
xfer "$Q" "$T" TBZ; ok $? "HQ's answer reaches TBZ"

# a conflict is not counted as applied; Persian labels
printf 'id,address\nTBZ-1,تبریز، باغمیشه\n' >"$TMP/t.csv"
printf 'id,address\nTBZ-1,تبریز، ولیعصر\n' >"$TMP/q.csv"
printf 'id,urgency\nTBZ-4,5\n' >"$TMP/qn.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/qn.csv" >/dev/null 2>&1; ok $? "both edit TBZ-1; HQ also the need"
xfer "$Q" "$T" TBZ fa; ok $? "TBZ imports HQ's bundle (Persian)"
holds "$(cat "$TMP/out")" "بسته از HQ: ۲ تغییر، ۱ اعمال شد، ۰ از پیش بود، ۱ تعارض
تغییرهای اعمال‌شده، به تفکیک نوع رکورد: نیاز ۱" "... the need's change, not the donor's in conflict, by its Persian label"
done_testing
