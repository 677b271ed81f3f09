# A recognitions file honouring a donor with no contribution recorded (no
# pledge that is not cancelled) is taken, with a warning on its donors
# column naming him, as the program asks before honouring one
# (tests/screen/recog_nocontrib.sh): his letter would thank him for a
# participation the database does not hold.  Before, it went in without a
# word.  A donor with a live pledge, one already honoured at the stored
# ceremony the row updates, and a donor that is not there (an error of its
# own) are not warned about.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRD-1,post,پاسگاه انتظامی یامچی,MRD\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "a unit"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRD-2,MRD-1,equipment,دوربین 4MP ورودی,90000000,3,3,1405/02/01,identified\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need"
{
	echo 'id,kind,name,national_id,legal_id,county'
	echo 'MRD-10,person,محمدرضا عبدالله‌زاده,0012345679,,MRD'
	echo 'MRD-11,person,زهرا احمدي‌نژاد,,,مرند'
	echo 'MRD-12,org,شركت فن‌آوران 3D,,10101234565,MRD'
} >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "three donors"
{
	echo 'id,donor,need,type,amount,pledged_on,status'
	echo 'MRD-20,MRD-10,MRD-2,equipment,30000000,1405/03/01,pledged'
	echo 'MRD-21,MRD-12,MRD-2,equipment,20000000,1405/03/01,cancelled'
} >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "MRD-10 pledged; MRD-12's pledge cancelled; MRD-11 none"

{
	echo 'id,held_on,title,place,donors'
	echo 'MRD-30,1405/08/20,جشن تجلیل خیّرین مرند,تالار شهرداری,0012345679 MRD-11 mrd-12'
} >"$TMP/r.csv"
"$HAMYAR" --lang en --db "$DB" import recognitions "$TMP/r.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
ok $? "a dry run: good (a warning does not make a row bad)"
grep -qF 'r.csv: line 2, column 5 (donors): warning: no contribution of donor MRD-11 is recorded' "$TMP/err"
ok $? "... MRD-11 (no pledge) named by line and column"
grep -qF 'warning: no contribution of donor MRD-12 is recorded' "$TMP/err"; ok $? "... MRD-12 (its pledge cancelled) too"
grep -qF 'donor MRD-10' "$TMP/err"; is $? 1 "... not MRD-10, whose pledge stands"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "imported: exit 0"
is "$(grep -c 'هشدار: هیچ مشارکتی از خیّر' "$TMP/err")" 2 "... the same two warnings, in Persian"
"$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | grep -q '^MRD-30,.*,MRD-10 MRD-11 MRD-12,,1$'
ok $? "... and the ceremony honours the three"

# updated: the two already honoured are not warned about again
printf 'id,title\nMRD-30,جشن تجلیل خیّرین شهرستان مرند\n' >"$TMP/r2.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "the ceremony's title updated"
grep -q 'هشدار' "$TMP/err"; is $? 1 "... with no warning about the donors it honoured already"
# a missing donor: its own error, no warning beside it
printf 'held_on,title,donors\n1405/08/21,جشن دوم,MRD-99\n' >"$TMP/r3.csv"
"$HAMYAR" --lang en --db "$DB" import recognitions "$TMP/r3.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a missing donor: exit 1"
grep -qF 'no record MRD-99' "$TMP/err"; ok $? "... named as missing"
grep -q 'warning' "$TMP/err"; is $? 1 "... and not warned about as a donor with no contribution"
done_testing
