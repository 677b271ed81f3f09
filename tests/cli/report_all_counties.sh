# The report's county table lists every county of the province (the
# county table, core/counties.c: 21 in East Azerbaijan), a county with no
# counted need with zeros, so that an analyst does not take the 20 he
# sees for all; the page's chart draws only the counties with a need and
# names the others under it.  With --county X, X's row is there even when
# it has nothing.  Before, a county with no counted need had no row and
# was in no chart, without a word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_gap_open.inc"
D="$TMP/db"
gap_open_db "$D"; ok $? "fixture: needs in Tabriz and Marand only (and a rejected one)"
"$HAMYAR" --db "$D" --lang en report >"$TMP/en"; ok $? "report --lang en"
# the county table: from its heading to its total
awk '$1 == "county" {on = 1; next} on && $1 == "total" {exit} on {print}' "$TMP/en" >"$TMP/rows"
is "$(wc -l <"$TMP/rows" | tr -d ' ')" 21 "21 county rows, one per county of the province"
is "$(awk '$1 == "Sarab" {print $2, $3, $4, $5, $6}' "$TMP/rows")" "0 0 0 0 0" "Sarab, with no need, has its row of zeros"
is "$(awk '$1 == "Khoda" {print $3, $4, $5, $6, $7}' "$TMP/rows")" "0 0 0 0 0" "Khoda Afarin too"
is "$(awk '$1 == "Tabriz" {print $2, $3, $4, $5, $6}' "$TMP/rows")" "3 360,000,000 80,000,000 0 130,000,000" "Tabriz's row as before"
is "$(awk '$1 == "total" {print $2, $3; exit}' "$TMP/en")" "4 3,310,000,000" "the total unchanged"
"$HAMYAR" --db "$D" report >"$TMP/fa"
holds "$(grep -F 'هشترود' "$TMP/fa" | tr -s ' ')" 'هشترود ۰ ۰ ۰ ۰ ۰' "fa: Hashtrud's row of zeros"
is "$(sed '1,2d; /^$/q' "$TMP/fa" | grep -c '^[^ ].* ۰  *۰  *۰  *۰  *۰  *۰  *۰  *۰$')" 19 "fa: 19 county rows of zeros"

# --county: the county's row even when it has nothing
"$HAMYAR" --db "$D" --lang en report --county SRB >"$TMP/srb"; ok $? "report --county SRB (no need there)"
is "$(awk '$1 == "county" {getline; print $1, $2, $3, $4, $5, $6; exit}' "$TMP/srb")" "Sarab 0 0 0 0 0" "--county SRB: its row"
is "$(awk '$1 == "Tabriz"' "$TMP/srb" | wc -l | tr -d ' ')" 0 "--county SRB: no other county's"
"$HAMYAR" --db "$D" --lang en report --county MRD >"$TMP/mrd"
is "$(awk '$1 == "county" {on = 1; next} on && $1 == "total" {exit} on {n++} END {print n}' "$TMP/mrd")" 1 "--county MRD: one row, Marand's"

# the page: every county in the table, the chart's bars for two and a
# line naming the 19 others
"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html"; ok $? "report --html --lang en"
grep -qF '<tr><th>Sarab</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>' "$TMP/en.html"
ok $? "en page: Sarab's row"
first=$(sed -n '/<h2>Needs and gap per county (amounts: material needs only)/,/<\/svg>/p' "$TMP/en.html")
holds "$first" '<title>Tabriz' "en page: Tabriz has its bars"
case $first in *'<title>Sarab'*) ok 1 "en page: Sarab has no bar" ;; *) ok 0 "en page: Sarab has no bar" ;; esac
grep -qF '<p class="note" id="county-empty">Counties with no need counted, not in the chart (19): Ahar, Ajabshir, Azarshahr, Bonab, Bostanabad, Charuymaq, Hashtrud, Heris, Hurand, Jolfa, Kaleybar, Khoda Afarin, Malekan, Maragheh, Mianeh, Osku, Sarab, Shabestar, Varzaqan.</p>' "$TMP/en.html"
ok $? "en page: the chart names the 19 counties it leaves out"
"$HAMYAR" --db "$D" report --html "$TMP/fa.html"; ok $? "report --html"
grep -qF 'id="county-empty">شهرستان‌هایی که نیاز شمرده‌شده‌ای ندارند و در نمودار نیامده‌اند (۱۹): آذرشهر، اسکو، ' "$TMP/fa.html"
ok $? "fa page: the same line, in Persian digits"
is "$(sed -n '/<h2>نیازها و کسری به تفکیک شهرستان/,/<\/table>/p' "$TMP/fa.html" | grep -c '<tr><th>[^<]*</th><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td></tr>')" 19 "fa page: 19 county rows of zeros"
"$HAMYAR" --db "$D" report --html "$TMP/srb.html" --county SRB; ok $? "report --html --county SRB"
grep -qF '<tr><th>سراب</th><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td></tr>' "$TMP/srb.html"
ok $? "--county SRB page: its row of zeros"
grep -qF 'county-empty' "$TMP/srb.html"; is $? 1 "--county SRB page: no bars to leave out (the chart says no needs)"
done_testing
