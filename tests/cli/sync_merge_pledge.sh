# A field-by-field decision on a payment's conflict is checked against the
# pledge it names, as a form checks a payment: HQ moved payment TBZ-30 to
# the later pledge TBZ-21 (pledged 1405/08/20) while TBZ corrected its date
# to 1405/08/01, after its first pledge TBZ-20 (1405/07/10).  Each side
# goes with its own pledge; TBZ's date with HQ's pledge does not.  Before,
# the mixture (`resolve TBZ-30 paid_on`, or `merge`, which keeps both
# changes) was stored, a payment dated before its pledge; now it is
# refused, naming the field and the pledge's date the rule is about (the
# store's reason carries the finding's arg), nothing written, and keeping
# one version whole goes through.
. "$HAMYAR_SRC/tests/lib.sh"

export HAMYAR_TODAY=1405/09/09
. "$HAMYAR_SRC/tests/cli/sync.inc"
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" >/dev/null
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
printf 'id,kind,name,county\nTBZ-1,post,پاسگاه انتظامي تبریز ۳,TBZ\n' >"$TMP/u.csv"
printf 'id,kind,name,county\nTBZ-2,person,زهرا نوروزی‌فر,TBZ\n' >"$TMP/d.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-10,TBZ-1,space,تعمیر سقف پاسگاه,100000000,4,3,1405/07/01,identified\n' >"$TMP/n.csv"
printf 'id,donor,need,type,amount,pledged_on,status\n%s\n%s\n' 'TBZ-20,TBZ-2,TBZ-10,space,40000000,1405/07/10,pledged' \
    'TBZ-21,TBZ-2,TBZ-10,space,30000000,۱۴۰۵/۰۸/۲۰,pledged' >"$TMP/p.csv"
printf 'id,pledge,paid_on,amount,receipt\nTBZ-30,TBZ-20,1405/08/25,10000000,ر-۱۰\n' >"$TMP/pay.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null &&
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null &&
"$HAMYAR" --db "$T" import pledges "$TMP/p.csv" >/dev/null &&
"$HAMYAR" --db "$T" import payments "$TMP/pay.csv" >/dev/null && bundle "$T" "$Q" HQ
ok $? "a need, two pledges and a payment made at TBZ reach HQ"
printf 'id,pledge\nTBZ-30,TBZ-21\n' >"$TMP/q.csv"
printf 'id,paid_on\nTBZ-30,1405/08/01\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import payments "$TMP/q.csv" >/dev/null &&
"$HAMYAR" --db "$T" import payments "$TMP/t.csv" >/dev/null && bundle "$T" "$Q" HQ
ok $? "HQ moves the payment to TBZ-21, TBZ corrects its date; TBZ's bundle at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^payment TBZ-30 ')" 1 "one conflict waits at HQ"
"$HAMYAR" --db "$Q" export payments >"$TMP/before.csv"

err=$("$HAMYAR" --lang en --db "$Q" sync resolve TBZ-30 paid_on 2>&1 >/dev/null); rc=$?
is "$rc" 1 "TBZ's date into HQ's payment on TBZ-21: refused (exit 1)"
holds "$err" "Paid on (paid_on): The payment is dated before its pledge (1405/08/20);" \
    "... naming the field and the pledge's date"
"$HAMYAR" --db "$Q" export payments | cmp -s - "$TMP/before.csv"; ok $? "... nothing written"
err=$("$HAMYAR" --db "$Q" sync resolve TBZ-30 merge 2>&1 >/dev/null); rc=$?
is "$rc" 1 "merge (HQ's pledge, TBZ's date): refused too"
holds "$err" "تاریخ پرداخت (paid_on): تاریخ پرداخت پیش از تاریخ تعهد (1405/08/20) است؛" \
    "... in Persian, the date in ASCII digits"
"$HAMYAR" --db "$Q" export payments | cmp -s - "$TMP/before.csv"; ok $? "... nothing written"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^payment TBZ-30 ')" 1 "... and the conflict still waits"

"$HAMYAR" --db "$Q" sync resolve TBZ-30 theirs >/dev/null; ok $? "TBZ's version whole: taken"
"$HAMYAR" --db "$Q" export payments | tr -d '\r' | grep -q '^TBZ-30,TBZ-20,1405/08/01,'
ok $? "... the payment on TBZ-20, dated 1405/08/01"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^payment')" 0 "no conflict left"
done_testing
