# A need that was done (completed, its money received) before its unit was
# made inactive stays in the report's figures: the money received on it is
# real money and a report of contributions counts it.  Only the open needs
# of an inactive unit are left out (the unit_inactive rows), as the ranking
# leaves them out; in the text, --html and the time chart alike.  Before,
# the done need left the totals with its unit, its received money with it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_unit_inactive.inc"
D="$TMP/db"
# TBZ-3 of the station; TBZ-4 (done) and TBZ-5 (open) of the post.
unit_inactive_db "$D" done
ok $? "fixture: a station's need, a post's done need paid in full and its open need"
row() { awk -v k="$1" '$1 == k {print $2, $3, $4, $5, $6; exit}' "$2"; }
plain_report "$TMP/before" "$HAMYAR" --db "$D" --lang en report
is "$(row Tabriz "$TMP/before")" "3 460000000 230000000 124000000 230000000" "both units active: all three needs"

post_off "$D"; ok $? "the post TBZ-2 made inactive"

plain_report "$TMP/en" "$HAMYAR" --db "$D" --lang en report; ok $? "report --lang en"
is "$(row Tabriz "$TMP/en")" "2 420000000 220000000 120000000 200000000" \
    "the Tabriz row keeps the done need and its 120,000,000 received"
is "$(row total "$TMP/en")" "2 420000000 220000000 120000000 200000000" "the county table's total too"
is "$(row equipment "$TMP/en")" "1 120000000 120000000 120000000 0" "the equipment row: the done need"
is "$(awk '$1 == "unit_inactive" {print $2, $3, $4, $5, $6}' "$TMP/en" | tr '\n' ';')" \
    "1 40000000 10000000 4000000 30000000;1 10000000 4000000  ;" \
    "only the open need of the inactive unit is left out, and the pledge on it"
plain_report "$TMP/fa" "$HAMYAR" --db "$D" report; ok $? "report in Persian"
holds "$(grep -F 'نیازهای واحدی که غیرفعال شده' "$TMP/fa" | tr -s ' ')" \
    'نیازهای واحدی که غیرفعال شده 1 40000000 10000000 4000000 30000000' "fa: the open need's row"

"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html"; ok $? "report --html --lang en"
grep -qF '<tr class="total"><th>Total</th><td>2</td><td>420,000,000</td><td>220,000,000</td><td>120,000,000</td><td>200,000,000</td><td>0</td><td>0</td><td>0</td></tr>' "$TMP/en.html"
ok $? "en page: the total row counts the done need"
grep -qF '<tr><th>Of a unit marked inactive</th><td>1</td><td>40,000,000</td><td>10,000,000</td><td>4,000,000</td><td>30,000,000</td><td>0</td><td>0</td><td>0</td></tr>' "$TMP/en.html"
ok $? "en page: the open need in its own row"
grep -qF 'Received: 120,000,000 rials' "$TMP/en.html"; ok $? "en page: the time chart's received ends at the tables' total"

# The done need deactivated is left out as a deactivated need is.
printf 'id,active\nTBZ-4,0\n' >"$TMP/n4.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n4.csv" >/dev/null; ok $? "the done need deactivated"
plain_report "$TMP/en2" "$HAMYAR" --db "$D" --lang en report
is "$(row Tabriz "$TMP/en2")" "1 300000000 100000000 0 200000000" "deactivated, it leaves the Tabriz row"
is "$(row needs_deactivated "$TMP/en2")" "1 120000000 120000000 120000000 0" "and is in the deactivated needs' row"
done_testing
