# A recognitions file honouring a donor marked inactive is taken, with a
# warning on its donors column naming him, as the ceremony screen asks
# before honouring one (tests/screen/recog_inactive.sh).  Before, it went
# in without a word.  An active donor, and one the stored ceremony the row
# updates already honours, are not warned about.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRD-1,post,پاسگاه انتظامی یامچی,MRD\n' >"$TMP/u.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRD-2,MRD-1,equipment,دوربین 4MP ورودی,90000000,3,3,1405/02/01,identified\n' >"$TMP/n.csv"
{
	echo 'id,kind,name,national_id,county,active'
	echo 'MRD-10,person,محمدرضا عبدالله‌زاده,0012345679,MRD,1'
	echo 'MRD-11,person,زهرا احمدي‌نژاد,,مرند,0'
} >"$TMP/d.csv"
{
	echo 'id,donor,need,type,amount,pledged_on,status'
	echo 'MRD-20,MRD-10,MRD-2,equipment,30000000,1405/03/01,pledged'
	echo 'MRD-21,MRD-11,MRD-2,equipment,20000000,1405/03/01,pledged'
} >"$TMP/p.csv"
for k in u:units n:needs d:donors p:pledges; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null || echo "# import ${k#*:} failed"
done
is "$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | grep -c ',0$')" 1 "MRD-11 inactive, both with a pledge"

printf 'id,held_on,title,place,donors\nMRD-30,1405/08/20,جشن تجلیل خیّرین مرند,تالار شهرداری,0012345679 mrd-11\n' >"$TMP/r.csv"
"$HAMYAR" --lang en --db "$DB" import recognitions "$TMP/r.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "imported: exit 0"
grep -qF 'r.csv: line 2, column 5 (donors): warning: donor MRD-11 is inactive; honoured all the same' "$TMP/err"
ok $? "the inactive donor is named, by line and column"
grep -qF 'MRD-10' "$TMP/err"; is $? 1 "... not the active one"
is "$("$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, 'NR > 1 { print $5 }')" "MRD-10 MRD-11" "both honoured"
# the row again (its donors by id now): MRD-11 already honoured there,
# nothing said
printf 'id,held_on,title,place,donors\nMRD-30,1405/08/20,جشن تجلیل خیّرین مرند,تالار شهرداری,MRD-10 MRD-11\n' >"$TMP/r1.csv"
"$HAMYAR" --lang en --db "$DB" import recognitions "$TMP/r1.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "again: exit 0"
grep -qF 'inactive' "$TMP/err"; is $? 1 "... the donor the ceremony already honours is not warned about again"
printf 'id,held_on,title,place,donors\nMRD-31,1405/09/01,تجلیل دوم,مرند,MRD-11\n' >"$TMP/r2.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a second ceremony: exit 0"
grep -qF 'خیّر MRD-11 غیرفعال است' "$TMP/err"; ok $? "... warned in Persian too"
done_testing
