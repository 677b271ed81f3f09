# import payments catches a receipt number already recorded on the same
# pledge, as the payment form does (pay_form_twice.sh), whatever the day
# or the amount: the same slip imported again with its date corrected is
# refused, naming the line, the receipt's column and the payment that has
# it (and its day), with nothing written; --allow-repeats imports it with
# a warning (so does a row updating a stored payment: an edit, as in the
# form).  The same receipt on another pledge is another slip; an
# earlier line of the same file with it on the same pledge is a warning
# naming that line (rows of one file are taken).  Before, only rows equal
# in every column were caught: the slip came in a second time and its
# money was counted twice.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
payments() { "$HAMYAR" --db "$D" export payments | tr -d '\r' | awk -F, 'NR > 1 { print $2 "," $3 "," $4 "," $5 }'; }

printf 'kind,name,county\nstation,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"
import units "$TMP/u.csv"; ok $r "a unit (TBZ-1)"
printf 'kind,name,county\nperson,علی‌رضا كريمی,TBZ\norg,شرکت فولاد آذر,TBZ\n' >"$TMP/d.csv"
import donors "$TMP/d.csv"; ok $r "two donors (TBZ-2, TBZ-3)"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,equipment,خودروی گشت,900000000,4,4,1403/01/10,approved\n' >"$TMP/n.csv"
import needs "$TMP/n.csv"; ok $r "a need (TBZ-4)"
printf 'donor,need,type,amount,pledged_on\nTBZ-2,TBZ-4,equipment,300000000,1403/02/01\nTBZ-3,TBZ-4,equipment,200000000,1403/02/01\n' >"$TMP/p.csv"
import pledges "$TMP/p.csv"; ok $r "two pledges (TBZ-5, TBZ-6)"

cat >"$TMP/y1.csv" <<'CSV'
مشارکت,تاریخ پرداخت,مبلغ,شماره فیش
TBZ-5,۱۴۰۳/۰۳/۰۵,"۱۰۰٬۰۰۰٬۰۰۰",۴۴۱۷۲
CSV
import payments "$TMP/y1.csv"; ok $r "a payment of TBZ-5 with receipt 44172 (TBZ-7)"

# the same slip again, its day corrected (and the sheet saved again)
cat >"$TMP/y2.csv" <<'CSV'
مشارکت,تاریخ پرداخت,مبلغ,شماره فیش
TBZ-6,1403/03/06,50000000,44172
TBZ-5,1403/03/06,100000000,44172
CSV
import payments "$TMP/y2.csv"
is "$r" 1 "the same receipt on the same pledge another day: refused"
holds "$(cat "$TMP/err")" "سطر 3، ستون 4 (شماره فیش)" "naming line 3 and the receipt's column"
holds "$(cat "$TMP/err")" "در پرداخت TBZ-7 به تاریخ 1403/03/05" "and the payment that has it, with its day"
grep -q "سطر 2" "$TMP/err"; is $? 1 "the same receipt on another pledge (line 2) is another slip"
is "$(payments)" "TBZ-5,1403/03/05,100000000,44172" "nothing written"
import payments "$TMP/y2.csv" --dry-run
is "$r" 1 "--dry-run: refused too"

import payments "$TMP/y2.csv" --allow-repeats
is "$r" 0 "--allow-repeats imports it"
holds "$(cat "$TMP/err")" "هشدار: این شمارهٔ فیش از پیش روی این تعهد ثبت شده است" "with a warning"
is "$(payments | wc -l | tr -d ' ')" 3 "three payments stored"

# two lines of one file with one receipt on one pledge: taken, said
cat >"$TMP/y3.csv" <<'CSV'
pledge,paid_on,amount,receipt
TBZ-6,1403/04/01,20000000,ف-۹۰۱
TBZ-6,1403/04/02,20000000,ف-۹۰۱
CSV
import payments "$TMP/y3.csv"
is "$r" 0 "two lines of one file with one receipt: imported"
holds "$(cat "$TMP/err")" "سطر 3" "line 3 warned about"
holds "$(cat "$TMP/err")" "مانند سطر 2 همین پرونده" "naming line 2"
is "$(payments | wc -l | tr -d ' ')" 5 "five payments stored"

# a row updating a stored payment (an export imported back, a day
# changed) whose receipt another payment of the pledge has: an edit, as
# in the form: warned about, not refused; the others unchanged
"$HAMYAR" --db "$D" export payments --out "$TMP/back.csv" >/dev/null 2>&1
sed -i 's/,1403\/04\/01,/,1403\/04\/03,/' "$TMP/back.csv"
import payments "$TMP/back.csv"
is "$r" 0 "an export with a payment's day changed imports back"
holds "$(cat "$TMP/err")" "هشدار: این شمارهٔ فیش از پیش روی این تعهد ثبت شده است" "the changed one warned about"
is "$(grep -c 'شمارهٔ فیش' "$TMP/err")" 1 "only it"
payments | grep -q '^TBZ-6,1403/04/03,20000000,ف-901$'; ok $? "its new day stored"
done_testing
