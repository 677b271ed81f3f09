# export stages --overdue writes only the stages overdue on the day, for a
# supervisor who keeps the weekly list of late work in a spreadsheet.
# Before, export stages said nothing of which are late (the option was a
# usage error).  The rule is the report's and the stages list's F4
# (core_stage_late): a stage of a rejected or deactivated need, a stage
# deactivated, one done late (100 percent) or not yet due is not listed;
# one ended after its planned end below 100 percent is.  The columns are
# those of the whole export (no computed column), so the file imports
# back unchanged.  A clerk's file is his county's.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
. "$HAMYAR_SRC/tests/cli/fixtures_overdue.inc"
overdue_db

ids() { tail -n +2 "$1" | cut -d, -f1 | tr '\n' ' '; }

# CSV: the three overdue stages, in two counties, under the whole export's header
"$HAMYAR" --db "$DB" export stages --overdue --out "$TMP/late.csv" 2>"$TMP/err"; ok $? "export stages --overdue"
is "$(ids "$TMP/late.csv")" "MRG-20 MRG-21 MRG-25 " "the overdue stages only: not deactivated, done, not yet due, of a rejected or deactivated need"
"$HAMYAR" --db "$DB" export stages --out "$TMP/all.csv"; ok $? "export stages"
is "$(head -n 1 "$TMP/late.csv")" "$(head -n 1 "$TMP/all.csv")" "the same columns as the whole export (no computed column)"
is "$(grep -c . "$TMP/all.csv")" "9" "the whole export still has every stage"
grep -qF 'MRG-21,MRG-10,سیم‌کشی برق,1403/10/01,1404/05/21,,0,1' "$TMP/late.csv"; ok $? "... a row as the whole export writes it (the Arabic yeh stored as Persian)"
grep -qF "$(grep '^MRG-25,' "$TMP/all.csv")" "$TMP/late.csv"; ok $? "... the row of another county's stage, as in the whole export"

# --headers fa too: the Persian labels, the same rows
"$HAMYAR" --db "$DB" export stages --headers fa --overdue >"$TMP/fa.csv"; ok $? "--overdue --headers fa, to stdout"
is "$(ids "$TMP/fa.csv")" "MRG-20 MRG-21 MRG-25 " "... the same stages"

# JSON
"$HAMYAR" --db "$DB" export stages --overdue --format json >"$TMP/late.json"; ok $? "--overdue --format json"
is "$(grep -o '"id": "MRG-[0-9]*"' "$TMP/late.json" | tr '\n' ' ')" '"id": "MRG-20" "id": "MRG-21" "id": "MRG-25" ' "... the same three stages"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["stages"]) == 3' "$TMP/late.json"; ok $? "... valid JSON"

# the day: Persian digits, then ASCII; none overdue
HAMYAR_TODAY=۱۴۰۴/۰۵/۱۵ "$HAMYAR" --db "$DB" export stages --overdue >"$TMP/d1.csv"; ok $? "HAMYAR_TODAY in Persian digits"
is "$(ids "$TMP/d1.csv")" "MRG-20 MRG-25 " "... on 1404/05/15, MRG-21 (due 1404/05/21) not yet late"
HAMYAR_TODAY=1404/04/15 "$HAMYAR" --db "$DB" export stages --overdue >"$TMP/d2.csv"; ok $? "HAMYAR_TODAY in ASCII digits"
is "$(ids "$TMP/d2.csv")" "MRG-25 " "... on 1404/04/15 only MRG-25"

# imported back: nothing changes (the columns are the whole export's)
"$HAMYAR" --db "$DB" import stages "$TMP/late.csv" >"$TMP/imp.txt" 2>&1; ok $? "the overdue file imported back"
"$HAMYAR" --db "$DB" export stages --out "$TMP/all2.csv"; ok $? "export stages again"
cmp -s "$TMP/all.csv" "$TMP/all2.csv"; ok $? "... the stages as they were"

# misused: a usage error, exit 2, said
"$HAMYAR" --db "$DB" --lang en export donors --overdue >/dev/null 2>"$TMP/err"; is "$?" "2" "export donors --overdue: exit 2"
holds "$(cat "$TMP/err")" "--overdue is for export stages only" "... said"
"$HAMYAR" --db "$DB" --lang en export all --overdue --format json >/dev/null 2>"$TMP/err"; is "$?" "2" "export all --overdue: exit 2"
holds "$(cat "$TMP/err")" "--overdue is for export stages only" "... said"
"$HAMYAR" --db "$DB" --lang en export --overdue >/dev/null 2>"$TMP/err"; is "$?" "2" "export --overdue without a kind: exit 2"
holds "$(cat "$TMP/err")" "[--overdue]" "... the usage names the option"
"$HAMYAR" --lang en export --help >"$TMP/help" 2>&1; ok $? "export --help"
holds "$(cat "$TMP/help")" "[--overdue]" "... names --overdue"
"$HAMYAR" --lang en --help >"$TMP/help" 2>&1
holds "$(cat "$TMP/help")" "[--overdue]" "hamyar --help names it"

# a clerk: his county's
if second_uid; then
	chgrp -R nogroup "$DB" && chmod 2770 "$DB"
	"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "a Tabriz clerk"
	as_nobody "$BIN" --db "$DB" export stages --overdue >"$TMP/c.csv"; ok $? "his export --overdue"
	is "$(ids "$TMP/c.csv")" "MRG-25 " "... his county's overdue stage only"
	as_nobody "$BIN" --db "$DB" export stages --overdue --format json >"$TMP/c.json"; ok $? "... in JSON"
	is "$(grep -o '"id": "MRG-[0-9]*"' "$TMP/c.json" | tr '\n' ' ')" '"id": "MRG-25" ' "... the same"
else
	ok 0 "# SKIP needs a second uid for the clerk"
fi

# none overdue: an empty list (MRG-25 done, the day before the others' ends)
printf 'id,progress\nMRG-25,100\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/p.csv" >/dev/null 2>&1; ok $? "MRG-25 at 100 percent"
HAMYAR_TODAY=1404/03/01 "$HAMYAR" --db "$DB" export stages --overdue --format json >"$TMP/d3.json"; ok $? "none overdue"
is "$(tr -d '\n' <"$TMP/d3.json")" '{"stages": []}' "... an empty list"
HAMYAR_TODAY=1404/03/01 "$HAMYAR" --db "$DB" export stages --overdue >"$TMP/d3.csv"; ok $? "... in CSV"
is "$(ids "$TMP/d3.csv")" "" "... the header only"
done_testing
