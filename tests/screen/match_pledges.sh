# The matching screen orders donors who fit a need alike by their past
# pledges, more first, as hamyar match does (tests/cli/match_pledges.sh):
# before, the count was never filled in and the id decided.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# both with 70,000,000 free: TST-41's 80,000,000 less his pledge of
# 10,000,000, unpaid; TST-40's cancelled pledge takes nothing
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-40,person,علی‌رضا كريمي,TBZ,equipment,70000000,1"
	echo "TST-41,person,مریم حسین‌زاده,تبريز,equipment space,80000000,1"
} >"$TMP/donors.csv"
{
	echo "donor,need,type,amount,pledged_on,status"
	echo "TST-41,TST-20,space,10000000,1403/05/01,pledged"
	echo "TST-40,TST-20,space,10000000,1403/05/01,cancelled"
} >"$TMP/pledges.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/pledges.csv" >/dev/null
ok $? "two donors of one free capacity, one with a pledge"
"$HAMYAR" --db "$DB" match need TST-21 | grep -q '^TST-41 .*' ; ok $? "hamyar match need TST-21 lists TST-41"

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_pick 'از یک نیاز: خیّرین جور با آن'
scr_type 'TST-21'; scr_wait "TST-21" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-21"
ids_in_order TST-41 TST-40; ok $? "TST-41 (one pledge) above TST-40 (a cancelled one only)"
is "$(scr_cap | sed 1,2d | grep -oE 'TST-4[01]' | tr '\n' ' ')" \
    "$("$HAMYAR" --db "$DB" match need TST-21 | grep -oE '^TST-4[01]' | tr '\n' ' ')" \
    "... in hamyar match's order"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
