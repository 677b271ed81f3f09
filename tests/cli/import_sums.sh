# The warnings of `import pledges` and `import payments` (README "CSV
# import"): a pledge that takes its need's pledges past the estimated
# cost, a payment that takes its pledge's payments past the pledged
# amount.  The sums count the stored records and the file's earlier rows,
# a row updating a record without its old amount, a cancelled or deleted
# pledge (payment) not at all, a record moved to another need (pledge)
# there.  The import keeps them as it writes, rather than reading all of
# a need's pledges for each row (5,000 pledges on one need took half a
# minute): the timing of such a file is printed, not asserted.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
printf 'kind,name,county,national_id\nperson,زهرا نوروزی‌فر,TBZ,0012345679\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null	# TBZ-1
printf 'id,kind,name,county\nTBZ-50,station,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-50,space,بازسازی ساختمان کلانتری,1000000,5,4,1403/01/05,approved
TBZ-50,equipment,خودروی گشت,500000,4,4,1403/01/05,approved
TBZ-50,space,تعمیر پاسگاه,250000000,4,4,1403/01/05,approved
CSV
"$HAMYAR" --db "$D" import needs "$TMP/n.csv" >/dev/null; ok $? "needs TBZ-51 (estimate 1,000,000), TBZ-52 (500,000), TBZ-53"
cat >"$TMP/p0.csv" <<'CSV'
id,donor,need,type,amount,pledged_on,status
TBZ-60,TBZ-1,TBZ-51,space,400000,1403/02/01,pledged
TBZ-61,TBZ-1,TBZ-51,space,100000,1403/02/01,cancelled
TBZ-62,TBZ-1,TBZ-53,space,1000000,1403/02/01,pledged
TBZ-63,TBZ-1,TBZ-53,space,50000,1403/02/01,pledged
CSV
"$HAMYAR" --db "$D" import pledges "$TMP/p0.csv" >/dev/null; ok $? "stored pledges: 400,000 on TBZ-51 and a cancelled one"
warned() {	# warned FILE: the lines of FILE warned about, as "2 5 ..."
	grep "$1: line [0-9]*, column [0-9]* (amount): warning: With this" "$TMP/err" |
	    sed 's/.*: line \([0-9]*\),.*/\1/' | tr '\n' ' '
}

# Line by line, what TBZ-51 (TBZ-52) holds besides the row, and the row:
#  2  400,000 + 300,000 = 700,000;  3  + 200,000 = 900,000
#  4  TBZ-60 from 400,000 to 100,000: 500,000 + 100,000 = 600,000
#  5  900,000;  6  1,100,000: warned;  7  TBZ-52: 600,000 of 500,000: warned
#  8  TBZ-61 no longer cancelled: 1,100,000 + 100,000: warned
#  9  1,200,000 + 50,000, the row deleted as it is written: warned
cat >"$TMP/p.csv" <<'CSV'
id,donor,need,type,amount,pledged_on,status,active,in_kind
,TBZ-1,TBZ-51,space,300000,1403/03/01,,1,
,TBZ-1,TBZ-51,space,200000,1403/03/01,,1,
TBZ-60,TBZ-1,TBZ-51,space,100000,1403/02/01,pledged,1,
,TBZ-1,TBZ-51,space,300000,1403/03/01,,1,
,TBZ-1,TBZ-51,space,200000,1403/03/01,,1,
,TBZ-1,TBZ-52,equipment,600000,1403/03/01,,1,
TBZ-61,TBZ-1,TBZ-51,space,100000,1403/02/01,pledged,1,
,TBZ-1,TBZ-51,space,50000,1403/03/01,,0,
CSV
"$HAMYAR" --lang en --db "$D" import pledges "$TMP/p.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "pledges: new ones, updates, one deleted"
is "$(warned p.csv)" "6 7 8 9 " "... warned from the row that passes the estimate on (1,100,000 of 1,000,000)"
# Then TBZ-51 holds 300+200+100+300+200+100 thousand (the deleted row not
# counted) = 1,200,000; TBZ-52 600,000:
#  2  TBZ-60 moved to TBZ-52: 600,000 + 100,000: warned
#  3  TBZ-51 without TBZ-60: 1,100,000; an amount of 0 adds nothing: not warned
#  4  TBZ-61 cancelled again: not counted;  5  in kind, no amount
#  6  1,000,000 + 1: warned
cat >"$TMP/p2.csv" <<'CSV'
id,donor,need,type,amount,pledged_on,status,in_kind
TBZ-60,TBZ-1,TBZ-52,equipment,100000,1403/02/01,pledged,
,TBZ-1,TBZ-51,space,0,1403/03/01,,
TBZ-61,TBZ-1,TBZ-51,space,100000,1403/02/01,cancelled,
,TBZ-1,TBZ-51,equipment,,1403/03/01,,یک دستگاه رایانه
,TBZ-1,TBZ-51,space,1,1403/03/01,,
CSV
"$HAMYAR" --lang en --db "$D" import pledges "$TMP/p2.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "a pledge moved to another need, one cancelled"
is "$(warned p2.csv)" "2 6 " "... the moved one warned on its new need; the cancelled one no longer counted"

# Payments on TBZ-62 (1,000,000; TBZ-63: 50,000): 400,000 stored, then
#  2  400,000 + 300,000 = 700,000;  3  + 200,000 = 900,000
#  4  the stored one from 400,000 to 100,000: 500,000 + 100,000 = 600,000
#  5  900,000;  6  1,100,000 warned;  7  50,000 more, deleted: warned
#  8  1,100,000 (the deleted one not counted) + 0: still past it, but a
#     payment of 0 adds nothing to the excess: not warned
# Then the stored one moved to TBZ-63: 100,000 of 50,000, warned; and
# TBZ-62 back at 300+200+300+200 thousand = 1,000,000 + 0: not past it.
printf 'id,pledge,paid_on,amount\nTBZ-900,TBZ-62,1403/03/01,400000\n' >"$TMP/y0.csv"
"$HAMYAR" --db "$D" import payments "$TMP/y0.csv" >/dev/null; ok $? "a stored payment of 400,000"
cat >"$TMP/y.csv" <<'CSV'
id,pledge,paid_on,amount,active
,TBZ-62,1403/03/02,300000,1
,TBZ-62,1403/03/02,200000,1
TBZ-900,TBZ-62,1403/03/01,100000,1
,TBZ-62,1403/03/02,300000,1
,TBZ-62,1403/03/02,200000,1
,TBZ-62,1403/03/02,50000,0
,TBZ-62,1403/03/02,0,1
CSV
"$HAMYAR" --lang en --db "$D" import payments "$TMP/y.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "payments: new ones, an update, one deleted"
is "$(warned y.csv)" "6 7 " "... warned from the one that passes the pledged amount, not for a payment of 0"
printf 'id,pledge,paid_on,amount\nTBZ-900,TBZ-63,1403/03/01,100000\n,TBZ-62,1403/03/03,0\n' >"$TMP/y2.csv"
"$HAMYAR" --lang en --db "$D" import payments "$TMP/y2.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "a payment moved to another pledge"
is "$(warned y2.csv)" "2 " "... warned there; its old pledge back at 1,000,000 of 1,000,000"
status() {	# status PLEDGE: the pledge's status as exported
	"$HAMYAR" --db "$D" export pledges | tr -d '\r' | awk -F, -v p="$1" '$1 == p { print $9 }'
}
is "$(status TBZ-62) $(status TBZ-63)" "fulfilled fulfilled" "... both pledges fulfilled"
printf 'id,pledge,paid_on,amount,active\nTBZ-900,TBZ-63,1403/03/01,100000,0\n,TBZ-63,1403/03/04,20000,1\n' >"$TMP/y3.csv"
"$HAMYAR" --lang en --db "$D" import payments "$TMP/y3.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "the moved payment deleted, 20,000 paid instead"
is "$(warned y3.csv)" "" "... neither the deleted row (its amount unchanged adds nothing) nor the 20,000 of 50,000 warned"
is "$(status TBZ-63)" "partial" "... and the pledge partly fulfilled again"

# ---- 5,000 pledges of 100,000 on TBZ-53 (250,000,000, holding 1,050,000):
# rows from line 2491 on pass the estimate, and each is warned.
awk 'BEGIN { print "donor,need,type,amount,pledged_on";
	for (i = 0; i < 5000; i++) print "TBZ-1,TBZ-53,space,100000,1403/04/01" }' >"$TMP/many.csv"
t0=$(date +%s%N)
"$HAMYAR" --lang en --db "$D" import pledges "$TMP/many.csv" >"$TMP/out" 2>"$TMP/err"
r=$?
t1=$(date +%s%N)
ok $r "5,000 pledges on one need"
echo "# 5000 pledges on one need: $(( (t1 - t0) / 1000000 )) ms"
w=$(warned many.csv)
is "$(echo "$w" | wc -w)" 2511 "... 2511 warned"
is "$(echo "$w" | cut -d" " -f1)" 2491 "... from line 2491, the first past 250,000,000"
awk 'BEGIN { print "pledge,paid_on,amount";
	for (i = 0; i < 5000; i++) print "TBZ-63,1403/04/02,10" }' >"$TMP/pays.csv"
# TBZ-63 (50,000) holds 20,000: from the 3001st payment (line 3002) on, warned
t0=$(date +%s%N)
"$HAMYAR" --lang en --db "$D" import payments "$TMP/pays.csv" >"$TMP/out" 2>"$TMP/err"
r=$?
t1=$(date +%s%N)
ok $r "5,000 payments on one pledge"
echo "# 5000 payments on one pledge: $(( (t1 - t0) / 1000000 )) ms"
w=$(warned pays.csv)
is "$(echo "$w" | wc -w) $(echo "$w" | cut -d" " -f1)" "2000 3002" "... 2000 warned, from line 3002"
is "$(status TBZ-63)" "fulfilled" "... and the pledge fulfilled"
done_testing
