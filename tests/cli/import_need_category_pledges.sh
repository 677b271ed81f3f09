# import needs warns about a row that changes a stored need's category
# between material and non-material under pledges that then no longer fit
# it, naming the line, the category's column and how many active pledges,
# as the need form does at F2 (tests/screen/need_category_pledges.sh); the
# reverse of the pledge's own warning (import_pledge_type_category.sh).
# The row is written.  A change within a kind (space to costs), a row that
# keeps the category, and a cancelled pledge are not warned about.
# Before, the category changed without a word.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
category() { "$HAMYAR" --db "$D" export needs | tr -d '\r' | awk -F, -v n="$1" '$1 == n { print $3 }'; }

printf 'kind,name,county\nstation,کلانتری ۱۲ بناب,BNB\n' >"$TMP/u.csv"
import units "$TMP/u.csv"; ok $r "a unit (TBZ-1)"
printf 'kind,name,county\nperson,محمدرضا عبدالله‌زاده,BNB\nperson,زهرا كريمي,BNB\n' >"$TMP/d.csv"
import donors "$TMP/d.csv"; ok $r "two donors (TBZ-2, TBZ-3)"
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,costs,هزینه نگهداری ساختمان پلیس راه,460000000,5,5,1404/08/29,approved
TBZ-1,support,بسته‌های معیشتی کارکنان,,2,2,1404/01/11,approved
CSV
import needs "$TMP/n.csv"; ok $r "needs TBZ-4 costs, TBZ-5 support"
cat >"$TMP/p.csv" <<'CSV'
donor,need,type,amount,hours,pledged_on,status
TBZ-2,TBZ-4,costs,"۱۱۵٬۰۰۰٬۰۰۰",,۱۴۰۴/۰۹/۰۱,
TBZ-3,TBZ-4,costs,92000000,,1404/09/02,partial
TBZ-3,TBZ-4,costs,1000000,,1404/09/03,cancelled
TBZ-3,TBZ-5,information,,12,1404/09/04,
CSV
import pledges "$TMP/p.csv"; ok $r "pledges: two live costs and a cancelled one on TBZ-4, information on TBZ-5"

cat >"$TMP/c.csv" <<'CSV'
id,category
TBZ-4,حمايتي
TBZ-5,equipment
CSV
import needs "$TMP/c.csv"
is "$r" 0 "categories changed: imported, with warnings"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (category): هشدار: 2 تعهد فعال این نیاز مادی است ولی زمینهٔ مشارکت آن اکنون معنوی است" \
    "line 2: TBZ-4 made support under two costs pledges (the cancelled one not counted)"
holds "$(cat "$TMP/err")" "سطر 3، ستون 2 (category): هشدار: 1 تعهد فعال این نیاز معنوی است ولی زمینهٔ مشارکت آن اکنون مادی است" \
    "line 3: TBZ-5 made equipment under an information pledge"
is "$(category TBZ-4)" support "TBZ-4 written: support"
is "$(category TBZ-5)" equipment "TBZ-5 written: equipment"

# back: the pledges fit again, nothing said
printf 'id,category\nTBZ-4,costs\nTBZ-5,support\n' >"$TMP/b.csv"
import needs "$TMP/b.csv"
is "$r" 0 "back: imported"
is "$(cat "$TMP/err")" "" "back to costs and support: the pledges fit, no warning"
# within a kind (costs to space) and unchanged: nothing; in English the
# support need made space is warned about
printf 'id,category\nTBZ-4,space\nTBZ-5,space\n' >"$TMP/e.csv"
"$HAMYAR" --db "$D" --lang en import needs "$TMP/e.csv" >"$TMP/out" 2>"$TMP/err"
is "$?" 0 "en: imported"
grep -q "line 2" "$TMP/err"; is $? 1 "en: costs to space (both material): no warning"
holds "$(cat "$TMP/err")" "line 3, column 2 (category): warning: 1 active pledges of this need are non-material, but this category is material: check them or the category" \
    "en: TBZ-5 made space under its information pledge: warned"
done_testing
