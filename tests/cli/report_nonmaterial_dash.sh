# A county whose needs are all non-material (information, support,
# oversight, policing) has no money to speak of: the text report and the
# page's table write «-» in its four amounts (estimated, pledged, received,
# gap), as the dashboard writes its gap «-» and the page's chart counts its
# open needs in its bars' place.  Before, the text and the table read
# «بناب ۳ ۰ ۰ ۰ ۰ ۲ ۰ ۱»: a gap of 0, nothing needed there, beside the
# dashboard's «-».  So do a type's row (a non-material type's), a total of
# non-material needs alone (--county) and a row of needs not counted; a
# county with a material need keeps its figures, a 0 among them, and a
# county with no need its zeros.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
cat >"$TMP/units.csv" <<'CSV'
kind,name,county
station,کلانتری ۱۱ تبریز,TBZ
station,کلانتری ۲ بناب,BNB
CSV
# Tabriz: an equipment need without an estimate (its amounts 0) and a
# support one; Bonab: two open non-material needs (one with an estimate
# typed in Persian digits), a done one and a rejected one.
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,equipment,دوربین‌های نظارتي ورودی بازار,,4,4,1404/02/10,identified
TBZ-1,support,کلاس‌های پیشگیری از اعتیاد,,3,4,1404/01/20,identified
TBZ-2,information,شبکهٔ اطلاع‌رسانی محله‌ها,,3,3,1404/03/01,assessed
TBZ-2,oversight,نظارت مردمی بر طرح‌های پاسگاه ۴,۱۶۰٬۰۰۰٬۰۰۰,5,5,1404/03/02,approved
TBZ-2,policing,همیاران ترافيک مدرسه‌ها,,2,3,1403/07/01,done
TBZ-2,support,کمک به خانواده‌های نیازمند,,2,2,1403/08/01,rejected
CSV
import_each "$D" units needs; ok $? "fixture: Tabriz with a material need, Bonab with non-material ones only"

row() { awk -v k="$1" '$1 == k {print $2, $3, $4, $5, $6, $7, $8, $9; exit}' "$2"; }
plain_report "$TMP/en" "$HAMYAR" --db "$D" --lang en report; ok $? "report --lang en"
is "$(row Bonab "$TMP/en")" "3 - - - - 2 0 1" "en: Bonab's amounts «-», its needs counted"
is "$(row Tabriz "$TMP/en")" "2 0 0 0 0 1 0 0" "en: Tabriz (a material need, no estimate yet) keeps its 0s"
is "$(row Ajabshir "$TMP/en")" "0 0 0 0 0 0 0 0" "en: a county with no need keeps its zeros"
is "$(row total "$TMP/en")" "5 0 0 0 0 3 0 1" "en: the total, with a material need in it, its 0s"
is "$(row information "$TMP/en")" "1 - - - - 1 0 0" "en: a non-material type's row «-»"
is "$(row equipment "$TMP/en")" "1 0 0 0 0 0 0 0" "en: the equipment row its 0s"
is "$(row needs_rejected "$TMP/en")" "1 - - - - 0 0 0" "en: the rejected non-material need, not counted: «-» too"

"$HAMYAR" --db "$D" report >"$TMP/fa"; ok $? "report (Persian)"
is "$(awk '$1 == "بناب" {$1 = ""; print}' "$TMP/fa" | tr -s ' ')" " ۳ - - - - ۲ ۰ ۱" "fa: Bonab's row «-» in its amounts"
# the columns still line up: the «-» right-aligned under the headings' ends
r=$(grep "^بناب" "$TMP/fa")
is "$(printf "%s" "$r" | wc -m)" "$(printf '%s' "$(grep '^تبریز' "$TMP/fa")" | wc -m)" "fa: Bonab's line as long as Tabriz's"

plain_report "$TMP/bnb" "$HAMYAR" --db "$D" --lang en report --county BNB; ok $? "report --county BNB"
is "$(row total "$TMP/bnb")" "3 - - - - 2 0 1" "--county: the total of non-material needs alone «-» too"

for lang in fa en; do
	"$HAMYAR" --lang $lang --db "$D" report --html "$TMP/$lang.html" >/dev/null; ok $? "$lang: report --html"
done
grep -qF '<tr><th>بناب</th><td>۳</td><td>-</td><td>-</td><td>-</td><td>-</td><td>۲</td><td>۰</td><td>۱</td></tr>' "$TMP/fa.html"
ok $? "fa page: Bonab's row of the table «-» in its amounts, as the text"
grep -qF '<tr><th>Bonab</th><td>3</td><td>-</td><td>-</td><td>-</td><td>-</td><td>2</td><td>0</td><td>1</td></tr>' "$TMP/en.html"
ok $? "en page: the same"
grep -qF '<tr><th>تبریز</th><td>۲</td><td>۰</td><td>۰</td><td>۰</td><td>۰</td><td>۱</td><td>۰</td><td>۰</td></tr>' "$TMP/fa.html"
ok $? "fa page: Tabriz's row its 0s"
done_testing
