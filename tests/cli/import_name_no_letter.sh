# import of units, groups and donors: a name with no letter in it (a
# number: «۱۲۳», a mobile «۰۹۱۴۱۲۳۴۵۶۷» in the name's column) is warned
# about on its line, as the form warns under the name; the row is taken.
# A name of letters and digits («کلانتری ۱۲ تبریز», «شركت فن‌آوران ۳D») is
# no matter.  Before, such a unit or group came in without a word.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1; ok $? "init"
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
TBZ-1,post,۱۲۳,TBZ
TBZ-2,station,کلانتری ۱۲ تبریز,TBZ
CSV
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county
TBZ-3,council,۰۹۱۴۱۲۳۴۵۶۷,TBZ
TBZ-4,council,شورای محلهٔ ولي‌عصر ۲,TBZ
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county
TBZ-5,person,0914-123-4567,TBZ
TBZ-6,org,شركت فن‌آوران ۳D,TBZ
CSV
WARN='هشدار: نام حرفی ندارد: آیا شماره‌ای در آن تایپ شده است؟'
for k in units groups donors; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >"$TMP/$k.out" 2>"$TMP/$k.err"; ok $? "import $k: taken"
	grep -qF "$k.csv: سطر 2، ستون 3 (name): $WARN" "$TMP/$k.err"; ok $? "... line 2 warned: the name has no letter"
	grep -qF "سطر 3" "$TMP/$k.err"; is $? 1 "... line 3 (letters and digits) not"
	is "$("$HAMYAR" --db "$DB" export $k | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }')" 2 "... both rows stored"
done
printf 'id,kind,name,county\nTBZ-7,post,-,TBZ\n' >"$TMP/u2.csv"
"$HAMYAR" --lang en --db "$DB" import units "$TMP/u2.csv" >/dev/null 2>"$TMP/en.err"; ok $? "in English"
grep -qF "line 2, column 3 (name): warning: The name has no letter: was a number typed in it?" "$TMP/en.err"
ok $? "... a dash alone warned too"
done_testing
