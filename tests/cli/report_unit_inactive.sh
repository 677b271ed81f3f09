# The needs of a unit marked inactive leave the report's sums (county,
# type and total rows, text and --html, the charts) as they leave the
# ranking: a unit made inactive takes no help.  The report ends with them
# in a row of their own (their number, estimated cost, pledged, received,
# gap), and the pledges on them in the left-out pledges (unit_inactive),
# in Persian and under --lang en.  Before, they were summed as if the unit
# were active, and the report's totals were not the ranking's.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_unit_inactive.inc"
D="$TMP/db"
# TBZ-3 of the station; TBZ-4 and TBZ-5 of the post, made inactive below.
unit_inactive_db "$D" open &&
printf 'pledge,paid_on,amount,receipt\nTBZ-8,1404/02/01,20000000,1001\n' >"$TMP/payments.csv" &&
"$HAMYAR" --db "$D" import payments "$TMP/payments.csv" >/dev/null
ok $? "fixture: two units of Tabriz, three needs, two pledges, a payment"
tbz() { "$HAMYAR" --db "$D" --lang en report | plain_figures | awk '$1 == "Tabriz" {print $2, $3, $4, $5, $6}'; }
is "$(tbz)" "3 460000000 150000000 20000000 310000000" "both units active: the Tabriz row sums the three needs"

post_off "$D"; ok $? "the post TBZ-2 made inactive"
is "$("$HAMYAR" --lang en --db "$D" rank | head -n 1)" \
    "needs ranked: 1, by topsis; open needs of a unit marked inactive, not ranked: 2" "rank leaves its two needs out"

plain_report "$TMP/en" "$HAMYAR" --db "$D" --lang en report; ok $? "report --lang en"
is "$(awk '$1 == "Tabriz" {print $2, $3, $4, $5, $6}' "$TMP/en")" "1 300000000 100000000 0 200000000" \
    "the Tabriz row: only the active unit's need, as ranked"
is "$(awk '$1 == "total" {print $2, $3, $4, $5, $6; exit}' "$TMP/en")" "1 300000000 100000000 0 200000000" \
    "the county table's total"
is "$(awk '$1 == "equipment" {print $2, $3, $6}' "$TMP/en")" "0 0 0" "the equipment row: the inactive unit's need is not in it"
is "$(awk '$1 == "space" {print $2, $3, $6}' "$TMP/en")" "1 300000000 200000000" "the space row: only the active unit's"
is "$(awk '$1 == "total" {print $2, $6}' "$TMP/en" | sed -n 2p)" "1 200000000" "the type table's total"
is "$(awk '$1 == "needs_left_out" {print $2, $3, $4, $5, $6}' "$TMP/en")" "needs estimated pledged received gap" \
    "the left-out needs' heading"
is "$(awk '$1 == "unit_inactive" {print $2, $3, $4, $5, $6}' "$TMP/en" | tr '\n' ';')" \
    "2 160000000 50000000 20000000 110000000;1 50000000 20000000  ;" \
    "the inactive unit's needs in their row, and the pledge on them in the left-out pledges"

plain_report "$TMP/fa" "$HAMYAR" --db "$D" report; ok $? "report in Persian"
grep -F 'نیازهای واحدی که غیرفعال شده' "$TMP/fa" | tr -s ' ' >"$TMP/fa_row"
holds "$(cat "$TMP/fa_row")" 'نیازهای واحدی که غیرفعال شده 2 160000000 50000000 20000000 110000000' "fa: the needs' row"
holds "$(grep -F 'برای نیاز واحدی که غیرفعال شده' "$TMP/fa" | tr -s ' ')" \
    'برای نیاز واحدی که غیرفعال شده 1 50000000 20000000' "fa: the pledges' row"
holds "$(grep -F 'نیازهای شمرده‌نشده' "$TMP/fa")" 'نیازهای شمرده‌نشده' "fa: the needs' heading"

"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html"; ok $? "report --html --lang en"
grep -qF '<tr class="total"><th>Total</th><td>1</td><td>300,000,000</td><td>100,000,000</td><td>0</td><td>200,000,000</td><td>0</td><td>0</td><td>0</td></tr>' "$TMP/en.html"
ok $? "en page: the total row leaves the inactive unit's needs out"
grep -qF '<tr><th>Of a unit marked inactive</th><td>2</td><td>160,000,000</td><td>50,000,000</td><td>20,000,000</td><td>110,000,000</td><td>0</td><td>0</td><td>0</td></tr>' "$TMP/en.html"
ok $? "en page: their own row"
grep -qF '<tr><th>For a need of a unit marked inactive</th><td>1</td><td>50,000,000</td><td>20,000,000</td></tr>' "$TMP/en.html"
ok $? "en page: the pledge on them"
grep -qF 'class="plg-t">Pledged: 100,000,000 rials' "$TMP/en.html"; ok $? "en page: the time chart ends at the tables' pledged total"
"$HAMYAR" --db "$D" report --html "$TMP/fa.html"; ok $? "report --html in Persian"
grep -qF '<tr><th>نیازهای واحدی که غیرفعال شده</th><td>۲</td><td>۱۶۰٬۰۰۰٬۰۰۰</td>' "$TMP/fa.html"; ok $? "fa page: their row, in Persian digits"

# --county: the row is the county's.
plain_report "$TMP/bst" "$HAMYAR" --db "$D" --lang en report --county BST; ok $? "report --county BST"
is "$(grep -c unit_inactive "$TMP/bst")" 0 "no Bostanabad need is of the inactive unit: no such row"

# Both units inactive: no need is counted, and the page says why rather
# than that the needs are all rejected.
printf 'id,kind,name,county,active\nTBZ-1,station,کلانتری ۱۱ تبريز,TBZ,0\n' >"$TMP/off1.csv"
"$HAMYAR" --db "$D" import units "$TMP/off1.csv" >/dev/null; ok $? "the station TBZ-1 made inactive too"
plain_report "$TMP/en2" "$HAMYAR" --db "$D" --lang en report
is "$(awk '$1 == "unit_inactive" {print $2, $3}' "$TMP/en2" | head -n 1)" "3 460000000" "all three needs in the left-out row"
is "$(awk '$1 == "total" {print $2; exit}' "$TMP/en2")" "0" "none in the total row"
"$HAMYAR" --db "$D" --lang en report --html "$TMP/en2.html" &&
grep -qF '<p>No needs to show: the needs recorded are rejected or of units marked inactive.</p>' "$TMP/en2.html"
ok $? "en page: no chart of needs, and why"
"$HAMYAR" --db "$D" report --html "$TMP/fa2.html" &&
grep -qF 'نیازی برای نشان دادن نیست: نیازهای ثبت‌شده ردشده یا از واحدهای غیرفعال‌اند.' "$TMP/fa2.html"
ok $? "fa page: the same in Persian"
printf 'id,kind,name,county,active\nTBZ-1,station,کلانتری ۱۱ تبريز,TBZ,1\n' >"$TMP/on1.csv"
"$HAMYAR" --db "$D" import units "$TMP/on1.csv" >/dev/null; ok $? "TBZ-1 active again"

# Made active again, the needs count again and the rows are gone.
printf 'id,kind,name,county,active\nTBZ-2,post,پاسگاه عجب‌شیر,TBZ,1\n' >"$TMP/on.csv"
"$HAMYAR" --db "$D" import units "$TMP/on.csv" >/dev/null; ok $? "TBZ-2 active again"
is "$(tbz)" "3 460000000 150000000 20000000 310000000" "the Tabriz row sums the three needs again"
is "$("$HAMYAR" --db "$D" --lang en report | plain_figures | grep -c unit_inactive)" 0 "no left-out row"

# A need left out twice over is in one row only, its own state first:
# deactivated (or rejected) before of an inactive unit.  The post inactive
# again, its TBZ-5 (ساخت سایه‌بان) deactivated and then its TBZ-4
# (دوربین‌های نظارتی) rejected.
"$HAMYAR" --db "$D" import units "$TMP/off.csv" --allow-repeats >/dev/null &&
printf 'id,active\nTBZ-5,0\n' >"$TMP/n5.csv" && "$HAMYAR" --db "$D" import needs "$TMP/n5.csv" >/dev/null
ok $? "TBZ-2 inactive again, its need TBZ-5 deactivated"
plain_report "$TMP/en3" "$HAMYAR" --db "$D" --lang en report
is "$(awk '$1 == "unit_inactive" {print $2, $3, $4, $5, $6}' "$TMP/en3" | head -n 1)" "1 120000000 50000000 20000000 70000000" \
    "the inactive unit's row: TBZ-4 only"
is "$(awk '$1 == "needs_deactivated" {print $2, $3, $4, $5, $6}' "$TMP/en3")" "1 40000000 0 0 40000000" \
    "TBZ-5 in the deactivated needs' row, and only there"
is "$(awk '$1 == "total" {print $2, $3; exit}' "$TMP/en3")" "1 300000000" "the total: the station's need"
printf 'id,status\nTBZ-4,rejected\n' >"$TMP/rej.csv"
"$HAMYAR" --db "$D" import needs "$TMP/rej.csv" >/dev/null; ok $? "TBZ-4 rejected"
plain_report "$TMP/fa3" "$HAMYAR" --db "$D" report
holds "$(grep -F 'نیازهای ردشده' "$TMP/fa3" | tr -s ' ')" 'نیازهای ردشده 1 120000000 50000000 20000000 0' \
    "fa: TBZ-4 in the rejected needs' row"
holds "$(grep -F 'نیازهای غیرفعال' "$TMP/fa3" | tr -s ' ')" 'نیازهای غیرفعال 1 40000000 0 0 40000000' \
    "fa: TBZ-5 in the deactivated needs' row"
is "$(grep -c 'نیازهای واحدی که غیرفعال شده' "$TMP/fa3")" 0 "fa: no need left in the inactive unit's row"
"$HAMYAR" --db "$D" report --html "$TMP/fa3.html"
grep -qF '<tr><th>نیازهای ردشده</th><td>۱</td><td>۱۲۰٬۰۰۰٬۰۰۰</td><td>۵۰٬۰۰۰٬۰۰۰</td><td>۲۰٬۰۰۰٬۰۰۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td></tr>' "$TMP/fa3.html"
ok $? "fa page: the rejected needs' row"
grep -qF '<tr><th>نیازهای غیرفعال</th><td>۱</td><td>۴۰٬۰۰۰٬۰۰۰</td><td>۰</td><td>۰</td><td>۴۰٬۰۰۰٬۰۰۰</td><td>۰</td><td>۰</td><td>۰</td></tr>' "$TMP/fa3.html"
ok $? "fa page: the deactivated needs' row"
grep -qF '<tr><th>نیازهای واحدی که غیرفعال شده</th>' "$TMP/fa3.html"; is $? 1 "fa page: no inactive unit's row"
done_testing
