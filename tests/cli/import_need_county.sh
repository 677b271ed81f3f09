# A need's county is its unit's and is not imported: a needs sheet with a
# county column (an analyst's, who added it to sort by, then typed another
# county into it to move a need; or a new row whose unit id was mistyped
# beside the county meant) came in without a word: the need stayed, or was
# made, where its unit is, and the summary said "unchanged" or "updated".
# A cell naming another county is an error on that column now, naming the
# unit and its county, and nothing is written; the unit's own county (code
# or name, Arabic ي too) or an empty cell is taken as before.
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD >/dev/null; ok $? "init"
printf 'kind,name,county\nstation,کلانتری ۱۱ مرند,MRD\npost,پاسگاه صوفیان,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "units: MRD-1 in Marand, MRD-2 in Tabriz"
printf 'unit,category,title,urgency,impact,identified_on,status\n' >"$TMP/n.csv"
printf 'MRD-1,equipment,خرید دوربین,4,5,1403/05/01,identified\n' >>"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "need MRD-3 of MRD-1 (Marand)"

# The analyst's sheet: Excel's CSV, Persian headers, Tabriz typed in.
printf '\357\273\277شناسه,شهرستان,جمعیت تحت پوشش\r\nMRD-3,تبریز,۱۲۰۰\r\n' >"$TMP/move.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/move.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "a need moved to Tabriz by its county column: exit 1"
holds "$(cat "$TMP/err")" 'move.csv: سطر 2، ستون 2 (شهرستان): شهرستان نیاز همان شهرستان واحد آن است و از این ستون وارد نمی‌شود: واحد MRD-1 در مرند است، نه تبریز' \
    "... named by line and column, with the unit and its county"
holds "$(cat "$TMP/err")" 'هیچ چیز وارد نشد' "... and nothing was imported"
is "$("$HAMYAR" --db "$DB" export needs | grep -c ',1200,')" 0 "... not even the row's population"
"$HAMYAR" --db "$DB" import needs "$TMP/move.csv" --dry-run >/dev/null 2>&1
is $? 1 "... a dry run says so too"

# A new need whose unit was mistyped (MRD-2, of Tabriz) beside Marand.
printf 'unit,category,title,urgency,impact,identified_on,status,county\n' >"$TMP/new.csv"
printf 'MRD-2,equipment,خرید بی‌سیم,3,3,1403/05/02,identified,MRD\n' >>"$TMP/new.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/new.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a new need of a Tabriz unit said to be of Marand: exit 1"
holds "$(cat "$TMP/err")" "new.csv: line 2, column 8 (county): a need's county is its unit's and is not imported: unit MRD-2 is in Tabriz, not Marand" \
    "... in English too"
is "$("$HAMYAR" --db "$DB" export needs | grep -c 'بی‌سیم')" 0 "... and it was not made"

# The unit's own county, by code or name (Arabic ي), or empty: taken.
printf 'id,county,population\nMRD-3,MRD,1300\n' >"$TMP/same.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/same.csv" >/dev/null; ok $? "the unit's county by its code: taken"
printf 'id,شهرستان,population\nMRD-3,مرند,1400\n' >"$TMP/same2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/same2.csv" >/dev/null; ok $? "... by its name"
printf 'id,county,population\nMRD-3,,1500\n' >"$TMP/empty.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/empty.csv" >/dev/null; ok $? "... an empty cell: taken"
is "$("$HAMYAR" --db "$DB" export needs | grep -c '^MRD-3,.*,1500,')" 1 "... and written"

done_testing
