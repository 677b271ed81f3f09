# audit --since DATE: a Jalali date in any digits, or a Gregorian one; a
# year from 1900 on is Gregorian whatever its digits or separator, as in an
# import (2026/11/22, ۲۰۰۰-۰۱-۰۱), not the Jalali year 2026 centuries away
# that left the log empty without a word.
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null
printf 'kind,name,county\nstation,کلانتری ۱۱ مرند,مرند\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "a unit to audit"
all=$("$HAMYAR" --lang en --db "$DB" audit); ok $? "the whole log"
holds "$all" 'create unit "MRD-1"' "the log has the unit"
for d in 2000-01-01 2000/01/01 ۲۰۰۰/۰۱/۰۱ ۲۰۰۰-۱-۱ 1990/1/1 1300/01/01 ۱۳۰۰/۱/۱; do
	got=$("$HAMYAR" --lang en --db "$DB" audit --since "$d"); rc=$?
	is "$rc:$got" "0:$all" "--since $d: every change (the changes are after it)"
done
for d in 2060/01/01 ۲۰۶۰-۰۱-۰۱ 1450/01/01; do
	got=$("$HAMYAR" --lang en --db "$DB" audit --since "$d"); rc=$?
	is "$rc:$got" "0:" "--since $d: nothing (the day is to come)"
done
# a year more than 50 years ahead is taken for a typo, as every date is
for d in 2999/01/01 1500/01/01; do
	"$HAMYAR" --lang en --db "$DB" audit --since "$d" >/dev/null 2>"$TMP/err"
	is $? 2 "--since $d: a usage error"
	holds "$(cat "$TMP/err")" "The year looks mistyped" "... the year taken for a typo"
done
"$HAMYAR" --db "$DB" audit --since 2024/02/30 >/dev/null 2>"$TMP/err"
is $? 2 "--since 2024/02/30, no such Gregorian day: a usage error"
holds "$(cat "$TMP/err")" "2024/02/30" "naming the value"
done_testing
