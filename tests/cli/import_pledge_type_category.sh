# import pledges warns about a pledge whose type does not fit its need's
# category, as the pledge form does at F2 (pledge_type_category.sh): money
# (costs) on a support need, which takes none, or volunteer hours on a
# space need, whose gap is rials.  The row is written (a supervisor may
# mean it); the warning names its line, the type's column, the pledge's
# type and the need's category.  Costs on an equipment need (both
# material) or information on a support need (both non-material) are not
# warned about, nor a cancelled pledge, nor a row updating a pledge with
# the need and type it had (an export imported back).  Before, such
# pledges came in without a word.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
npledges() { "$HAMYAR" --db "$D" export pledges | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }

printf 'kind,name,county\nstation,کلانتری ۱۲ بناب,BNB\n' >"$TMP/u.csv"
import units "$TMP/u.csv"; ok $r "a unit (TBZ-1)"
printf 'kind,name,county\nperson,محمدرضا عبدالله‌زاده,BNB\nperson,زهرا كريمي,BNB\n' >"$TMP/d.csv"
import donors "$TMP/d.csv"; ok $r "two donors (TBZ-2, TBZ-3)"
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,support,بسته‌های معیشتی کارکنان,90000000,2,2,1404/08/29,approved
TBZ-1,space,تعمیر سقف پاسگاه,400000000,3,3,1404/01/11,approved
TBZ-1,equipment,دوربین مداربسته,200000000,4,4,1404/01/12,approved
CSV
import needs "$TMP/n.csv"; ok $r "needs TBZ-4 support, TBZ-5 space, TBZ-6 equipment"

cat >"$TMP/p.csv" <<'CSV'
خیر,نیاز,نوع مشارکت,مبلغ,ساعت,تاریخ تعهد,وضعیت
TBZ-2,TBZ-4,costs,"۵۰٬۰۰۰٬۰۰۰",,۱۴۰۴/۰۹/۰۱,
TBZ-3,tbz-۵,policing,,40,1404/09/02,
TBZ-2,TBZ-6,costs,20000000,,1404/09/03,
TBZ-3,TBZ-4,information,,12,1404/09/04,
TBZ-3,TBZ-4,space,1000000,,1404/09/05,cancelled
CSV
import pledges "$TMP/p.csv"
is "$r" 0 "pledges of a type that does not fit their need: imported, with warnings"
holds "$(cat "$TMP/err")" "سطر 2، ستون 3 (نوع مشارکت): هشدار: نوع این تعهد، «تأمین هزینه‌های خدماتی و امنیتی»، مادی است ولی دستهٔ نیازش، «حمایتی»، معنوی است" \
    "line 2: costs (material) on a support need (non-material), both named"
holds "$(cat "$TMP/err")" "سطر 3، ستون 3 (نوع مشارکت): هشدار: نوع این تعهد، «انتظامی (داوطلبانه)»، معنوی است ولی دستهٔ نیازش، «توسعهٔ فضاهای انتظامی»، مادی است" \
    "line 3: policing (non-material) on a space need (material), both named"
grep -q "سطر 4" "$TMP/err"; is $? 1 "costs on an equipment need: no warning"
grep -q "سطر 5" "$TMP/err"; is $? 1 "information on a support need: no warning"
grep -q "سطر 6" "$TMP/err"; is $? 1 "a cancelled pledge: no warning"
is "$(npledges)" 5 "all five written"

# the same pledges again, as an export imported back unchanged: not again
"$HAMYAR" --db "$D" export pledges --out "$TMP/back.csv" >/dev/null 2>&1
import pledges "$TMP/back.csv"
is "$r" 0 "the export imports back"
grep -q "مادی است" "$TMP/err"; is $? 1 "a pledge kept with its need and type is not warned about again"

# TBZ-9 (costs on the equipment TBZ-6) moved onto the support TBZ-4;
# TBZ-10 (information on TBZ-4) given the type equipment; in English
cat >"$TMP/m.csv" <<'CSV'
id,donor,need,type,amount,hours,pledged_on
TBZ-9,TBZ-2,TBZ-4,costs,20000000,,1404/09/03
TBZ-10,TBZ-3,TBZ-4,equipment,5000000,,1404/09/04
CSV
"$HAMYAR" --db "$D" --lang en import pledges "$TMP/m.csv" >"$TMP/out" 2>"$TMP/err"
is "$?" 0 "a pledge moved and one given another type: imported"
holds "$(cat "$TMP/err")" "line 2, column 4 (type): warning: This pledge's type, \"Service and security costs\", is material, but its need's category, \"Support\", is non-material" \
    "en: the pledge moved onto the support need: warned"
holds "$(cat "$TMP/err")" "line 3, column 4 (type): warning: This pledge's type, \"Public equipment\", is material, but its need's category, \"Support\"" \
    "en: the pledge given a material type: warned"
is "$(npledges)" 5 "still five"
done_testing
