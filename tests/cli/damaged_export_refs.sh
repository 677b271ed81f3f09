# `export pledges`, `export stages` and `export needs` on copies whose
# donors' or needs' table a failing disk cut short (tests/cli/damage.py
# fewer: the last donor, MRD-13, or the last need, MRD-23, lost without an
# error), while the pledges and stages naming them are whole.  Before,
# each export listed the row naming the record lost, exit 0, and with
# --out wrote a file the import refuses.  Now a row naming a record that
# is not there stops the export with the damaged-database sentence (what
# to run, what to restore), exit 3, and no file written, as a table read
# short stops `export donors`.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
printf 'id,kind,name,county\nMRD-1,station,کلانتری ۱۱ مرند,MRD\nMRD-2,post,پاسگاه اهر,اهر\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "two units"
{
	echo 'id,kind,name,county'
	echo 'MRD-11,person,علي‌اكبر كريمي‌نژاد,مرند'
	echo 'MRD-13,org,کارخانهٔ قند اهر,اهر'
} >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors, the last of Ahar"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status'
	echo 'MRD-20,MRD-1,space,ساخت اتاق نگهبانی,300000000,5,4,12000,1403/01/15,approved'
	echo 'MRD-23,MRD-2,space,ساخت سایه‌بان,40000000,2,2,800,۱۴۰۳/۰۶/۰۱,identified'
} >"$TMP/n.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "two needs"
printf 'id,donor,need,type,amount,pledged_on,status\nMRD-30,MRD-13,MRD-20,space,100000000,1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/p.csv" >/dev/null 2>&1; ok $? "a pledge of MRD-13"
printf 'id,need,title,planned_start,planned_end,actual_end,progress\nMRD-60,MRD-23,برآورد هزینه‌ها,1403/07/01,1403/08/20,,0\n' >"$TMP/s.csv"
"$HAMYAR" --db "$D" import stages "$TMP/s.csv" >/dev/null 2>&1; ok $? "a stage of MRD-23"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pd" donor)" 1 "the donors' page: one node fewer"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pn" need)" 1 "the needs' page: one node fewer"


for k in pledges stages needs units; do
	"$HAMYAR" --db "$D" export $k >"$TMP/out" 2>"$TMP/err"; is $? 0 "the sound database: export $k, exit 0"
done
"$HAMYAR" --db "$TMP/pd" export pledges --out "$TMP/p1.csv" >/dev/null 2>"$TMP/err"
is $? 3 "donors cut short: export pledges --out FILE, exit 3 (MRD-30's donor lost)"
[ ! -e "$TMP/p1.csv" ]; ok $? "... no file written"
said "$TMP/pd"; ok $? "... saying a page could not be read, to verify and restore"
"$HAMYAR" --db "$TMP/pn" export stages --format json --out "$TMP/s1.json" >/dev/null 2>"$TMP/err"
is $? 3 "needs cut short: export stages --format json --out FILE, exit 3 (MRD-60's need lost)"
[ ! -e "$TMP/s1.json" ]; ok $? "... no file written"
said "$TMP/pn"; ok $? "... saying so"
"$HAMYAR" --db "$TMP/pn" export pledges >"$TMP/out" 2>"$TMP/err"
is $? 0 "needs cut short: export pledges, whose need MRD-20 is there, exit 0"
grep -qF 'MRD-30,MRD-13,MRD-20' "$TMP/out"; ok $? "... listing MRD-30"
"$HAMYAR" --db "$TMP/pd" export stages >"$TMP/out" 2>"$TMP/err"
is $? 0 "donors cut short: export stages, exit 0"
done_testing
