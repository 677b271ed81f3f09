# import donors warns about a mobile that another donor already has, as the
# donor form does when the clerk leaves the mobile (dup_warn.sh): mostly
# the same donor typed in twice, once with his national id and once
# without; sometimes two of one family sharing a phone.  The row is taken
# (a warning), and the warning names its line, the mobile's column and
# the donor holding the number, or the earlier line of the same file.
# The number is compared as stored (+98, spaces, Persian digits).  A row
# that keeps a donor's mobile as it was (an export imported back) is not
# warned about again.  Before, such rows came in without a word.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
ndonors() { "$HAMYAR" --db "$D" export donors | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }

printf 'kind,name,national_id,mobile,county\nperson,محمدرضا عبدالله‌زاده,0012345679,09141234567,TBZ\n' >"$TMP/a.csv"
import donors "$TMP/a.csv"; ok $r "a donor with a mobile (TBZ-1)"
grep -q "هشدار" "$TMP/err"; is $? 1 "... no warning for the first"

cat >"$TMP/b.csv" <<'CSV'
نوع,نام,تلفن همراه,شهرستان
person,محمدرضا عبدالله زاده,+98 914 123 4567,تبریز
person,زهرا كريمي,۰۹۱۴۷۶۵۴۳۲۱,TBZ
person,علي كريمي,0914-765-4321,TBZ
person,سارا صمدی,09140000001,TBZ
CSV
import donors "$TMP/b.csv" --dry-run
is "$r" 0 "a dry run: the rows are good, with warnings"
holds "$(cat "$TMP/err")" "سطر 2، ستون 3 (تلفن همراه): هشدار:" "line 2 warned, on the mobile's column"
holds "$(sed -n '/سطر 2،/p' "$TMP/err")" "TBZ-1 (محمدرضا عبدالله‌زاده)" "... naming the donor who has the number"
holds "$(sed -n '/سطر 4،/p' "$TMP/err")" "سطر 3 همین پرونده" "line 4 warned, naming line 3 of the file"
grep -q "سطر 3،" "$TMP/err"; is $? 1 "line 3 (its number's first row): no warning"
grep -q "سطر 5،" "$TMP/err"; is $? 1 "line 5 (a number of its own): no warning"
is "$(ndonors)" 1 "the dry run wrote nothing"

import donors "$TMP/b.csv"
is "$r" 0 "imported, with the same warnings"
holds "$(cat "$TMP/err")" "سطر 2، ستون 3 (تلفن همراه): هشدار:" "line 2 warned on the real import too"
is "$(ndonors)" 5 "all four rows written"

"$HAMYAR" --db "$D" export donors --out "$TMP/back.csv" >/dev/null 2>&1
import donors "$TMP/back.csv"
is "$r" 0 "the export imports back"
grep -q "هشدار" "$TMP/err"; is $? 1 "a mobile kept as it was is not warned about again"

printf 'id,mobile\nTBZ-5,00989141234567\n' >"$TMP/c.csv"
import donors "$TMP/c.csv"
is "$r" 0 "a stored donor given TBZ-1's mobile: imported"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (mobile): هشدار:" "... with a warning on its mobile"
done_testing
