# report (text and --html) says what it leaves out of its sums: the
# material pledges cancelled, deactivated, or on no need or on a rejected
# or deactivated need, each kind with its number of pledges, their amounts
# and the payments on them, in Persian and under --lang en, within the
# county asked for.  Before, the text said nothing of them, and the page
# only the amounts of the last kind (no number, nothing on cancelled or
# deactivated pledges).  The counted figures are the dashboard's
# (store_stats_counties): a pledge of a deactivated donor still counts.
. "$HAMYAR_SRC/tests/lib.sh"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
cat >"$TMP/donors.csv" <<'CSV'
kind,name,county
person,علی‌رضا کريمی,TBZ
org,شركت فولاد آذر,BST
person,نرگس امینی‌فر,TBZ
CSV
cat >"$TMP/units.csv" <<'CSV'
kind,name,county
station,کلانتری ۱۱ تبریز,TBZ
post,پاسگاه بستان‌آباد,BST
CSV
# TBZ-6 Tabriz approved, TBZ-7 Bostanabad (rejected below), TBZ-8 Tabriz
# (deactivated below).
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-4,space,بازسازی ساختمان کلانتری,۲٬۰۰۰٬۰۰۰٬۰۰۰,5,4,1403/12/30,approved
TBZ-5,equipment,دوربین‌های نظارتي 4MP,900000000,2,2,1403/10/01,assessed
TBZ-4,costs,سوخت خودروهای گشت,500000000,3,3,1404/01/15,assessed
CSV
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,hours,pledged_on,status
TBZ-1,TBZ-6,space,800000000,,1404/01/10,pledged
TBZ-3,TBZ-6,equipment,200000000,,1404/01/11,pledged
TBZ-1,TBZ-6,space,150000000,,1404/01/12,cancelled
TBZ-2,TBZ-7,equipment,400000000,,1404/01/13,pledged
TBZ-2,,costs,70000000,,1404/01/14,pledged
TBZ-1,TBZ-8,costs,60000000,,1404/01/16,pledged
TBZ-3,TBZ-6,costs,90000000,,1404/01/17,pledged
TBZ-1,TBZ-6,support,,10,1404/01/18,pledged
CSV
cat >"$TMP/payments.csv" <<'CSV'
pledge,paid_on,amount,receipt
TBZ-9,1404/02/01,300000000,1001
TBZ-11,1404/02/02,50000000,1002
TBZ-12,1404/02/03,100000000,1003
TBZ-15,1404/02/04,20000000,1004
TBZ-9,1404/02/05,25000000,1005
CSV
"$HAMYAR" --db "$D" import donors "$TMP/donors.csv" >/dev/null &&
"$HAMYAR" --db "$D" import units "$TMP/units.csv" >/dev/null &&
"$HAMYAR" --db "$D" import needs "$TMP/needs.csv" >/dev/null
ok $? "fixture: donors, units, needs"
plain_report "$TMP/r0.all" "$HAMYAR" --db "$D" report
# the sums and what they leave out come before honouring and the overdue stages
# (tests/cli/report_honour.sh, report_overdue.sh), which are always said, «none» too
holds "$(cat "$TMP/r0.all")" 'هیچ مرحله‌ای عقب‌افتاده نیست.' "the overdue stages: none"
awk '/^(تجلیل از خیّرین|مراحل عقب‌افتاده)$/ { exit } { print }' "$TMP/r0.all" | sed '$d' >"$TMP/r0"
is "$(tail -n 5 "$TMP/r0" | awk "NR == 1 {print \$1}")" "جمع" "no pledge left out: the report ends with the type table's total, as before ..."
is "$(tail -n 3 "$TMP/r0" | head -n 1)" "کسری فقط نیازهای باز را می‌شمارد: نیازهای انجام‌شده و ردشده در آن نیستند." \
    "... the line that says what the gap counts"
holds "$(tail -n 2 "$TMP/r0" | head -n 1)" "مبلغ‌ها فقط نیازهای مادی" "... the one that says what the amounts count"
is "$(tail -n 1 "$TMP/r0")" "مبلغ‌ها به ریال است." "... and the one that says the unit"
"$HAMYAR" --db "$D" import pledges "$TMP/pledges.csv" >/dev/null 2>&1; ok $? "the pledges"

# Left out so far: the cancelled pledge and the one on no need, each in
# its row; no row of no pledge.
plain_report "$TMP/r0" "$HAMYAR" --db "$D" --lang en report
is "$(awk '$1 == "cancelled" || $1 == "deactivated" || $1 == "outside" {print $1, $2, $3, $4}' "$TMP/r0" | tr '\n' ';')" \
    "cancelled 1 150000000 0;outside 1 70000000 0;" "before: cancelled and outside rows, no deactivated one"
printf 'id,status\nTBZ-7,rejected\n' >"$TMP/rej.csv"
"$HAMYAR" --db "$D" import payments "$TMP/payments.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$D" import needs "$TMP/rej.csv" >/dev/null &&
printf 'id,active\nTBZ-8,0\n' >"$TMP/n0.csv" && "$HAMYAR" --db "$D" import needs "$TMP/n0.csv" >/dev/null &&
printf 'id,active\nTBZ-15,0\n' >"$TMP/p0.csv" && "$HAMYAR" --db "$D" import pledges "$TMP/p0.csv" >/dev/null &&
printf 'id,active\nTBZ-21,0\n' >"$TMP/y0.csv" && "$HAMYAR" --db "$D" import payments "$TMP/y0.csv" >/dev/null &&
printf 'id,active\nTBZ-3,0\n' >"$TMP/d0.csv" && "$HAMYAR" --db "$D" import donors "$TMP/d0.csv" >/dev/null
ok $? "payments (partial, one on the cancelled pledge), TBZ-7 rejected, TBZ-8, the pledge TBZ-15, a payment and the donor TBZ-3 deactivated"

# English: the identifiers scripts read, as the tables have them.
plain_report "$TMP/en" "$HAMYAR" --db "$D" --lang en report; ok $? "report --lang en"
is "$(awk '$1 == "Tabriz" {print $2, $3, $4, $5, $6}' "$TMP/en")" "1 2000000000 1000000000 300000000 1000000000" \
    "the Tabriz row: one need; the deactivated donor's pledge counts, the deactivated payment not"
is "$(awk '$1 == "total" {print $2, $3, $4, $5, $6; exit}' "$TMP/en")" "1 2000000000 1000000000 300000000 1000000000" "the total row"
is "$(awk '$1 == "left_out" {print $2, $3, $4}' "$TMP/en")" "pledges pledged received" "the left-out heading"
is "$(awk '$1 == "cancelled" {print $2, $3, $4}' "$TMP/en")" "1 150000000 50000000" "cancelled: 1 pledge, 150,000,000, its payment 50,000,000"
is "$(awk '$1 == "deactivated" {print $2, $3, $4}' "$TMP/en")" "1 90000000 20000000" "deactivated: 1 pledge, 90,000,000, 20,000,000"
is "$(awk '$1 == "outside" {print $2, $3, $4}' "$TMP/en")" "3 530000000 100000000" \
    "outside: on the rejected need, on no need, on the deactivated need: 3, 530,000,000, 100,000,000"
is "$(tail -n 5 "$TMP/en" | head -n 1)" "" "a blank line before them"
# The needs left out, before the pledges: the rejected TBZ-7 (its pledge
# TBZ-12 and the payment on it) and the deactivated TBZ-8 (its pledge
# TBZ-14), each in its row, computed as the tables' rows are.
is "$(awk '$1 == "needs_left_out" {print $2, $3, $4, $5, $6}' "$TMP/en")" "needs estimated pledged received gap" \
    "the left-out needs' heading"
is "$(awk '$1 == "needs_rejected" {print $2, $3, $4, $5, $6}' "$TMP/en")" "1 900000000 400000000 100000000 0" \
    "the rejected need's row: 1, 900,000,000, 400,000,000, 100,000,000, no gap (rejected: none left to fund)"
is "$(awk '$1 == "needs_deactivated" {print $2, $3, $4, $5, $6}' "$TMP/en")" "1 500000000 60000000 0 440000000" \
    "the deactivated need's row: 1, 500,000,000, 60,000,000, 0, gap 440,000,000"
is "$(grep -c unit_inactive "$TMP/en")" 0 "no unit is inactive: no such row"

# Persian: the catalog's words.
plain_report "$TMP/fa" "$HAMYAR" --db "$D" report; ok $? "report in Persian"
grep -q '^تعهدهای شمرده‌نشده *تعهدها *تعهدشده *دریافت‌شده$' "$TMP/fa"; ok $? "fa: the heading"
grep -q '^لغوشده  *1  *150000000  *50000000$' "$TMP/fa"; ok $? "fa: cancelled"
grep -q '^غیرفعال  *1  *90000000  *20000000$' "$TMP/fa"; ok $? "fa: deactivated"
grep -q '^بدون نیاز، یا برای نیازی ردشده یا غیرفعال  *3  *530000000  *100000000$' "$TMP/fa"; ok $? "fa: on no need, or a rejected or deactivated need"
grep -q '^نیازهای شمرده‌نشده  *نیازها ' "$TMP/fa"; ok $? "fa: the left-out needs' heading"
grep -q '^نیازهای ردشده  *1  *900000000  *400000000  *100000000  *0  *0  *0  *0$' "$TMP/fa"; ok $? "fa: the rejected need's row"
grep -q '^نیازهای غیرفعال  *1  *500000000  *60000000  *0  *440000000  *0  *0  *0$' "$TMP/fa"; ok $? "fa: the deactivated need's row"

# The page: the same rows, in its digits.
"$HAMYAR" --db "$D" report --html "$TMP/r.html"; ok $? "report --html"
grep -qF '<h2>شمرده‌نشده در این گزارش</h2>' "$TMP/r.html"; ok $? "html: its heading"
grep -qF '<tr><th>لغوشده</th><td>۱</td><td>۱۵۰٬۰۰۰٬۰۰۰</td><td>۵۰٬۰۰۰٬۰۰۰</td></tr>' "$TMP/r.html"; ok $? "html: cancelled"
grep -qF '<tr><th>غیرفعال</th><td>۱</td><td>۹۰٬۰۰۰٬۰۰۰</td><td>۲۰٬۰۰۰٬۰۰۰</td></tr>' "$TMP/r.html"; ok $? "html: deactivated"
grep -qF '<tr><th>بدون نیاز، یا برای نیازی ردشده یا غیرفعال</th><td>۳</td><td>۵۳۰٬۰۰۰٬۰۰۰</td><td>۱۰۰٬۰۰۰٬۰۰۰</td></tr>' "$TMP/r.html"; ok $? "html: outside"
grep -qF '<tr><th>نیازهای ردشده</th><td>۱</td><td>۹۰۰٬۰۰۰٬۰۰۰</td><td>۴۰۰٬۰۰۰٬۰۰۰</td><td>۱۰۰٬۰۰۰٬۰۰۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td></tr>' "$TMP/r.html"
ok $? "html: the rejected need's row"
grep -qF '<tr><th>نیازهای غیرفعال</th><td>۱</td><td>۵۰۰٬۰۰۰٬۰۰۰</td><td>۶۰٬۰۰۰٬۰۰۰</td><td>۰</td><td>۴۴۰٬۰۰۰٬۰۰۰</td><td>۰</td><td>۰</td><td>۰</td></tr>' "$TMP/r.html"
ok $? "html: the deactivated need's row"
grep -qF 'تعهدشده: ۱٬۰۰۰٬۰۰۰٬۰۰۰ ریال' "$TMP/r.html" && grep -qF 'دریافت‌شده: ۳۰۰٬۰۰۰٬۰۰۰ ریال' "$TMP/r.html"
ok $? "html: the time chart ends at the tables' totals"
"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html"
grep -qF '<tr><th>For no need, or for a rejected or deactivated need</th><td>3</td><td>530,000,000</td><td>100,000,000</td></tr>' "$TMP/en.html"
ok $? "html --lang en: outside, in English"
grep -qF '<tr><th>Rejected needs</th><td>1</td><td>900,000,000</td><td>400,000,000</td><td>100,000,000</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>' "$TMP/en.html"
ok $? "html --lang en: the rejected need's row, in English"
grep -qF '<tr><th>Deactivated needs</th><td>1</td><td>500,000,000</td>' "$TMP/en.html"
ok $? "html --lang en: the deactivated need's row"

# Within a county: a pledge is its need's county's, or its donor's.
plain_report "$TMP/bst" "$HAMYAR" --db "$D" --lang en report --county BST
is "$(awk '$1 == "total" {print $2, $4; exit}' "$TMP/bst")" "0 0" "--county BST: no need counted"
is "$(awk '$1 == "outside" {print $2, $3, $4}' "$TMP/bst")" "2 470000000 100000000" "--county BST: the pledges on its rejected need and of its donor on no need"
grep -q '^cancelled\|^deactivated' "$TMP/bst"; is $? 1 "--county BST: no cancelled or deactivated row"
is "$(awk '$1 == "needs_rejected" || $1 == "needs_deactivated" {print $1, $2, $3, $4, $5, $6}' "$TMP/bst" | tr '\n' ';')" \
    "needs_rejected 1 900000000 400000000 100000000 0;" "--county BST: its rejected need, not Tabriz's deactivated one"
plain_report "$TMP/tbz" "$HAMYAR" --db "$D" --lang en report --county تبریز
is "$(awk '$1 == "cancelled" || $1 == "deactivated" || $1 == "outside" {print $1, $2, $3, $4}' "$TMP/tbz" | tr '\n' ';')" \
    "cancelled 1 150000000 50000000;deactivated 1 90000000 20000000;outside 1 60000000 0;" "--county تبریز: its three rows"
is "$(awk '$1 == "needs_rejected" || $1 == "needs_deactivated" {print $1, $2, $3, $4, $5, $6}' "$TMP/tbz" | tr '\n' ';')" \
    "needs_deactivated 1 500000000 60000000 0 440000000;" "--county تبریز: its deactivated need, not Bostanabad's rejected one"
done_testing
