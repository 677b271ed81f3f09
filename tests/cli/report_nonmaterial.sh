# The report's money counts material needs only (space, equipment, costs):
# a non-material need (information, support, oversight, policing) takes
# pledges of hours or of nothing, so its estimated cost stood in the gap
# for good (on the demo, 13,760,000,000 of the estimates and
# 10,540,000,000 of the gap).  Its needs are counted instead, in three
# columns: open, open with a pledge, done; a material pledge made on one
# is said apart with the pledges not counted, so the time chart still
# ends at the tables' totals.  Before, Tabriz's row read
# "3 620000000 250000000 80000000 370000000" and had no count columns.
. "$HAMYAR_SRC/tests/lib.sh"
D="$TMP/db"
. "$HAMYAR_SRC/tests/cli/fixtures_nonmaterial.inc"
nonmat_db "$D"
ok $? "fixture: an equipment need and two non-material ones in Tabriz, pledges on both kinds"
# Expected, by hand (fixtures_nonmaterial.inc): TBZ-2's money alone.
row() { awk -v k="$1" '$1 == k {print $2, $3, $4, $5, $6, $7, $8, $9; exit}' "$2"; }
# the figures read plain (they are grouped: report_grouped.sh); the
# county table's heading is the third line, under the title and a blank one
plain_report "$TMP/en" "$HAMYAR" --db "$D" --lang en report; ok $? "report --lang en"
is "$(sed -n 3p "$TMP/en" | tr -s ' ')" \
    "county needs estimated pledged received gap nonmat_open nonmat_pledged nonmat_done" \
    "the heading names the count columns"
is "$(row Tabriz "$TMP/en")" "3 500000000 200000000 80000000 300000000 1 1 1" \
    "Tabriz: the equipment need's money, the support and policing needs counted"
is "$(row total "$TMP/en")" "3 500000000 200000000 80000000 300000000 1 1 1" "the county table's total"
is "$(awk '$1 == "total" {print $6}' "$TMP/en" | tr '\n' ' ')" "300000000 300000000 " \
    "both tables' total gaps leave out the non-material needs"
is "$(row equipment "$TMP/en")" "1 500000000 200000000 80000000 300000000 0 0 0" "the equipment row"
is "$(row support "$TMP/en")" "1 - - - - 1 1 0" "the support row: counted, no money («-»)"
is "$(row policing "$TMP/en")" "1 - - - - 0 0 1" "the policing row: its done need"
is "$(awk '$1 == "nonmaterial_need" {print $2, $3, $4}' "$TMP/en")" "1 50000000 0" \
    "the costs pledge on the support need is said apart"
grep -qF "Amounts count material needs only (space, equipment, costs)." "$TMP/en"
ok $? "en: the text says what the amounts count"
plain_report "$TMP/fa" "$HAMYAR" --db "$D" report; ok $? "report (Persian)"
holds "$(grep -F 'جمع' "$TMP/fa" | head -n 1 | tr -s ' ')" 'جمع 3 500000000 200000000 80000000 300000000 1 1 1' \
    "fa: the total row"
grep -qF 'مبلغ‌ها فقط نیازهای مادی (فضا، تجهیزات، هزینه‌ها) را می‌شمارند.' "$TMP/fa"
ok $? "fa: the text says what the amounts count"
grep -qF 'برای نیاز معنوی (مبلغ آن در جدول‌ها نیست)' "$TMP/fa"; ok $? "fa: the pledge said apart"
plain_report "$TMP/tbz" "$HAMYAR" --db "$D" --lang en report --county 'تبريز'; ok $? "--county تبريز (Arabic ye)"
is "$(row Tabriz "$TMP/tbz")" "3 500000000 200000000 80000000 300000000 1 1 1" "--county: the same row"

"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html" >/dev/null; ok $? "report --html --lang en"
grep -qF '<tr class="total"><th>Total</th><td>3</td><td>500,000,000</td><td>200,000,000</td><td>80,000,000</td><td>300,000,000</td><td>1</td><td>1</td><td>1</td></tr>' "$TMP/en.html"
ok $? "en page: the total row"
grep -qF '<h2>Needs and gap per county (amounts: material needs only)</h2>' "$TMP/en.html"
ok $? "en page: the county heading says the amounts are the material needs'"
grep -qF '<th class="nm">Non-material open</th><th class="nm">With a pledge</th><th class="nm">Done</th>' "$TMP/en.html"
ok $? "en page: the count columns"
# the type chart has the material types alone: no empty bar for support
is "$(grep -c '<title>Support' "$TMP/en.html")" 0 "en page: no bar for a non-material type"
grep -qF '<title>Public equipment&#10;Estimated cost: 500,000,000 rials&#10;Gap: 300,000,000 rials</title>' "$TMP/en.html"
ok $? "en page: the equipment bar"
# the time chart ends at the tables' 200,000,000 pledged
grep -qF 'class="plg-t">Pledged: 200,000,000 rials</text>' "$TMP/en.html"
ok $? "en page: the chart's pledged total is the table's"
"$HAMYAR" --db "$D" report --html "$TMP/fa.html" >/dev/null; ok $? "report --html (Persian)"
grep -qF '<tr class="total"><th>جمع</th><td>۳</td><td>۵۰۰٬۰۰۰٬۰۰۰</td><td>۲۰۰٬۰۰۰٬۰۰۰</td><td>۸۰٬۰۰۰٬۰۰۰</td><td>۳۰۰٬۰۰۰٬۰۰۰</td><td>۱</td><td>۱</td><td>۱</td></tr>' "$TMP/fa.html"
ok $? "fa page: the total row"
grep -qF '<p class="note" id="material-note">مبلغ‌ها فقط نیازهای مادی' "$TMP/fa.html"
ok $? "fa page: says what the amounts count"
done_testing
