# import payments warns about money paid on a non-material pledge
# (information, support, oversight or volunteering: hours, no amount), as
# the payment form does (pay_nonmaterial.sh) and as it warns about a
# payment over its pledge: the row is written, the warning names its line
# and the amount's column and the pledge's own type.  Before, the over-pledge check was skipped for
# a pledge with no amount and the money came in without a word.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
payments() { "$HAMYAR" --db "$D" export payments | tr -d '\r' | awk -F, 'NR > 1 { print $2 "," $3 "," $4 }'; }

printf 'kind,name,county\nstation,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"
import units "$TMP/u.csv"; ok $r "a unit (TBZ-1)"
printf 'kind,name,county\nperson,محمدرضا عبدالله‌زاده,TBZ\nperson,زهرا كريمي,TBZ\n' >"$TMP/d.csv"
import donors "$TMP/d.csv"; ok $r "two donors (TBZ-2, TBZ-3)"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,equipment,خودروی گشت,900000000,4,4,1403/01/10,approved\n' >"$TMP/n.csv"
import needs "$TMP/n.csv"; ok $r "a need (TBZ-4)"
printf 'donor,need,type,hours,pledged_on\nTBZ-2,TBZ-4,support,۴۰,1403/02/01\n' >"$TMP/p.csv"
import pledges "$TMP/p.csv"; ok $r "a support pledge of 40 hours, no amount (TBZ-5)"
printf 'donor,need,type,amount,pledged_on\nTBZ-3,TBZ-4,equipment,300000000,1403/02/01\n' >"$TMP/p2.csv"
import pledges "$TMP/p2.csv"; ok $r "an equipment pledge (TBZ-6)"

cat >"$TMP/y.csv" <<'CSV'
مشارکت,تاریخ پرداخت,مبلغ,شماره فیش
TBZ-6,۱۴۰۳/۰۳/۰۵,"۱۰۰٬۰۰۰٬۰۰۰",۴۴۱۷۲
TBZ-5,۱۴۰۳/۰۳/۰۵,۲٬۰۰۰٬۰۰۰,۴۴۱۷۳
CSV
import payments "$TMP/y.csv"
is "$r" 0 "money on the support pledge: imported, with a warning"
holds "$(cat "$TMP/err")" "سطر 3، ستون 3 (مبلغ)" "naming line 3 and the amount's column"
holds "$(cat "$TMP/err")" "مشارکتِ این پرداخت معنوی (حمایتی) است و مبلغی ندارد" "saying its pledge is non-material, of support (its type named)"
grep -q "سطر 2" "$TMP/err"; is $? 1 "the payment on the equipment pledge: no warning"
is "$(payments | sort)" "TBZ-5,1403/03/05,2000000
TBZ-6,1403/03/05,100000000" "both written"

# the same file again, as an export imported back unchanged: not again
"$HAMYAR" --db "$D" export payments --out "$TMP/back.csv" >/dev/null 2>&1
import payments "$TMP/back.csv"
is "$r" 0 "the export imports back"
grep -q "معنوی" "$TMP/err"; is $? 1 "an unchanged payment is not warned about again"
done_testing
