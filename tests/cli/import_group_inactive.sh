# A donors file whose introduced_by names a reference group marked
# inactive (its active column 0) is taken, with a warning on that column
# naming the row and the group, as the donor form warns under the field
# (tests/screen/donor_group_inactive.sh).  Before, such rows went in
# without a word.  An active group, and a stored donor whose group is
# unchanged, are not warned about.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
cat >"$TMP/g.csv" <<'CSV'
id,kind,name,county,active
MRD-1,religious_board,هیئت امناي مسجد جامع مرند,MRD,0
MRD-2,other,کانون فرهنگی‌ هنری یامچی,MRD,1
CSV
"$HAMYAR" --db "$DB" import groups "$TMP/g.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "two groups, MRD-1 inactive"
cat >"$TMP/d.csv" <<'CSV'
kind,name,national_id,county,introduced_by
person,محمدرضا عبدالله‌زاده,0012345679,MRD,MRD-2
person,زهرا كريمي,,مرند,mrd-1
CSV
"$HAMYAR" --lang en --db "$DB" import donors "$TMP/d.csv" --dry-run >"$TMP/out" 2>"$TMP/err"; ok $? "a dry run: exit 0"
grep -qF 'd.csv: line 3, column 5 (introduced_by): warning: reference group MRD-1 is inactive; donor taken all the same' "$TMP/err"
ok $? "the row and the inactive group are named, by line and column"
grep -qF 'line 2' "$TMP/err"; is $? 1 "... not the row of the active group"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "imported: exit 0"
grep -qF 'سطر 3، ستون 5 (introduced_by): هشدار: گروه مرجع MRD-1 غیرفعال است؛ خیّر با این حال ثبت شد' "$TMP/err"
ok $? "... warned in Persian too"
out=$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, 'NR > 1 { print $1 "=" $12 }')
is "$out" "MRD-3=MRD-2
MRD-4=MRD-1" "both donors written, with their groups"
"$HAMYAR" --db "$DB" export donors --out "$TMP/back.csv" >/dev/null 2>&1
"$HAMYAR" --db "$DB" import donors "$TMP/back.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "the export imports back"
grep -qF 'MRD-1' "$TMP/err"; is $? 1 "a donor whose group is unchanged is not warned about again"
done_testing
