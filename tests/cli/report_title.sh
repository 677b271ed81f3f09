# The text `report` starts with a title line, as the HTML page has its
# heading and the line under it: what it is, its county with --county, and
# the day it was made (the report's day, in Jalali), then a blank line and
# the tables.  Before, the text began with the county table's heading: a
# printout or a saved file said neither when it was made nor, with
# --county, that it was one county's.  HAMYAR_TODAY fixes today at
# 1404/01/05.
. "$HAMYAR_SRC/tests/lib.sh"
export HAMYAR_TODAY=1404/01/05
. "$HAMYAR_SRC/tests/cli/fixtures_gap_open.inc"
D="$TMP/db"
gap_open_db "$D"; ok $? "fixture: needs in Tabriz and Marand"

"$HAMYAR" --db "$D" report >"$TMP/fa"; ok $? "report"
is "$(sed -n 1p "$TMP/fa")" "گزارش همیار — تهیه‌شده در ۱۴۰۴/۰۱/۰۵" "fa: the title names the day, in Persian digits"
is "$(sed -n 2p "$TMP/fa")" "" "fa: a blank line under it"
sed -n 3p "$TMP/fa" | grep -Eq '^شهرستان +نیازها +برآورد هزینه'; ok $? "fa: then the county table's heading"

"$HAMYAR" --db "$D" report --county 'مرند' >"$TMP/fa_c"; ok $? "report --county مرند"
is "$(sed -n 1p "$TMP/fa_c")" "گزارش همیار — شهرستان: مرند — تهیه‌شده در ۱۴۰۴/۰۱/۰۵" \
    "fa --county: the title names the county (by name, not MRD) and the day"
is "$(grep -c 'مرند' "$TMP/fa_c")" 2 "fa --county: the title and Marand's row"

"$HAMYAR" --lang en --db "$D" report >"$TMP/en"; ok $? "report --lang en"
is "$(sed -n 1p "$TMP/en")" "Hamyar report — Made on 1404/01/05" "en: the title in English, ASCII digits"
sed -n 3p "$TMP/en" | grep -Eq '^county +needs +estimated'; ok $? "en: the heading scripts read, on line 3"
"$HAMYAR" --lang en --db "$D" report --county MRD >"$TMP/en_c"; ok $? "report --lang en --county MRD"
is "$(sed -n 1p "$TMP/en_c")" "Hamyar report — County: Marand — Made on 1404/01/05" "en --county: Marand named"

# the same day as the page's line under its heading
"$HAMYAR" --db "$D" report --county MRD --html "$TMP/p.html"; ok $? "report --html --county MRD"
grep -qF '<p>شهرستان: مرند — تهیه‌شده در ۱۴۰۴/۰۱/۰۵</p>' "$TMP/p.html"; ok $? "... the page says the same"

# a user who chose ASCII digits: the date in ASCII, as the figures
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$D" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$D" report >"$TMP/fa_a"; ok $? "report, ASCII digits chosen"
is "$(sed -n 1p "$TMP/fa_a")" "گزارش همیار — تهیه‌شده در 1404/01/05" "fa, ASCII digits: the date in ASCII"
done_testing
