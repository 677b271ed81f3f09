# A dry run said only how many rows were good ("410 rows are good"), not
# what the import would do with them, though it writes them (and undoes
# it) to find out: an analyst checking a sheet edited in a spreadsheet
# could not see which rows would make new records (an id cleared in the
# sheet) or that a cell was changed.  It says new, updated and unchanged now, as
# the import's own summary does, and still writes nothing; `import all
# --dry-run` says them for each file and in all.
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null; ok $? "init"
cat >"$TMP/d.csv" <<'CSV'
kind,name,national_id,county
person,نرگس امینی‌فر,0013542419,TBZ
person,علی کریمی,1641234563,TBZ
person,مریم رضایی,0076229645,MRD
CSV
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "three donors"
"$HAMYAR" --db "$DB" export donors --out "$TMP/x.csv" >/dev/null; ok $? "exported"
sum0=$(md5sum <"$DB/data.mdb")

# The sheet as a spreadsheet gives it back: CRLF, one name edited, a
# donor added without an id.
sed -e 's/علی کریمی/علي كريمي‌زاده/' -e 's/$/\r/' "$TMP/x.csv" >"$TMP/e.csv"
printf ',person,حسن نیک‌نام,0084567899,,,,SRB,,,,,,1\r\n' >>"$TMP/e.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/e.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
is $? 0 "dry run of the edited sheet: exit 0"
is "$(cat "$TMP/out")" "۴ ردیف درست است: ۱ تازه، ۱ به‌روز شده، ۲ بدون تغییر (آزمایشی: چیزی نوشته نشد)" \
    "... says what the import would do"
"$HAMYAR" --lang en --db "$DB" import donors "$TMP/e.csv" --dry-run >"$TMP/out" 2>/dev/null
is "$(cat "$TMP/out")" "rows that are good: 4 (new: 1, updated: 1, unchanged: 2; dry run: nothing written)" \
    "... in English too"
is "$(md5sum <"$DB/data.mdb")" "$sum0" "... and nothing was written"

# import all --dry-run: each file and the whole.
mkdir "$TMP/dir"; cp "$TMP/e.csv" "$TMP/dir/donors.csv"
"$HAMYAR" --lang en --db "$DB" import all "$TMP/dir" --dry-run >"$TMP/out" 2>/dev/null
is $? 0 "import all --dry-run: exit 0"
holds "$(cat "$TMP/out")" "$TMP/dir/donors.csv: rows that are good: 4 (new: 1, updated: 1, unchanged: 2)" \
    "... the file's counts"
holds "$(tail -1 "$TMP/out")" "rows that are good: 4, in files: 1 (new: 1, updated: 1, unchanged: 2; dry run: nothing written)" \
    "... and the whole's"
is "$(md5sum <"$DB/data.mdb")" "$sum0" "... nothing written"

done_testing
