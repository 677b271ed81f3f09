# A pledge or payment already past its limit (pledges above the need's
# estimated cost; payments above the pledge), imported again unchanged:
# before, every such row was warned about again at each import, as if it
# added to the excess.  Now a row warns only when it adds to it: a new
# record, an amount raised, or a record moved to another need or pledge.
# An unchanged or lowered row is taken in silence.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
DATA="$HAMYAR_SRC/tests/data/screens"
OVER_P="warning: With this pledge the need's pledges add up to more than its estimated cost"
OVER_Y="warning: With this payment the pledge's payments add up to more than the pledged amount"
imp() {	# imp KIND FILE: import, stderr into $TMP/err; the exit status
	"$HAMYAR" --lang en --db "$DB" import "$1" "$2" >/dev/null 2>"$TMP/err"
}
"$HAMYAR" --db "$DB" init --station TST --name "ایستگاه آزمون" >/dev/null &&
for k in units donors needs pledges; do
	"$HAMYAR" --db "$DB" import "$k" "$DATA/$k.csv" >/dev/null || exit 1
done
ok $? "fixture: TST-23 estimated at 40,000,000; pledge TST-31 of 15,000,000"

# ---- pledges ----
printf 'id,donor,need,type,amount,pledged_on,status\nTST-40,TST-10,TST-23,space,"۵۰٬۰۰۰٬۰۰۰",1403/06/05,pledged\n' >"$TMP/p.csv"
imp pledges "$TMP/p.csv"; ok $? "a new pledge of 50,000,000 on TST-23 (40,000,000) is written"
grep -qF "line 2, column 5 (amount): $OVER_P" "$TMP/err"; ok $? "... with the warning: it passes the estimate"
"$HAMYAR" --db "$DB" export pledges >"$TMP/all.csv"; ok $? "the pledges exported"
imp pledges "$TMP/all.csv"; ok $? "the export imported again"
grep -q 'warning' "$TMP/err"; is $? 1 "... unchanged: no warning (TST-40 adds nothing to the excess)"
# the same row in a sheet saved again (CRLF line ends: not the same bytes,
# which would be refused as the file imported before)
sed 's/$/\r/' "$TMP/p.csv" >"$TMP/p-again.csv"
imp pledges "$TMP/p-again.csv"; ok $? "the same row again"
grep -q 'warning' "$TMP/err"; is $? 1 "... no warning"
sed 's/"۵۰٬۰۰۰٬۰۰۰"/45000000/' "$TMP/p.csv" >"$TMP/p45.csv"
imp pledges "$TMP/p45.csv"; ok $? "lowered to 45,000,000, still over"
grep -q 'warning' "$TMP/err"; is $? 1 "... no warning: less over than before"
sed 's/"۵۰٬۰۰۰٬۰۰۰"/46000000/' "$TMP/p.csv" >"$TMP/p46.csv"
imp pledges "$TMP/p46.csv"; ok $? "raised to 46,000,000"
grep -qF "line 2, column 5 (amount): $OVER_P" "$TMP/err"; ok $? "... warned: it adds to the excess"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-31,TST-12,TST-23,space,15000000,1403/05/02,pledged\n' >"$TMP/moved.csv"
imp pledges "$TMP/moved.csv"; ok $? "TST-31 (15,000,000) moved from TST-22 to TST-23"
grep -qF "line 2, column 5 (amount): $OVER_P" "$TMP/err"; ok $? "... warned: new to TST-23, which is over"
"$HAMYAR" --db "$DB" export pledges | tr -d "\r" | grep -q "^TST-40,TST-10,TST-23,space,46000000,"
ok $? "TST-40 stored with 46,000,000"

# ---- payments: TST-30, 100,000,000 pledged ----
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/06/10,120000000,R-۱\n' >"$TMP/y.csv"
imp payments "$TMP/y.csv"; ok $? "a payment of 120,000,000 on TST-30 (100,000,000) is written"
grep -qF "line 2, column 3 (amount): $OVER_Y" "$TMP/err"; ok $? "... with the warning: more than pledged"
"$HAMYAR" --db "$DB" export payments >"$TMP/yall.csv"
imp payments "$TMP/yall.csv"; ok $? "the payments exported, imported again"
grep -q 'warning' "$TMP/err"; is $? 1 "... unchanged: no warning"
sed 's/,120000000,/,120000001,/' "$TMP/yall.csv" >"$TMP/ymore.csv"
grep -q ',120000001,' "$TMP/ymore.csv"; ok $? "(the amount raised by one rial in the file)"
imp payments "$TMP/ymore.csv"; ok $? "raised by one rial"
grep -qF "line 2, column 4 (amount): $OVER_Y" "$TMP/err"; ok $? "... warned: it adds to the excess"
# ---- a payment on a cancelled pledge: warned when it is written, not
# again when it is imported back unchanged (before, at every import);
# warned again when its amount changes.  TST-31 (15,000,000), cancelled.
CANC="warning: The pledge of this payment is cancelled"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-31,TST-12,TST-23,space,15000000,1403/05/02,cancelled\n' >"$TMP/c.csv"
imp pledges "$TMP/c.csv"; ok $? "TST-31 cancelled"
printf 'pledge,paid_on,amount,receipt\nTST-31,۱۴۰۳/۰۶/۱۲,"۵٬۰۰۰٬۰۰۰",فیش ۷۷\n' >"$TMP/yc.csv"
imp payments "$TMP/yc.csv"; ok $? "a payment of 5,000,000 on the cancelled TST-31 is written"
grep -qF "line 2, column 1 (pledge): $CANC" "$TMP/err"; ok $? "... with the warning: its pledge is cancelled"
"$HAMYAR" --db "$DB" export payments >"$TMP/ycall.csv"
grep -q ',TST-31,1403/06/12,5000000,' "$TMP/ycall.csv"; ok $? "(the payment in the export)"
imp payments "$TMP/ycall.csv"; ok $? "the payments exported, imported again"
grep -q 'warning' "$TMP/err"; is $? 1 "... unchanged: no warning"
sed 's/,TST-31,1403\/06\/12,5000000,/,TST-31,1403\/06\/13,5000000,/' "$TMP/ycall.csv" >"$TMP/yday.csv"
imp payments "$TMP/yday.csv"; ok $? "its day changed, not its pledge or amount"
grep -q 'warning' "$TMP/err"; is $? 1 "... no warning"
sed 's/,TST-31,1403\/06\/12,5000000,/,TST-31,1403\/06\/12,6000000,/' "$TMP/ycall.csv" >"$TMP/yamt.csv"
imp payments "$TMP/yamt.csv"; ok $? "its amount changed to 6,000,000"
grep -qF "$CANC" "$TMP/err"; ok $? "... warned again: its pledge is cancelled"
done_testing
