# The text report's figures are grouped by threes, as the dashboard and
# the HTML page write them: in Persian in Persian digits with the Arabic
# thousands separator (۱۳٬۷۶۰٬۰۰۰٬۰۰۰), under --lang en in ASCII with
# commas (13,760,000,000).  Before, both printed 13760000000, which a
# reader has to count the digits of.  Each column is as wide as its
# heading or its widest figure, so the columns still line up.  A line
# says the amounts are in rials.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init"
units_csv
printf 'kind,name,county\nperson,علی‌رضا کریمی,TBZ\n' >"$TMP/donors.csv"
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-2,space,بازسازی ساختمان,13760000000,5,4,1403/01/15,approved
TBZ-3,equipment,خودروی گشت,1800000,4,5,1402/11/01,identified
CSV
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,pledged_on,status
TBZ-1,TBZ-4,space,1000000000,1403/02/01,pledged
TBZ-1,TBZ-5,equipment,500,1403/02/05,cancelled
CSV
import_each "$D" donors units needs pledges; ok $? "a need of 13760000000 rials, one of 1800000"

"$HAMYAR" --lang en --db "$D" report >"$TMP/en"; ok $? "report --lang en"
row() { awk -v k="$1" '$1 == k { print $2, $3, $4, $5, $6; exit }' "$TMP/en"; }
is "$(row Tabriz)" "1 13,760,000,000 1,000,000,000 0 12,760,000,000" "English: Tabriz's figures grouped with commas"
is "$(row Maragheh)" "1 1,800,000 0 0 1,800,000" "... Maragheh's"
is "$(row total)" "2 13,761,800,000 1,000,000,000 0 12,761,800,000" "... the total"
is "$(awk '$1 == "cancelled" { print $2, $3, $4 }' "$TMP/en")" "1 500 0" "... the pledges left out, small figures as they are"

"$HAMYAR" --db "$D" report >"$TMP/fa"; ok $? "report in Persian"
frow() { grep "^$1 " "$TMP/fa" | awk '{ print $(NF-7), $(NF-6), $(NF-5), $(NF-4), $(NF-3); exit }'; }
is "$(frow تبریز)" "۱ ۱۳٬۷۶۰٬۰۰۰٬۰۰۰ ۱٬۰۰۰٬۰۰۰٬۰۰۰ ۰ ۱۲٬۷۶۰٬۰۰۰٬۰۰۰" "Persian: Persian digits, ٬ between groups"
is "$(frow جمع)" "۲ ۱۳٬۷۶۱٬۸۰۰٬۰۰۰ ۱٬۰۰۰٬۰۰۰٬۰۰۰ ۰ ۱۲٬۷۶۱٬۸۰۰٬۰۰۰" "... the total"
grep -q '[0-9]' "$TMP/fa"; is $? 1 "... no ASCII digit in the Persian report"

# The headings name no unit: a line says it, as the screens and the page
# may show toman (a user's setting), the text never.
grep -qxF "Amounts are in rials." "$TMP/en"; ok $? "en: a line says the amounts are in rials"
grep -qxF "مبلغ‌ها به ریال است." "$TMP/fa"; ok $? "fa: «مبلغ‌ها به ریال است.»"

# A user who chose ASCII digits (F9; the setting put here as the program
# stores it) reads them in ASCII, still grouped, in a Persian report.
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$D" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$D" report >"$TMP/fa_ascii"; ok $? "report in Persian, ASCII digits chosen"
frow_a() { grep "^$1 " "$TMP/fa_ascii" | awk '{ print $(NF-7), $(NF-6), $(NF-5), $(NF-4), $(NF-3); exit }'; }
is "$(frow_a تبریز)" "1 13,760,000,000 1,000,000,000 0 12,760,000,000" "... ASCII digits grouped with commas"

# Every line of a table is as wide as its heading (columns aligned), in
# both languages: the blocks between blank lines are the title, the county
# table and the type table.
widths() { awk -v t="$2" 'BEGIN { n = 1 } /^$/ { n++; next } n == t' "$1" |
	while IFS= read -r l; do printf '%s\n' "$l" | wc -L; done | sort -u | wc -l; }
is "$(widths "$TMP/fa" 2):$(widths "$TMP/fa" 3):$(widths "$TMP/en" 2):$(widths "$TMP/en" 3)" "1:1:1:1" \
    "each table's lines equally wide"
done_testing
