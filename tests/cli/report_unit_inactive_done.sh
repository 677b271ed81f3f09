# A need that was done (completed, its money received) before its unit was
# made inactive stays in the report's figures: the money received on it is
# real money and a report of contributions counts it.  Only the open needs
# of an inactive unit are left out (the unit_inactive rows), as the ranking
# leaves them out; in the text, --html and the time chart alike.  Before,
# the done need left the totals with its unit, its received money with it.
. "$HAMYAR_SRC/tests/lib.sh"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
cat >"$TMP/units.csv" <<'CSV'
kind,name,county
station,کلانتری ۱۱ تبريز,TBZ
post,پاسگاه عجب‌شیر,TBZ
CSV
# TBZ-3 of the station; TBZ-4 (done) and TBZ-5 (open) of the post.
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,space,بازسازی ساختمان کلانتری,300000000,5,4,1403/12/30,approved
TBZ-2,equipment,دوربین‌های نظارتي 4MP,۱۲۰٬۰۰۰٬۰۰۰,3,3,1403/10/01,done
TBZ-2,space,ساخت سایه‌بان,40000000,2,2,1404/01/15,identified
CSV
printf 'kind,name,county\nperson,علی‌رضا کريمی,TBZ\n' >"$TMP/donors.csv"
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,hours,pledged_on,status
TBZ-6,TBZ-3,space,100000000,,1404/01/10,pledged
TBZ-6,TBZ-4,equipment,120000000,,1403/11/11,pledged
TBZ-6,TBZ-5,space,10000000,,1404/01/20,pledged
CSV
cat >"$TMP/payments.csv" <<'CSV'
pledge,paid_on,amount,receipt
TBZ-8,1403/12/01,120000000,1001
TBZ-9,1404/02/01,4000000,1002
CSV
"$HAMYAR" --db "$D" import units "$TMP/units.csv" >/dev/null &&
"$HAMYAR" --db "$D" import needs "$TMP/needs.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$D" import donors "$TMP/donors.csv" >/dev/null &&
"$HAMYAR" --db "$D" import pledges "$TMP/pledges.csv" >/dev/null &&
"$HAMYAR" --db "$D" import payments "$TMP/payments.csv" >/dev/null
ok $? "fixture: a station's need, a post's done need paid in full and its open need"
row() { awk -v k="$1" '$1 == k {print $2, $3, $4, $5, $6; exit}' "$2"; }
"$HAMYAR" --db "$D" --lang en report >"$TMP/before"
is "$(row Tabriz "$TMP/before")" "3 460000000 230000000 124000000 230000000" "both units active: all three needs"

printf 'id,kind,name,county,active\nTBZ-2,post,پاسگاه عجب‌شیر,TBZ,0\n' >"$TMP/off.csv"
"$HAMYAR" --db "$D" import units "$TMP/off.csv" >/dev/null; ok $? "the post TBZ-2 made inactive"

"$HAMYAR" --db "$D" --lang en report >"$TMP/en"; ok $? "report --lang en"
is "$(row Tabriz "$TMP/en")" "2 420000000 220000000 120000000 200000000" \
    "the Tabriz row keeps the done need and its 120,000,000 received"
is "$(row total "$TMP/en")" "2 420000000 220000000 120000000 200000000" "the county table's total too"
is "$(row equipment "$TMP/en")" "1 120000000 120000000 120000000 0" "the equipment row: the done need"
is "$(awk '$1 == "unit_inactive" {print $2, $3, $4, $5, $6}' "$TMP/en" | tr '\n' ';')" \
    "1 40000000 10000000 4000000 30000000;1 10000000 4000000  ;" \
    "only the open need of the inactive unit is left out, and the pledge on it"
"$HAMYAR" --db "$D" report >"$TMP/fa"; ok $? "report in Persian"
holds "$(grep -F 'نیازهای واحدی که غیرفعال شده' "$TMP/fa" | tr -s ' ')" \
    'نیازهای واحدی که غیرفعال شده 1 40000000 10000000 4000000 30000000' "fa: the open need's row"

"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html"; ok $? "report --html --lang en"
grep -qF '<tr class="total"><th>Total</th><td>2</td><td>420,000,000</td><td>220,000,000</td><td>120,000,000</td><td>200,000,000</td></tr>' "$TMP/en.html"
ok $? "en page: the total row counts the done need"
grep -qF '<tr><th>Of a unit marked inactive</th><td>1</td><td>40,000,000</td><td>10,000,000</td><td>4,000,000</td><td>30,000,000</td></tr>' "$TMP/en.html"
ok $? "en page: the open need in its own row"
grep -qF 'Received: 120,000,000 rials' "$TMP/en.html"; ok $? "en page: the time chart's received ends at the tables' total"

# The done need deactivated is left out as a deactivated need is.
printf 'id,active\nTBZ-4,0\n' >"$TMP/n4.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n4.csv" >/dev/null; ok $? "the done need deactivated"
"$HAMYAR" --db "$D" --lang en report >"$TMP/en2"
is "$(row Tabriz "$TMP/en2")" "1 300000000 100000000 0 200000000" "deactivated, it leaves the Tabriz row"
is "$(row needs_deactivated "$TMP/en2")" "1 120000000 120000000 120000000 0" "and is in the deactivated needs' row"
done_testing
