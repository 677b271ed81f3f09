# report --html: what the page says where a chart has nothing to draw.  It
# says "no pledges yet" / "no needs yet" only when there are none; pledges
# that are all cancelled, non-material or in kind, or needs that are all
# rejected, are there, and the page says why the chart is empty instead of
# telling a supervisor nothing was recorded.
. "$HAMYAR_SRC/tests/lib.sh"

NO_PLEDGES='هنوز تعهدی ثبت نشده است.'
NO_NEEDS='هنوز نیازی ثبت نشده است.'

# An empty database: the sentences saying nothing is recorded.
E="$TMP/e"
"$HAMYAR" --db "$E" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$E" report --html "$TMP/e.html"; ok $? "report --html of an empty database"
grep -qF "<p>$NO_PLEDGES</p>" "$TMP/e.html"; ok $? "empty: no pledges yet"
is "$(grep -cF "<p>$NO_NEEDS</p>" "$TMP/e.html")" 2 "empty: no needs yet (by county, by type)"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
cat >"$TMP/donors.csv" <<'CSV'
kind,name,county
person,علی‌رضا کريمی,TBZ
org,شركت فولاد آذر,BST
CSV
cat >"$TMP/units.csv" <<'CSV'
kind,name,county
station,کلانتری ۱۱ تبریز,TBZ
post,پاسگاه بستان‌آباد,BST
CSV
# TBZ-5 in Tabriz (approved), TBZ-6 in Bostanabad (rejected).
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-3,space,بازسازی ساختمان کلانتری,۲٬۵۰۰٬۰۰۰٬۰۰۰,5,4,1403/12/30,approved
TBZ-4,equipment,دوربین‌های نظارتي,900000000,2,2,1399/12/30,rejected
CSV
# On TBZ-5: a cancelled money pledge and 40 hours of volunteer policing;
# nothing the time chart can draw, but two pledges.
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,hours,pledged_on,status
TBZ-1,TBZ-5,space,1000000000,,1403/12/30,cancelled
TBZ-1,TBZ-5,policing,,40,1404/01/01,pledged
CSV
for k in donors units needs pledges; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null 2>"$TMP/err" || { echo "# import $k failed"; cat "$TMP/err"; }
done
"$HAMYAR" --db "$D" report --html "$TMP/p.html"; ok $? "report --html with a cancelled and a non-material pledge"
grep -qF "$NO_PLEDGES" "$TMP/p.html"; is $? 1 "two pledges recorded: not 'no pledges yet'"
grep -qF '<p>مبلغ تعهدشده‌ای برای نمودار نیست: تعهدهای ثبت‌شده لغوشده، معنوی یا غیرنقدی‌اند.</p>' "$TMP/p.html"
ok $? "... but why the time chart is empty"
grep -c '<svg ' "$TMP/p.html" | grep -qx 2; ok $? "... with the two charts of needs and no time chart"
"$HAMYAR" --lang en --db "$D" report --html "$TMP/pen.html"; ok $? "the same in English"
grep -qF '<p>No pledged amount to chart: the pledges recorded are cancelled, non-material or in kind.</p>' "$TMP/pen.html"
ok $? "en: why the time chart is empty"

# Bostanabad's one need is rejected: its page has needs, none counted.
"$HAMYAR" --db "$D" report --county بستان‌آباد --html "$TMP/b.html"; ok $? "report --html --county بستان‌آباد"
grep -qF "$NO_NEEDS" "$TMP/b.html"; is $? 1 "a rejected need recorded: not 'no needs yet'"
is "$(grep -cF '<p>نیازی برای نشان دادن نیست: نیازهای ثبت‌شده همه ردشده‌اند.</p>' "$TMP/b.html")" 2 \
    "... but that the needs recorded are all rejected (by county, by type)"
"$HAMYAR" --lang en --db "$D" report --county BST --html "$TMP/ben.html"; ok $? "the same in English"
grep -qF '<p>No needs to show: the needs recorded are all rejected.</p>' "$TMP/ben.html"; ok $? "en: all rejected"
# A county with no need at all: none yet, as before.
"$HAMYAR" --db "$D" report --county AHR --html "$TMP/a.html"; ok $? "report --html --county اهر (no need there)"
is "$(grep -cF "<p>$NO_NEEDS</p>" "$TMP/a.html")" 2 "Ahar: no needs yet"
grep -qF "<p>$NO_PLEDGES</p>" "$TMP/a.html"; ok $? "Ahar: no pledges yet"
done_testing
