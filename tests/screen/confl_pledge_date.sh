# F2 on a payment's conflict, with the marks making a payment dated before
# the pledge it names, is refused, and the message says the pledge's date
# in Persian digits, as a form's does: HQ moved payment TBZ-30 to pledge
# TBZ-21 (pledged ۱۴۰۵/۰۸/۲۰) while TBZ corrected its date to ۱۴۰۵/۰۸/۰۱.
# The marks start on each side's change: HQ's pledge, TBZ's date.  Before,
# the mixture was saved unchecked against the pledge.  The message names
# F3 and F4 to keep one version whole (it named F2 and F3, F2 being the
# marks' save).  In Persian at 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
export HAMYAR_TODAY=1405/09/09
printf 'id,kind,name,county\nTBZ-1,post,پاسگاه انتظامي تبریز ۳,TBZ\n' >"$TMP/u.csv"
printf 'id,kind,name,county\nTBZ-2,person,زهرا نوروزی‌فر,TBZ\n' >"$TMP/d.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-10,TBZ-1,space,تعمیر سقف پاسگاه,100000000,4,3,1405/07/01,identified\n' >"$TMP/n.csv"
printf 'id,donor,need,type,amount,pledged_on,status\n%s\n%s\n' 'TBZ-20,TBZ-2,TBZ-10,space,40000000,1405/07/10,pledged' \
    'TBZ-21,TBZ-2,TBZ-10,space,30000000,1405/08/20,pledged' >"$TMP/p.csv"
printf 'id,pledge,paid_on,amount,receipt\nTBZ-30,TBZ-20,1405/08/25,10000000,ر-۱۰\n' >"$TMP/pay.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import pledges "$TMP/p.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import payments "$TMP/pay.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a need, two pledges and a payment made at TBZ reach HQ"
printf 'id,pledge\nTBZ-30,TBZ-21\n' >"$TMP/q.csv"
printf 'id,paid_on\nTBZ-30,1405/08/01\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import payments "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import payments "$TMP/t.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "HQ moves the payment to TBZ-21, TBZ corrects its date; TBZ's bundle at HQ"
"$HAMYAR" --db "$Q" export payments >"$TMP/before.csv"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
scr_keys Enter; scr_wait "TBZ-21"; ok $? "Enter opens TBZ-30"
scr_keys F2; scr_wait "$(vis 'TBZ-30 با مقدارهای نشان‌زده ذخیره شود؟')" >/dev/null
scr_keys y
scr_wait "$(vis 'تعهد (۱۴۰۵/۰۸/۲۰) است.')"
ok $? "F2: refused, saying the pledge's date in Persian digits"
scr_cap | grep -qF "$(vis 'مقدارهای نشان‌زده با هم جور نیستند: تاریخ پرداخت: تاریخ پرداخت پیش از تاریخ')"; ok $? "... naming the field and the rule"
scr_cap | grep -qF "$(vis 'کامل نگه دارید (F3، F4).')"; ok $? "... and F3, F4 to keep one version whole"
"$HAMYAR" --db "$Q" export payments | cmp -s - "$TMP/before.csv"; ok $? "... nothing written"
done_testing
