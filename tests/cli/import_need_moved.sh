# A need's row in `import needs` that gives it a unit of another county
# moves it there with its pledges (a need's county is its unit's), out of
# its county's lists: the row is taken, with a warning on its unit column
# naming the county, as `import units` warns of a unit moved with its
# needs.  Before, the import said "1 updated" and nothing else.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county,address\npost,پاسگاه ممقان,TBZ,ممقان\npost,پاسگاه گوگان,AZS,گوگان\nstation,کلانتری ۱۲ تبریز,TBZ,خیابان امام\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,approved\nTBZ-1,equipment,بی‌سيم,90000000,3,3,1405/08/02,assessed\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "units of Tabriz and Azarshahr, two needs of Tabriz"

printf 'id,unit\nTBZ-4,TBZ-2\n' >"$TMP/m.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/m.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "TBZ-4 given Azarshahr's unit: taken"
is "$(cat "$TMP/err")" "$TMP/m.csv: line 2, column 2 (unit): warning: with this change, this need and its pledges move to county Azarshahr, its new unit's" \
    "... with a warning on its unit naming the county it goes to"
"$HAMYAR" --db "$DB" export needs | grep -q '^TBZ-4,TBZ-2,.*AZS'; ok $? "... and it is Azarshahr's"
printf 'id,unit\nTBZ-4,TBZ-1\n' >"$TMP/b.csv"
"$HAMYAR" --lang fa --db "$DB" import needs "$TMP/b.csv" >/dev/null 2>"$TMP/err"
grep -qF 'با این تغییر، این نیاز و تعهدهایش به شهرستان تبریز، شهرستان واحد تازه‌اش، می‌روند' "$TMP/err"
ok $? "back to Tabriz's TBZ-1: said in Persian"
# another unit of the same county, or a title: no warning
printf 'id,unit,title\nTBZ-5,TBZ-3,بی‌سیم دستی\n' >"$TMP/s.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/s.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "TBZ-5 given another Tabriz unit"
is "$(cat "$TMP/err")" "" "... and nothing said"
done_testing
