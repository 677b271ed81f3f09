# export needs has a county column, the county of the need's unit (a
# need's own county is derived from it and was never exported): an
# analyst who opens the sheet in a spreadsheet can filter and sort it by
# county without looking each unit up.  It comes after status, before
# active (the fields' order, SPEC §3); in Persian headers «شهرستان»; in
# JSON a "county" key.  The import reads it back as it reads any county
# column of a needs file (checked against the unit's, not imported), so
# export -> import into a fresh database -> export is the same file.
. "$HAMYAR_SRC/tests/lib.sh"

A="$TMP/a" B="$TMP/b"
"$HAMYAR" --db "$A" init --station MRD >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county\nstation,کلانتری ۱۱ مرند,MRD\npost,پاسگاه صوفیان,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$A" import units "$TMP/u.csv" >/dev/null; ok $? "units: MRD-1 in Marand, MRD-2 in Tabriz"
printf 'unit,category,title,urgency,impact,identified_on,status\n' >"$TMP/n.csv"
printf 'MRD-1,equipment,خرید دوربین,4,5,1403/05/01,identified\n' >>"$TMP/n.csv"
printf 'MRD-2,space,بازسازی ساختمان,3,3,1403/05/02,approved\n' >>"$TMP/n.csv"
"$HAMYAR" --db "$A" import needs "$TMP/n.csv" >/dev/null; ok $? "needs MRD-3 (Marand) and MRD-4 (Tabriz)"

"$HAMYAR" --db "$A" export needs >"$TMP/n1.csv"; ok $? "export needs"
is "$(sed -n 1p "$TMP/n1.csv" | tr -d '\357\273\277\r')" \
    "id,unit,category,title,description,estimated_cost,urgency,impact,population,identified_on,status,county,active" \
    "the header has county, after status, before active"
is "$(tr -d '\r' <"$TMP/n1.csv" | awk -F, '$1 == "MRD-3" { print $12 }')" "MRD" "MRD-3: its unit's county, by code"
is "$(tr -d '\r' <"$TMP/n1.csv" | awk -F, '$1 == "MRD-4" { print $12 }')" "TBZ" "MRD-4: Tabriz, its unit's"
"$HAMYAR" --db "$A" export needs --headers fa >"$TMP/nfa.csv"; ok $? "export needs --headers fa"
is "$(sed -n 1p "$TMP/nfa.csv" | tr -d '\357\273\277\r' | cut -d, -f11-)" "وضعیت,شهرستان,فعال" "... «شهرستان» in the Persian header"
"$HAMYAR" --db "$A" import needs "$TMP/nfa.csv" --dry-run >"$TMP/out" 2>&1; ok $? "the Persian-header sheet reads back"
holds "$(cat "$TMP/out")" "۰ تازه، ۰ به‌روز شده، ۲ بدون تغییر" "... leaving both needs as they are"
"$HAMYAR" --db "$A" export needs --format json >"$TMP/n.json"; ok $? "export needs --format json"
is "$(grep -c '"status": "identified", "county": "MRD", "active": 1}' "$TMP/n.json")" 1 "JSON: a county key too"

# A unit moved to another county moves its needs: so does the column.
printf 'id,county\nMRD-2,AJB\n' >"$TMP/mv.csv"
"$HAMYAR" --db "$A" import units "$TMP/mv.csv" >/dev/null 2>&1; ok $? "unit MRD-2 moved to Ajabshir"
is "$("$HAMYAR" --db "$A" export needs | tr -d '\r' | awk -F, '$1 == "MRD-4" { print $12 }')" "AJB" "... MRD-4's county with it"

# Round trip, English and Persian headers.
"$HAMYAR" --db "$A" export all --out "$TMP/x1" 2>/dev/null; ok $? "export all"
"$HAMYAR" --db "$B" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$B" import all "$TMP/x1" >/dev/null 2>"$TMP/err"; ok $? "the export imports into a fresh database"
"$HAMYAR" --db "$B" export all --out "$TMP/x2" 2>/dev/null
cmp -s "$TMP/x1/needs.csv" "$TMP/x2/needs.csv"; ok $? "... and exports the same needs.csv"

# The analyst types another county into the column: refused, as before.
sed 's/^\(MRD-3,.*\),MRD,1\r$/\1,TBZ,1\r/' "$TMP/n1.csv" >"$TMP/edit.csv"
"$HAMYAR" --db "$A" import needs "$TMP/edit.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a need moved by its county cell: refused"
holds "$(cat "$TMP/err")" "واحد MRD-1 در مرند است، نه تبریز" "... naming the unit and its county"
done_testing
