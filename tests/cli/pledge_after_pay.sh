# `import pledges` updating a stored pledge checks it against its payments,
# as the pledge form does and as a payment is checked against its pledge:
# a date after the first of them is an error naming the line and column
# and the first payment's date, in ASCII digits (nothing written), an
# amount lowered below what is paid a warning (the row written).  Before,
# both were written without a word; then the error did not say the date.
. "$HAMYAR_SRC/tests/lib.sh"
D="$TMP/db"
W="$HAMYAR_SRC/tests/data/screens"
"$HAMYAR" --db "$D" init --station TST --name "ایستگاه آزمون" >/dev/null &&
for k in units donors needs pledges; do "$HAMYAR" --db "$D" import $k "$W/$k.csv" >/dev/null || exit 1; done
ok $? "fixture: pledges TST-30 (100,000,000) and TST-31 made on 1403/05/01-02"
printf 'pledge,paid_on,amount,receipt\nTST-30,۱۴۰۳/۰۷/۱۲,60000000,فيش ۱۱\nTST-30,1403/07/20,"40,000,000",فیش ۱۲\n' >"$TMP/y.csv"
"$HAMYAR" --db "$D" import payments "$TMP/y.csv" >/dev/null; ok $? "two payments on TST-30, the first on 1403/07/12"
row() { "$HAMYAR" --db "$D" export pledges | tr -d '\r' | grep "^$1,"; }

printf 'id,donor,need,type,amount,pledged_on\nTST-30,TST-12,TST-22,space,100000000,۱۴۰۳/۰۸/۰۱\nTST-31,TST-12,TST-22,space,15000000,1403/08/01\n' >"$TMP/a.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/a.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a pledge dated after its payment: refused"
holds "$(cat "$TMP/err")" "$TMP/a.csv: سطر 2، ستون 6 (pledged_on): تاریخ تعهد پس از نخستین پرداخت آن (1403/07/12) است: همان روز یا پیش از آن را بنویسید" "naming the line, the column, why and the first payment's date, in ASCII digits"
"$HAMYAR" --lang en --db "$D" import pledges "$TMP/a.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "The pledge is dated after its first payment (1403/07/12): give that day or an earlier one" "in English alike"
row TST-30 | grep -q ',1403/05/01,fulfilled,1$'; ok $? "TST-30 unchanged"
row TST-31 | grep -q ',1403/05/02,pledged,1$'; ok $? "nor the other row written (TST-31, no payments, may move)"

printf 'id,donor,need,type,amount,pledged_on\nTST-30,TST-12,,space,100000000,1403/07/13\n' >"$TMP/b.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/b.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a pledge with no need: the same"

printf 'id,donor,need,type,amount,pledged_on\nTST-30,TST-12,TST-22,space,"۵۰٬۰۰۰٬۰۰۰",1403/07/12\n' >"$TMP/c.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/c.csv" >/dev/null 2>"$TMP/err"; is $? 0 "dated on its first payment's day and lowered: written"
holds "$(cat "$TMP/err")" "ستون 5 (amount): هشدار: مبلغ تعهد از جمع پرداخت‌های انجام‌شده برای آن کمتر است" "with a warning that the amount is below what is paid"
row TST-30 | grep -q ',50000000,,,1403/07/12,'; ok $? "stored"
"$HAMYAR" --db "$D" import pledges "$TMP/c.csv" >/dev/null 2>"$TMP/err"
grep -q 'کمتر است' "$TMP/err"; is $? 1 "the same file again: not warned again"
done_testing
