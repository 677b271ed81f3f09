# A need's county is its unit's (store.c rederive_needs): a units' sheet
# that changes a unit's county moves all its needs, and their pledges, to
# the new county, out of the old county's lists, sums and ranking.  The
# row is taken, with a warning on its county column naming how many needs
# (how many of them open) move and where, as the unit form warns
# (tests/screen/unit_county_move.sh).  Before, `import units` with
# id,county / TBZ-1,AJB said only "1 updated".
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\npost,پاسگاه بین‌راهی باسمنج,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "units TBZ-1, TBZ-2"
printf 'unit,category,title,urgency,impact,identified_on,status\n' >"$TMP/n.csv"
printf 'TBZ-1,equipment,خرید دوربین,4,5,1403/05/01,identified\n' >>"$TMP/n.csv"
printf 'TBZ-1,equipment,خريد بی‌سیم,3,3,۱۴۰۳/۰۵/۰۲,identified\n' >>"$TMP/n.csv"
printf 'TBZ-1,equipment,تعمیر خودرو,3,3,1403/05/03,rejected\n' >>"$TMP/n.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "three needs of TBZ-1, one rejected"

# the analyst's sheet: Excel's CSV, TBZ-1 to Ajabshir by name, TBZ-2 (no
# needs) by code, the county name typed with an Arabic ي
printf '\357\273\277id,county\r\nTBZ-1,عجب‌شير\r\nTBZ-2,AJB\r\n' >"$TMP/m.csv"
"$HAMYAR" --db "$D" import units "$TMP/m.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
is $? 0 "a dry run: the rows are good, with a warning"
holds "$(cat "$TMP/err")" "m.csv: سطر 2، ستون 2 (county): هشدار: با این تغییر، 3 نیاز این واحد (2 نیاز باز) و تعهدهایشان به شهرستان عجب‌شیر می‌روند" \
    "line 2 warned on its county column: 3 needs, 2 of them open, to Ajabshir"
grep -q "سطر 3،" "$TMP/err"; is $? 1 "line 3 (a unit with no needs): no warning"
is "$("$HAMYAR" --db "$D" export units | tr -d '\r' | grep -c ',AJB,')" 0 "the dry run wrote nothing"

"$HAMYAR" --lang en --db "$D" import units "$TMP/m.csv" >"$TMP/out" 2>"$TMP/err"
is $? 0 "imported: a warning, not a refusal"
holds "$(cat "$TMP/err")" "m.csv: line 2, column 2 (county): warning: with this change, this unit's needs (3, 2 of them open) and their pledges move to county Ajabshir" \
    "... warned in English too"
holds "$(cat "$TMP/out")" "updated: 2" "... both rows written"

# the export imported back keeps every county: not warned about again
"$HAMYAR" --db "$D" export units --out "$TMP/back.csv" >/dev/null 2>&1
"$HAMYAR" --db "$D" import units "$TMP/back.csv" >"$TMP/out" 2>"$TMP/err"
is $? 0 "the export imports back"
grep -q "هشدار" "$TMP/err"; is $? 1 "... a unit keeping its county is not warned about"

# another column changed only: no warning
printf 'id,address\nTBZ-1,خیابان امام\n' >"$TMP/a.csv"
"$HAMYAR" --db "$D" import units "$TMP/a.csv" >"$TMP/out" 2>"$TMP/err"
is $? 0 "a unit's address changed"
grep -q "هشدار" "$TMP/err"; is $? 1 "... no warning"
done_testing
