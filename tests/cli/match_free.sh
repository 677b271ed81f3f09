# hamyar match fits a donor's FREE capacity, not his whole one: his
# capacity less the unpaid part of his open pledges (pledged minus paid,
# on needs neither done nor rejected; cancelled pledges take nothing).
# Before, a donor whose pledges elsewhere already took all or part of his
# capacity was fitted (and on the screen proposed an amount) by all of it.
# `match need` prints both figures, capacity then free (grouped, in
# Persian digits, as the text report writes them); a donor with
# nothing free is still listed (fit 0), and `match donor` says why no
# money is proposed to him.
. "$HAMYAR_SRC/tests/lib.sh"
needs_db
# two more needs of Tabriz: one done, one rejected
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-26,TST-1,costs,هزینهٔ نگهبانی شب‌ها,50000000,3,3,4000,1402/10/01,done"
	echo "TST-27,TST-1,space,پارکینگ کلانتری,60000000,2,2,4000,1402/10/02,rejected"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null; ok $? "a done and a rejected need"
# TST-50: 100,000,000; TST-51: 20,000,000 (typed with Persian digits and
# an Arabic yeh in his name); TST-52: capacity not recorded
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-50,org,شرکت فولاد آذر‌بایجان,TBZ,equipment space costs,100000000,1"
	echo "TST-51,person,علی‌رضا كريمي,TBZ,equipment policing,۲۰۰۰۰۰۰۰,1"
	echo "TST-52,person,مریم حسین‌زاده,TBZ,equipment,,1"
} >"$TMP/donors.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null; ok $? "three donors of Tabriz"
# TST-50: 30,000,000 on TST-20 of which 10,000,000 paid (20,000,000
# open); 50,000,000 on the done TST-26 and 60,000,000 on the rejected
# TST-27 (neither open); 40,000,000 cancelled.  Open: 20,000,000, free
# 80,000,000.  TST-51: 20,000,000 on TST-20, unpaid: nothing free.
{
	echo "id,donor,need,type,amount,pledged_on,status"
	echo "TST-60,TST-50,TST-20,space,30000000,1403/05/01,pledged"
	echo "TST-61,TST-50,TST-26,costs,50000000,1402/11/01,fulfilled"
	echo "TST-62,TST-50,TST-27,space,60000000,1402/11/02,pledged"
	echo "TST-63,TST-50,TST-20,space,40000000,1403/05/02,cancelled"
	echo "TST-64,TST-51,TST-20,space,20000000,1403/05/03,pledged"
} >"$TMP/pledges.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/pledges.csv" >/dev/null 2>&1; ok $? "their pledges"
printf 'pledge,paid_on,amount,receipt\nTST-60,1403/05/10,10000000,ر-۱۲\n' >"$TMP/pay.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/pay.csv" >/dev/null 2>&1; ok $? "10,000,000 paid on TST-60"

# TST-21: equipment, gap 80,000,000
"$HAMYAR" --db "$DB" match need TST-21 >"$TMP/out" 2>"$TMP/err"
is $? 0 "match need TST-21: exit 0"
line() { awk -v id="$1" '$1 == id { print $2, $3, $4 }' "$TMP/out"; }
is "$(line TST-50)" "1.0000 ۱۰۰٬۰۰۰٬۰۰۰ ۸۰٬۰۰۰٬۰۰۰" \
    "TST-50: capacity 100,000,000, free 80,000,000, which covers the gap exactly (fit 1, not .9)"
is "$(line TST-51)" "0.0000 ۲۰٬۰۰۰٬۰۰۰ ۰" "TST-51: capacity 20,000,000, nothing free, fit 0, still listed"
is "$(line TST-52)" "0.0000 ۰ ۰" "TST-52: capacity not recorded (0 and 0)"
is "$(awk '{print $1}' "$TMP/out" | tr '\n' ' ')" "TST-50 TST-51 TST-52 " "TST-50 first"
awk '$1 == "TST-51"' "$TMP/out" | grep -qF 'علی‌رضا کریمی'; ok $? "... each with his name"

# a payment frees what it pays: TST-51 pays 5,000,000 of his pledge
printf 'pledge,paid_on,amount\nTST-64,1403/06/01,5000000\n' >"$TMP/pay2.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/pay2.csv" >/dev/null 2>&1; ok $? "5,000,000 paid on TST-64"
"$HAMYAR" --db "$DB" match need TST-21 >"$TMP/out"
is "$(line TST-51)" "0.0312 ۲۰٬۰۰۰٬۰۰۰ ۵٬۰۰۰٬۰۰۰" "TST-51: 5,000,000 free now (fit .5 * 5/80)"

# the need of his pledge done: nothing of it is open any more
printf 'id,status\nTST-20,in_progress\n' >"$TMP/prog.csv"
printf 'id,status\nTST-20,done\n' >"$TMP/done.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/prog.csv" >/dev/null 2>&1 &&
    "$HAMYAR" --db "$DB" import needs "$TMP/done.csv" >/dev/null 2>&1
ok $? "TST-20 in progress, then done"
"$HAMYAR" --db "$DB" match need TST-21 >"$TMP/out"
is "$(line TST-51)" "0.1250 ۲۰٬۰۰۰٬۰۰۰ ۲۰٬۰۰۰٬۰۰۰" "TST-51: all of his capacity free again"
is "$(line TST-50)" "0.9000 ۱۰۰٬۰۰۰٬۰۰۰ ۱۰۰٬۰۰۰٬۰۰۰" "TST-50 too (.5 + .5 * 80/100)"

# TST-53: all of his capacity pledged on TST-21 itself, unpaid
printf 'id,kind,name,county,interests,capacity,active\nTST-53,person,حسین احمدی‌نژاد,TBZ,equipment;policing,15000000,1\n' >"$TMP/d2.csv"
printf 'donor,need,type,amount,pledged_on,status\nTST-53,TST-21,equipment,15000000,1403/07/01,pledged\n' >"$TMP/p2.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d2.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p2.csv" >/dev/null 2>&1
ok $? "TST-53 pledged all of his 15,000,000"
"$HAMYAR" --db "$DB" match donor TST-53 >"$TMP/out" 2>"$TMP/err"
is $? 0 "match donor TST-53: exit 0"
is "$(awk '{print $1, $3}' "$TMP/out")" "TST-21 0.0000" "his need is still listed, at fit 0"
grep -qF 'خیّر TST-53 توان مالی آزاد ندارد' "$TMP/err"; ok $? "... and why no money is proposed to him is said"
grep -qF '۱۵٬۰۰۰٬۰۰۰' "$TMP/err"; ok $? "... with his capacity"
"$HAMYAR" --lang en --db "$DB" match donor TST-53 >/dev/null 2>"$TMP/err"
grep -qF 'Donor TST-53 has no money left free' "$TMP/err"; ok $? "... in English too"
grep -qF 'take all of his capacity of 15,000,000 rials' "$TMP/err"; ok $? "... its amounts in ASCII with commas (were Persian digits)"
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$DB" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$DB" match donor TST-53 >/dev/null 2>"$TMP/err"
grep -qF 'همهٔ توان مالی 15,000,000 ریال او' "$TMP/err"; ok $? "... and in ASCII for a user who chose ASCII digits"
"$PUT" "$DB" --setting "user.$(id -un).digits" fa; ok $? "digits: fa again"
"$HAMYAR" --db "$DB" match donor TST-50 >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "" "a donor with money free is told nothing of the kind"
done_testing
