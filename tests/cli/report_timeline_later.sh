# report --html: the time chart ends at the report's day.  A pledge or a
# payment dated years ahead (1450/01/01 typed for 1405/01/01: up to 50
# years ahead is taken, with a warning) stretched the chart's span to it,
# and the months of real data became a sliver at one end.  Now it is
# counted in the tables, left out of the chart, and a line under the chart
# says how many pledges (and payments) are dated after today.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_gap_open.inc"
export HAMYAR_TODAY=1404/06/01
D="$TMP/db"
gap_open_db "$D"; ok $? "fixture: pledges of 1403/11/11 and 1404/01/10"
printf 'donor,need,type,amount,pledged_on\nTBZ-8,TBZ-3,space,40000000,1450/01/01\n' >"$TMP/p2.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/p2.csv" >/dev/null 2>"$TMP/err"; ok $? "a pledge dated 1450/01/01 (taken with a warning)"
printf 'pledge,paid_on,amount,receipt\nTBZ-9,1404/02/01,10000000,R-1\nTBZ-9,1449/12/01,5000000,R-2\n' >"$TMP/pay.csv"
"$HAMYAR" --db "$D" import payments "$TMP/pay.csv" >/dev/null 2>"$TMP/err"; ok $? "payments of 1404/02/01 and 1449/12/01"

plain_report "$TMP/en" "$HAMYAR" --db "$D" --lang en report
is "$(awk '$1 == "Tabriz" {print $4, $5}' "$TMP/en")" "120000000 15000000" "the tables count the later pledge and payment"

"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html"; ok $? "report --html --lang en"
svg=$(sed -n '/<h2>Pledged and received over time/,/<\/svg>/p' "$TMP/en.html")
months=$(printf '%s\n' "$svg" | grep -oE '>1[34][0-9][0-9]/[01][0-9]<' | tr -d '<>' | sort -u | tr '\n' ' ')
is "$months" "1403/11 1404/01 1404/02 " "en: the chart spans 1403/11 to 1404/02 (Farvardin 1404 between), not to 1450"
holds "$svg" 'class="plg-t">Pledged: 80,000,000 rials' "en: its pledged total is what it draws"
holds "$svg" 'class="rcv-t">Received: 10,000,000 rials' "en: its received total too"
grep -qF '<p class="note" id="later-pledges">1 pledge dated after today is not in the chart.</p>' "$TMP/en.html"
ok $? "en: a line says one pledge is dated after today"
grep -qF '<p class="note" id="later-payments">1 payment dated after today is not in the chart.</p>' "$TMP/en.html"
ok $? "en: and one payment"

"$HAMYAR" --db "$D" report --html "$TMP/fa.html"; ok $? "report --html"
grep -qF '<p class="note" id="later-pledges">۱ تعهد با تاریخ پس از امروز در نمودار نیامده است.</p>' "$TMP/fa.html"
ok $? "fa: «۱ تعهد با تاریخ پس از امروز در نمودار نیامده است»"
grep -qF '۱۴۵۰' "$TMP/fa.html"; is $? 1 "fa: no month of 1450 on the page"

# Only later pledges: no chart, and the line says why (not "cancelled").
D2="$TMP/db2"
gap_open_db "$D2"
printf 'id,pledged_on\nTBZ-9,1450/01/10\nTBZ-10,1450/02/11\n' >"$TMP/p3.csv"
"$HAMYAR" --db "$D2" import pledges "$TMP/p3.csv" >/dev/null 2>&1; ok $? "both pledges re-dated 1450"
"$HAMYAR" --db "$D2" --lang en report --html "$TMP/two.html"
grep -qF '<p class="note" id="later-pledges">2 pledges dated after today are not in the chart.</p>' "$TMP/two.html"
ok $? "en: two pledges dated after today"
grep -qF 'No pledged amount to chart' "$TMP/two.html"; is $? 1 "en: not said to be cancelled or in kind"
done_testing
