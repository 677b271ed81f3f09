# A unit's county changed takes its needs with it; each need's entry in the
# audit screen says why under its county line: «دلیل: واحد آن، TBZ-1، به
# شهرستان دیگری برده شد و نیاز هم با آن رفت» (hamyar audit: tests/cli/
# sync_unit_moved.sh).  Before, «شهرستان  تبریز ← آذرشهر» alone, as if the
# need had been edited.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/tbz"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1
printf 'kind,name,county,address\npost,پاسگاه ممقان,TBZ,ممقان\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,approved\n' >"$TMP/n.csv"
printf 'id,county\nTBZ-1,AZS\n' >"$TMP/m.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import units "$TMP/m.csv" >/dev/null 2>&1
ok $? "a unit of Tabriz with a need, moved to Azarshahr"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')"; scr_settle
scr_cap >"$TMP/s"
grep -F -- "$(vis 'شهرستان')" "$TMP/s" | grep -F -- "$(vis 'تبریز')" | grep -F -- "$(vis 'آذرشهر')" | grep -qF '←'
ok $? "the need's entry: its county, Tabriz -> Azarshahr"
grep -qF -- "$(vis 'دلیل: واحد آن، TBZ-1، به شهرستان دیگری برده شد و نیاز هم با آن رفت')" "$TMP/s"
ok $? "... and why: its unit TBZ-1 was moved"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
