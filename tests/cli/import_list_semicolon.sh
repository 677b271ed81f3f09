# A cell of several values (a ceremony's donors, a donor's interests) is
# split at ';' and '؛' (Arabic semicolon) as at ',' and '،': clerks write
# «MRD-10؛ MRD-11» and «زهرا؛ علی» as often as with commas.  Before, a
# recognition's donors separated by ';' were refused as one unknown value.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD >/dev/null; ok $? "init"
{
	echo 'id,kind,name,national_id,county,interests'
	echo 'MRD-10,person,محمدرضا عبدالله‌زاده,0012345679,MRD,equipment;costs'
	echo 'MRD-11,person,زهرا احمدي‌نژاد,,مرند,costs ؛equipment'
	echo 'MRD-12,org,شركت فن‌آوران 3D,,MRD,'
} >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>"$TMP/err"; ok $? "interests separated by ; and ؛ are read"
"$HAMYAR" --db "$DB" export donors --format json >"$TMP/dj"
is "$(grep -c '"interests": \["equipment", "costs"\]' "$TMP/dj")" 2 "... both donors' interests the same two"
{
	echo 'id,held_on,title,place,donors'
	echo 'MRD-30,1405/08/20,جشن تجلیل خیّرین مرند,تالار شهرداری,MRD-10;MRD-11'
	echo 'MRD-31,1405/08/21,تجلیل دوم,مرند,MRD-12 ؛ 0012345679'
} >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "donors separated by ; and ؛ are read"
"$HAMYAR" --db "$DB" export recognitions | tr -d '\r' >"$TMP/r.out"
grep -q '^MRD-30,.*MRD-10.MRD-11' "$TMP/r.out"; ok $? "... MRD-30 honours MRD-10 and MRD-11"
grep -q '^MRD-31,.*MRD-12.MRD-10\|^MRD-31,.*MRD-10.MRD-12' "$TMP/r.out"; ok $? "... MRD-31 honours MRD-12 and MRD-10 (by national id)"
done_testing
