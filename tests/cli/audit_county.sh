# hamyar audit in Persian writes a county by its name, as the audit screen
# and `sync conflicts` show it: «شهرستان: "تبریز" -> "مرند"».  Before, the
# code («"TBZ" -> "MRD"») beside Persian labels and choices.  Under
# --lang en a county is its code, as stored (the values scripts read).
. "$HAMYAR_SRC/tests/lib.sh"
needs_db
{
	echo "id,kind,name,county,interests,active"
	echo "TST-40,person,علی‌رضا كريمي‌نژاد,TBZ,space,1"
} >"$TMP/donors.csv"
printf 'id,county\nTST-40,مرند\n' >"$TMP/d2.csv"
import_each "$DB" donors; ok $? "a donor of Tabriz"
"$HAMYAR" --db "$DB" import donors "$TMP/d2.csv" >/dev/null 2>&1; ok $? "... moved to Marand"

"$HAMYAR" --db "$DB" audit --id TST-40 >"$TMP/fa"; ok $? "audit --id TST-40"
grep -qxF '  شهرستان: (خالی) -> "تبریز"' "$TMP/fa"; ok $? "fa: the county created, by its name"
grep -qxF '  شهرستان: "تبریز" -> "مرند"' "$TMP/fa"; ok $? "fa: the change, old -> new, both by name"
grep -qF '"TBZ"' "$TMP/fa"; is $? 1 "fa: no county code"

# a user's county alike
"$HAMYAR" --db "$DB" user add ali.r --role clerk --county MRD >/dev/null 2>&1; ok $? "a clerk of Marand"
"$HAMYAR" --db "$DB" audit --id ali.r | grep -qxF '  حوزهٔ شهرستان: (خالی) -> "مرند"'
ok $? "fa: a user's county by its name too"

"$HAMYAR" --lang en --db "$DB" audit --id TST-40 >"$TMP/en"; ok $? "audit --lang en"
grep -qxF '  county: "TBZ" -> "MRD"' "$TMP/en"; ok $? "en: the codes as stored, for scripts"
done_testing
