# import pledges warns about a pledge on a need that is done or rejected,
# as the pledge form does at F2 (pledge_need_closed.sh): the row is
# written, the warning names its line and the need's column.  A row
# updating a pledge already on that need (the need closed after it, an
# export imported back) is not warned about again, nor a pledge of another
# database brought with its id (import all of an export: history), but a
# stored pledge moved onto such a need is.  Before, such pledges
# came in without a word.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
npledges() { "$HAMYAR" --db "$D" export pledges | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }

printf 'kind,name,county\nstation,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"
import units "$TMP/u.csv"; ok $r "a unit (TBZ-1)"
printf 'kind,name,county\nperson,محمدرضا عبدالله‌زاده,TBZ\nperson,زهرا كريمي,TBZ\n' >"$TMP/d.csv"
import donors "$TMP/d.csv"; ok $r "two donors (TBZ-2, TBZ-3)"
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,equipment,خودروی گشت,900000000,4,4,1403/01/10,approved
TBZ-1,space,تعمیر سقف,100000000,3,3,1403/01/11,done
TBZ-1,space,ساخت سایه‌بان,40000000,2,2,1403/01/12,rejected
CSV
import needs "$TMP/n.csv"; ok $r "needs TBZ-4 approved, TBZ-5 done, TBZ-6 rejected"

cat >"$TMP/p.csv" <<'CSV'
خیر,نیاز,نوع مشارکت,مبلغ,تاریخ تعهد
TBZ-2,TBZ-4,costs,"۱۰٬۰۰۰٬۰۰۰",۱۴۰۳/۰۲/۰۱
TBZ-2,tbz-۵,costs,20000000,1403/02/01
TBZ-3,TBZ-6,space,۳۰٬000٬000,1403/02/02
CSV
import pledges "$TMP/p.csv"
is "$r" 0 "pledges on a done and a rejected need: imported, with warnings"
holds "$(cat "$TMP/err")" "سطر 3، ستون 2 (نیاز)" "naming line 3 and the need's column"
holds "$(cat "$TMP/err")" "سطر 4، ستون 2 (نیاز)" "naming line 4 and the need's column"
holds "$(cat "$TMP/err")" "نیاز این تعهد انجام‌شده یا ردشده است" "saying the need is done or rejected"
grep -q "سطر 2" "$TMP/err"; is $? 1 "the pledge on the approved need: no warning"
is "$(npledges)" 3 "all three written"

# the same pledges again, as an export imported back unchanged: not again
"$HAMYAR" --db "$D" export pledges --out "$TMP/back.csv" >/dev/null 2>&1
import pledges "$TMP/back.csv"
is "$r" 0 "the export imports back"
grep -q "ردشده" "$TMP/err"; is $? 1 "a pledge kept on its need is not warned about again"

# TBZ-7 (on the approved TBZ-4) moved onto the rejected TBZ-6; MRD-12, a
# pledge of another station's database, comes with its id on TBZ-5
cat >"$TMP/m.csv" <<'CSV'
id,donor,need,type,amount,pledged_on
TBZ-7,TBZ-2,TBZ-6,costs,10000000,1403/02/01
MRD-12,TBZ-3,TBZ-5,costs,5000000,1402/12/20
CSV
import pledges "$TMP/m.csv"
is "$r" 0 "a pledge moved and one brought with its id: imported"
holds "$(cat "$TMP/err")" "سطر 2، ستون 3 (need)" "the stored pledge moved onto the rejected need: warned"
grep -q "سطر 3" "$TMP/err"; is $? 1 "the pledge brought with its id from another database: not"
is "$(npledges)" 4 "four pledges"
done_testing
