# A needs file that marks a stored need done while pledges on it are not
# fulfilled: the row is taken (an import cannot ask) with a warning on the
# status column saying how many of them are still «pledged» or «partly
# fulfilled», in the words of the pledge's status field, and what is not
# received on them, in ASCII digits, as the program's question says
# (tests/screen/done_pledges.sh).  Before, nothing was said of them.
# In English it reads «marked done. It still has pledges not fulfilled: 1
# “Pledged” ... Still to be received on them: ... rials.»  A
# need whose pledges are fulfilled or cancelled is not warned about.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRG >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامي مراغه ۳,MRG\n' >"$TMP/u.csv"
printf 'id,kind,name,county\nMRG-5,person,علیرضا کریمی‌اصل,MRG\nMRG-6,org,بنیاد نیکوکاری مهر,MRG\n' >"$TMP/d.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,بازسازی ساختمان پاسگاه,400000000,3,3,1403/02/01,in_progress'
	echo 'MRG-11,MRG-1,space,نقاشی پاسگاه,20000000,2,2,1403/02/01,in_progress'
} >"$TMP/n.csv"
printf 'id,donor,need,type,amount,pledged_on,status\n%s\n%s\n%s\n%s\n' \
    'MRG-20,MRG-5,MRG-10,space,300000000,1403/03/01,pledged' \
    'MRG-21,MRG-6,MRG-10,space,10000000,1403/03/01,pledged' \
    'MRG-22,MRG-6,MRG-11,space,20000000,1403/03/01,pledged' \
    'MRG-23,MRG-5,MRG-11,space,5000000,1403/03/01,cancelled' >"$TMP/p.csv"
printf 'pledge,paid_on,amount\nMRG-20,1403/04/01,150000000\nMRG-22,1403/04/01,20000000\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null
ok $? "MRG-10: 300M (150M received) and 10M unpaid; MRG-11: fulfilled and cancelled"
status() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $11 }'; }

printf 'id,status\nMRG-10,done\nMRG-11,done\n' >"$TMP/done.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/done.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "the rows are taken"
grep -qF 'line 2, column 2 (status): warning: marked done. It still has pledges not fulfilled: 1 “Pledged”, 1 “Partly fulfilled”. Still to be received on them: 160000000 rials.' "$TMP/err"
ok $? "en: MRG-10's row warned, naming the pledges by status and what is not received"
# English quotes and whole sentences: before, «Pledged» in Persian quotes
# and a fragment after a colon, "marked done: Its pledges not fulfilled yet"
grep -q '«\|Its pledges not fulfilled yet' "$TMP/err"; is $? 1 "en: no Persian quotes nor the old fragment"
grep -q 'line 3' "$TMP/err"; is $? 1 "MRG-11 (fulfilled, cancelled): no warning"
is "$(status MRG-10)" done "MRG-10 done"
is "$(status MRG-11)" done "MRG-11 done"

# in Persian, another need
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRG-12,MRG-1,space,سایه‌بان,50000000,2,2,1403/02/01,in_progress\n' >"$TMP/n2.csv"
printf 'id,donor,need,type,amount,pledged_on\nMRG-30,MRG-5,MRG-12,space,40000000,1403/03/01\n' >"$TMP/p2.csv"
printf 'pledge,paid_on,amount\nMRG-30,1403/04/01,10000000\n' >"$TMP/y2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n2.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p2.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import payments "$TMP/y2.csv" >/dev/null
ok $? "MRG-12: 40M, 10M received"
printf 'id,status\nMRG-12,انجام‌شده\n' >"$TMP/done2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/done2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "taken"
grep -qF 'تعهدهای هنوز ایفانشدهٔ آن: 1 «بخشی ایفاشده». دریافت‌نشده از آنها: 30000000 ریال.' "$TMP/err"
ok $? "fa: warned in the words of the pledge's status"
done_testing
