# import payments warns about a payment on a pledge already fulfilled, as
# the payment form does (tests/screen/pay_fulfilled.sh): one its other
# payments (the file's earlier rows among them) already pay in full, or
# one naming no amount (equipment in kind) marked fulfilled.  The row is
# written; the warning names its line, the pledge's column and the
# pledge's status.  A payment on a cancelled pledge says more: it will not
# count as received.  Before, a payment of 0 on a pledge paid in full was
# taken without a word; the cancelled one said only that it is cancelled.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }

printf 'kind,name,county\nstation,کلانتری ۱۲ تبريز,TBZ\n' >"$TMP/u.csv"
import import units "$TMP/u.csv"; ok $r "a unit (TBZ-1)"
printf 'kind,name,county\nperson,محمدرضا عبدالله‌زاده,TBZ\n' >"$TMP/d.csv"
import import donors "$TMP/d.csv"; ok $r "a donor (TBZ-2)"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,equipment,دوربین مداربسته,900000000,4,4,1403/01/10,approved\n' >"$TMP/n.csv"
import import needs "$TMP/n.csv"; ok $r "a need (TBZ-3)"
cat >"$TMP/p.csv" <<'CSV'
donor,need,type,amount,in_kind,pledged_on,status
TBZ-2,TBZ-3,equipment,۳۰۰٬۰۰۰٬۰۰۰,,1403/02/01,pledged
TBZ-2,TBZ-3,equipment,,ده دوربين,1403/02/01,fulfilled
TBZ-2,TBZ-3,costs,50000000,,1403/02/01,cancelled
CSV
import import pledges "$TMP/p.csv"; ok $r "three pledges: TBZ-4 (300,000,000), TBZ-5 in kind fulfilled, TBZ-6 cancelled"

cat >"$TMP/y.csv" <<'CSV'
مشارکت,تاریخ پرداخت,مبلغ,شماره فیش
TBZ-4,۱۴۰۳/۰۳/۰۵,"۳۰۰٬۰۰۰٬۰۰۰",۴۴۱۷۲
TBZ-4,۱۴۰۳/۰۳/۰۶,0,۴۴۱۷۳
TBZ-5,۱۴۰۳/۰۳/۰۵,۰,۴۴۱۷۴
TBZ-6,۱۴۰۳/۰۳/۰۵,۱٬۰۰۰٬۰۰۰,۴۴۱۷۵
CSV
import import payments "$TMP/y.csv"
is "$r" 0 "imported, with warnings"
FUL='مشارکتِ این پرداخت پیش‌تر ایفا شده است (وضعیتش: ایفاشده)'
grep -q "سطر 2" "$TMP/err"; is $? 1 "the payment that fulfils TBZ-4: no warning"
holds "$(cat "$TMP/err")" "سطر 3، ستون 1 (مشارکت): هشدار: $FUL" "0 more on TBZ-4, paid in full by line 2: already fulfilled"
holds "$(cat "$TMP/err")" "سطر 4، ستون 1 (مشارکت): هشدار: $FUL" "0 on TBZ-5, in kind and fulfilled: the same"
holds "$(cat "$TMP/err")" "سطر 5، ستون 1 (مشارکت): هشدار: مشارکتِ این پرداخت لغو شده است (وضعیتش: لغوشده): آنچه برای آن پرداخت شود دریافت‌شدهٔ نیازش شمرده نمی‌شود" \
	"1,000,000 on the cancelled TBZ-6: said so, and that it does not count as received"
is "$("$HAMYAR" --db "$D" export payments | tr -d '\r' | grep -c ',TBZ-[456],')" 4 "all four written"

# the export imported back unchanged: not again
"$HAMYAR" --db "$D" export payments --out "$TMP/back.csv" >/dev/null 2>&1
import import payments "$TMP/back.csv"
is "$r" 0 "the export imports back"
grep -q "ایفا\|لغو" "$TMP/err"; is $? 1 "unchanged payments are not warned about again"

# in English, the same
printf 'pledge,paid_on,amount\nTBZ-5,1403/03/07,0\n' >"$TMP/y2.csv"
import --lang en import payments --dry-run "$TMP/y2.csv"
holds "$(cat "$TMP/err")" "line 2, column 1 (pledge): warning: The pledge of this payment is already fulfilled (its status: Fulfilled)" "English: the same warning"
done_testing
