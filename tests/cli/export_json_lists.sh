# export --format json writes a list field as a JSON array of strings: a
# donor's interests (["space", "equipment"]) and the donors a ceremony
# honoured (["MRD-1", "MRD-2"]); one with nothing in it (no interests
# given) as [], so that a script walks every donor's list without a test
# for null (before, null: a list unset and a list empty are one thing in
# the database, as an empty CSV cell imports).  Before that, each was one
# string ("space equipment") that a script had to split.  The CSV keeps the space-separated cell (SPEC §3), which the import
# reads.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"
printf 'kind,name,national_id,county,interests\n' >"$TMP/d.csv"
printf 'person,علی‌رضا کریمی,0076229645,MRD,"توسعهٔ فضاهای انتظامی;equipment"\n' >>"$TMP/d.csv"
printf 'person,زهرا احمدی‌نژاد,0012345679,MRD,costs\n' >>"$TMP/d.csv"
printf 'person,مريم كاظمي,,MRD,\n' >>"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>"$TMP/err"; ok $? "three donors: two interests, one, none"
printf 'held_on,title,donors\n1403/06/01,تجلیل از خیّرین مرند,MRD-1 MRD-2\n' >"$TMP/r.csv"
"$HAMYAR" --db "$D" import recognitions "$TMP/r.csv" >/dev/null 2>"$TMP/err"; ok $? "a ceremony honouring MRD-1 and MRD-2"

"$HAMYAR" --db "$D" export all --format json >"$TMP/all.json"; ok $? "export all --format json"
python3 - "$TMP/all.json" >"$TMP/py" 2>&1 <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for r in d["donors"]:
    print(r["id"], json.dumps(r["interests"]))
for r in d["recognitions"]:
    print(r["id"], json.dumps(r["donors"]))
PY
ok $? "... is JSON a script reads"
is "$(cat "$TMP/py")" 'MRD-1 ["space", "equipment"]
MRD-2 ["costs"]
MRD-3 []
MRD-4 ["MRD-1", "MRD-2"]' "interests and donors honoured: arrays of strings ([] when none)"
! grep -q '"interests": null' "$TMP/all.json"; ok $? "no list written as null"
grep -q '"interests": \["space", "equipment"\]' "$TMP/all.json"; ok $? "... written as an array in the file"
"$HAMYAR" --db "$D" export donors --format json >"$TMP/d.json"
grep -q '"interests": \["costs"\]' "$TMP/d.json"; ok $? "export donors --format json: the same"

# CSV is as it was: one cell, the items separated by spaces.
"$HAMYAR" --db "$D" export donors >"$TMP/d1.csv"
grep -q ',space equipment,' "$TMP/d1.csv"; ok $? "CSV: one cell «space equipment», as SPEC §3 says"
"$HAMYAR" --db "$D" export recognitions | grep -q ',MRD-1 MRD-2,'; ok $? "CSV: «MRD-1 MRD-2»"

# The CSV export imported into a fresh database exports the same JSON,
# the list with nothing in it too.
"$HAMYAR" --db "$D" export all --out "$TMP/csv" >/dev/null 2>&1; ok $? "export all (CSV)"
"$HAMYAR" --db "$TMP/db2" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$TMP/db2" import all "$TMP/csv" >/dev/null 2>"$TMP/err"; ok $? "import all into a fresh database"
"$HAMYAR" --db "$TMP/db2" export all --format json >"$TMP/all2.json"
cmp -s "$TMP/all.json" "$TMP/all2.json"; ok $? "... exports the same JSON, byte for byte"
done_testing
