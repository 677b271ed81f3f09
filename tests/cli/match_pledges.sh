# Donors for a need who fit it equally (the same capacity) come in order of
# their past pledges, more first, as core/match.h promises («then more past
# pledges, then id»): a donor who has given before is the likelier one to
# call.  Before, the count was never filled in (always 0), so the id
# decided and a first-time donor came before one with two pledges.
# Cancelled pledges do not count.
. "$HAMYAR_SRC/tests/lib.sh"
needs_db
# three donors of Tabriz interested in equipment, all of one free capacity
# (70,000,000: their capacity less the unpaid part of their open pledges
# below, 15,000,000 for TST-41 and 10,000,000 for TST-42; TST-40's are
# all cancelled and take nothing)
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-40,person,علی‌رضا كريمي,TBZ,equipment,70000000,1"
	echo "TST-41,person,مریم حسین‌زاده,تبريز,equipment space,85000000,1"
	echo "TST-42,org,شرکت Azar Steel تبریز,TBZ,equipment,80000000,1"
} >"$TMP/donors.csv"
# TST-41: two pledges (one partial); TST-40: three, all cancelled;
# TST-42: one
{
	echo "donor,need,type,amount,pledged_on,status"
	echo "TST-41,TST-20,space,10000000,1403/05/01,pledged"
	echo "TST-41,TST-23,space,5000000,1403/06/02,partial"
	echo "TST-40,TST-20,space,10000000,1403/05/01,cancelled"
	echo "TST-40,TST-20,space,20000000,1403/05/03,cancelled"
	echo "TST-40,TST-23,space,30000000,1403/06/05,cancelled"
	echo "TST-42,TST-20,space,10000000,1403/07/01,pledged"
} >"$TMP/pledges.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/pledges.csv" >/dev/null
ok $? "three donors of one free capacity and their pledges"

# TST-21: equipment, Tabriz, gap 80,000,000: the three fit alike (0.4375)
"$HAMYAR" --db "$DB" match need TST-21 >"$TMP/out"
is $? 0 "match need TST-21: exit 0"
is "$(awk '$2 == "0.4375" {print $1}' "$TMP/out" | tr '\n' ' ')" "TST-41 TST-42 TST-40 " \
    "equal fit: two past pledges, then one, then none (the cancelled do not count)"
done_testing
