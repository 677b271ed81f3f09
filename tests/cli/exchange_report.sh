# report (SPEC §12): the plain-text figures against sums worked out by hand
# from SPEC §3 (gap = estimated cost - non-cancelled material pledges), and
# the HTML page: right to left, Persian, self-contained, with SVG charts.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
cat >"$TMP/donors.csv" <<'CSV'
kind,name,county
person,علی‌رضا کریمی,TBZ
org,شرکت فولاد آذر,MRG
CSV
units_csv
# TBZ-5: space need in TBZ, 2.5e9; TBZ-6: equipment need in MRG, 1.8e9;
# TBZ-7: costs need in TBZ, 3e8.
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-3,space,بازسازی ساختمان,2500000000,5,4,1403/01/15,approved
TBZ-4,equipment,خودروی گشت,1800000000,4,5,1402/11/01,identified
TBZ-3,costs,هزینهٔ نگهبانی,300000000,3,3,1403/02/10,assessed
CSV
# Material pledges: 1e9 on TBZ-5, 5e8 on TBZ-6 (cancelled: not counted),
# 2e8 on TBZ-6; a non-material one (hours) that has no amount.
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,hours,pledged_on,status
TBZ-1,TBZ-5,space,1000000000,,1403/02/01,pledged
TBZ-2,TBZ-6,equipment,500000000,,1403/02/05,cancelled
TBZ-2,TBZ-6,equipment,200000000,,1403/04/05,partial
TBZ-1,,policing,,40,1403/03/10,pledged
CSV
cat >"$TMP/payments.csv" <<'CSV'
pledge,paid_on,amount,receipt
TBZ-8,1403/02/20,400000000,R-1
TBZ-10,1403/05/01,150000000,R-2
CSV
import_each "$D" donors units needs pledges payments
"$HAMYAR" --lang en --db "$D" report >"$TMP/r.txt"; ok $? "report (text, English)"
# The figures as plain numbers (they are grouped: report_grouped.sh).
row() { plain_figures <"$TMP/r.txt" | awk -v k="$1" '$1 == k { print $2, $3, $4, $5, $6; exit }'; }
# a title line and a blank one (report_title.sh), then the county table
is "$(sed -n 2p "$TMP/r.txt")" "" "a blank line under the title"
sed -n 3p "$TMP/r.txt" | grep -Eq '^county +needs +estimated +pledged +received +gap +nonmat_open +nonmat_pledged +nonmat_done$'; ok $? "English headings"
# Counties by their English names (the county table's), not by code.
is "$(row Tabriz)" "2 2800000000 1000000000 400000000 1800000000" "Tabriz: 2 needs, cost, pledged, received, gap"
is "$(row Maragheh)" "1 1800000000 200000000 150000000 1600000000" "Maragheh: the cancelled pledge is not counted"
grep -Eq '^(TBZ|MRG) ' "$TMP/r.txt"; is $? 1 "no county code in the English report"
is "$(row total)" "3 4600000000 1200000000 550000000 3400000000" "totals"
is "$(row equipment)" "1 1800000000 200000000 150000000 1600000000" "per participation type"
is "$(plain_figures <"$TMP/r.txt" | awk '$1 == "type" { t = 1 } t && $1 == "total" { print $2, $3, $4, $5, $6; exit }')" \
    "3 4600000000 1200000000 550000000 3400000000" "the type table ends with its total too"
# In Persian (the default) the headings, the total and the participation
# types are Persian; the figures are in Persian digits.  Row names may be
# several words, so the figures are the five fields before the last three
# (the non-material needs counted).
"$HAMYAR" --db "$D" report >"$TMP/fa.txt"; ok $? "report (text, Persian)"
frow() { plain_figures <"$TMP/fa.txt" | grep "^$1 " | awk '{ print $(NF-7), $(NF-6), $(NF-5), $(NF-4), $(NF-3); exit }'; }
sed -n 3p "$TMP/fa.txt" | grep -Eq '^شهرستان +نیازها +برآورد هزینه +تعهدشده +دریافت‌شده +کسری +معنوی باز +دارای تعهد +انجام‌شده$'; ok $? "Persian headings of the county table"
grep -Eq '^نوع مشارکت +نیازها +برآورد هزینه' "$TMP/fa.txt"; ok $? "Persian heading of the type table"
is "$(frow 'جمع')" "3 4600000000 1200000000 550000000 3400000000" "the total is جمع"
is "$(frow 'تجهیزات عمومی')" "1 1800000000 200000000 150000000 1600000000" "a type by its Persian label (تجهیزات عمومی, equipment)"
is "$(frow تبریز)" "2 2800000000 1000000000 400000000 1800000000" "counties by their Persian names (تبریز)"
is "$(frow مراغه)" "1 1800000000 200000000 150000000 1600000000" "... مراغه too"
grep -Eq '^(TBZ|MRG) ' "$TMP/fa.txt"; is $? 1 "no county code in the Persian report"
grep -Eq '[a-z]{2,}' "$TMP/fa.txt"; is $? 1 "no English word in the Persian report"
# Each table's lines, heading too, are equally wide on a terminal: names
# are padded by display width (a Persian letter one column, ZWNJ none, as
# wc -L counts), so the figures line up under the headings.  The blocks
# between blank lines: the title, the county table, the type table.
widths() { awk -v t="$1" 'BEGIN { n = 1 } /^$/ { n++; next } n == t' "$TMP/fa.txt" |
	while IFS= read -r l; do printf '%s\n' "$l" | wc -L; done | sort -u | wc -l; }
is "$(widths 2):$(widths 3)" "1:1" "names padded by display width: every line of a table equally wide"
# Names with a half-space (عجب‌شیر) or of two words (Khoda Afarin): the
# columns still line up, in both languages.
K="$TMP/k"
"$HAMYAR" --db "$K" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nstation,کلانتری عجب‌شیر,AJB\npost,پاسگاه خداآفرین,KHD\n' >"$TMP/ku.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,space,بازسازی,1000,5,4,1403/01/15,approved\nTBZ-2,space,خودرو,2000,5,4,1403/01/15,approved\n' >"$TMP/kn.csv"
"$HAMYAR" --db "$K" import units "$TMP/ku.csv" >/dev/null && "$HAMYAR" --db "$K" import needs "$TMP/kn.csv" >/dev/null
ok $? "a database with needs in Ajabshir and Khoda Afarin"
"$HAMYAR" --db "$K" report >"$TMP/kfa.txt" && "$HAMYAR" --lang en --db "$K" report >"$TMP/ken.txt"; ok $? "its reports"
grep -Eq '^عجب‌شیر +۱ +۱٬۰۰۰ ' "$TMP/kfa.txt" && grep -Eq '^خداآفرین +۱ +۲٬۰۰۰ ' "$TMP/kfa.txt"; ok $? "Persian: عجب‌شیر and خداآفرین with their figures"
grep -Eq '^Ajabshir +1 +1,000 ' "$TMP/ken.txt" && grep -Eq '^Khoda Afarin +1 +2,000 ' "$TMP/ken.txt"; ok $? "English: Ajabshir and Khoda Afarin with their figures"
kw() { awk 'NR <= 2 { next } /^$/ { exit } { print }' "$1" | while IFS= read -r l; do printf '%s\n' "$l" | wc -L; done | sort -u | wc -l; }
is "$(kw "$TMP/kfa.txt"):$(kw "$TMP/ken.txt")" "1:1" "the county tables' lines equally wide (columns aligned)"
# Counties in alphabetical order of their names, as the dashboard lists
# them (the county table's order put عجب‌شیر before خداآفرین, Tabriz
# before Maragheh).  Every county of the province has its row; those with
# a need (their count, 8th field from the end, not 0) are compared here.
counties() { plain_figures <"$1" | awk 'NR <= 3 { next } /^$/ { exit } $(NF - 7) != 0 { print $1 }' | tr '\n' ' '; }
is "$(counties "$TMP/kfa.txt")" "خداآفرین عجب‌شیر جمع " "Persian: خداآفرین before عجب‌شیر (alphabetical), then the total"
is "$(counties "$TMP/ken.txt")" "Ajabshir Khoda total " "English: Ajabshir before Khoda Afarin"
"$HAMYAR" --lang en --db "$D" report | counties /dev/stdin >"$TMP/o"
is "$(cat "$TMP/o")" "Maragheh Tabriz total " "English: Maragheh before Tabriz"
"$HAMYAR" --lang en --db "$D" report --county مراغه >"$TMP/r.txt"; ok $? "report --county by Persian name"
is "$(row total)" "1 1800000000 200000000 150000000 1600000000" "--county limits the figures"
"$HAMYAR" --db "$D" report --county XXQ >/dev/null 2>&1; is $? 2 "an unknown county is a usage error (a value --county does not take)"

"$HAMYAR" --db "$D" report --html "$TMP/r.html"; ok $? "report --html"
H="$TMP/r.html"
grep -q '<html lang="fa" dir="rtl">' "$H"; ok $? "lang=fa dir=rtl"
is "$(grep -o '<tr class="total"><th>جمع</th><td>۳</td><td>۴٬۶۰۰٬۰۰۰٬۰۰۰</td>' "$H" | wc -l)" 2 "both tables of the page end with جمع, the total"
grep -q '<meta charset="utf-8">' "$H"; ok $? "UTF-8"
is "$(grep -c '<svg ' "$H")" 3 "three inline SVG charts"
grep -Eiq '(src|href)=|<link|@import|url\(' "$H"; is $? 1 "no external files"
grep -q '۴٬۶۰۰٬۰۰۰٬۰۰۰' "$H"; ok $? "amounts in Persian digits with ٬ separators"
grep -q 'تبریز' "$H" && grep -q 'مراغه' "$H"; ok $? "county names in Persian"
grep -q '<polyline class="plg"' "$H" && grep -q '<polyline class="rcv"' "$H"; ok $? "pledged and received over time"
grep -q '@page' "$H"; ok $? "print styles"
"$HAMYAR" --db "$D" report --html "$TMP/c.html" --county TBZ; ok $? "report --html --county"
# the page's title (a tab's, a printout's header) names the county and
# the day; the line under the heading says what they are
grep -Eq "<title>گزارش همیار — تبریز — [^<—]+/[^<—]+/[^<—]+</title>" "$TMP/c.html"; ok $? "... its title names the county and the day"
grep -Eq "<p>شهرستان: تبریز — تهیه‌شده در [^<—]+/[^<—]+/[^<—]+</p>" "$TMP/c.html"; ok $? "... and so does the line under the heading, saying which is which"
grep -Eq "<title>گزارش همیار — [^<—]+/[^<—]+/[^<—]+</title>" "$H"; ok $? "the province's page: its title names the day"
# A report that fails leaves an earlier page as it was, not half a new one.
cp "$TMP/c.html" "$TMP/keep.html"
"$HAMYAR" --db "$D" report --html "$TMP/c.html" --county XXQ >/dev/null 2>&1; is $? 2 "report --html of an unknown county fails (usage error)"
cmp -s "$TMP/c.html" "$TMP/keep.html"; ok $? "... and leaves the earlier page untouched"
is "$(ls "$TMP" | grep -c 'c.html.tmp')" 0 "... with no temporary file left beside it"
"$HAMYAR" --db "$D" report --html "$TMP/none.html" --county XXQ >/dev/null 2>&1
[ ! -e "$TMP/none.html" ]; ok $? "... nor an empty page where there was none"
grep -q 'مراغه' "$TMP/c.html"; is $? 1 "the county page leaves other counties out"
"$HAMYAR" --db "$D" report --bogus >/dev/null 2>&1; is $? 2 "unknown option: usage error"
grep -q '<th>برآورد هزینه (ریال)</th>' "$H"; ok $? "the money unit (rials by default) in the table headings"
grep -q 'تعهدشده: ۱٬۲۰۰٬۰۰۰٬۰۰۰ ریال' "$H"; ok $? "and after the amounts of the chart"

# English: left to right, Latin digits, English labels and county names.
FA_DIGIT='۰|۱|۲|۳|۴|۵|۶|۷|۸|۹'	# (a range of them is not portable to grep)
"$HAMYAR" --lang en --db "$D" report --html "$TMP/en.html"; ok $? "report --html under --lang en"
E="$TMP/en.html"
grep -q '<html lang="en" dir="ltr">' "$E"; ok $? "English page: lang=en dir=ltr"
grep -q '<td>4,600,000,000</td>' "$E"; ok $? "Latin digits with , separators"
grep -Eq "$FA_DIGIT" "$E"; is $? 1 "no Persian digit anywhere"
grep -q '<h1>Hamyar report</h1>' "$E" && grep -q '<th>Tabriz</th>' "$E"; ok $? "English title and county names"
grep -q '<th>Estimated cost (rials)</th>' "$E"; ok $? "the unit's English name in the headings"
grep -q 'direction="rtl"' "$E"; is $? 1 "the charts run left to right"
grep -Eiq '(src|href)=|<link|@import|url\(' "$E"; is $? 1 "no external files (English)"

# The user's settings, set in the program (keys only, in tmux): ASCII digits
# and amounts in toman.  The page follows them as the screens do.
if command -v tmux >/dev/null 2>&1; then
	. "$HAMYAR_SRC/tests/screen/screen.inc"
	scr_start "$D"
	scr_wait "$(vis 'منوی اصلی')"
	scr_keys 0
	scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
	scr_keys F9
	scr_wait "$(vis 'تنظیمات حساب شما')"
	scr_keys Down Down Enter
	scr_wait "$(vis 'ارقام: لاتین (ASCII)')"; ok $? "digits set to ASCII in the program"
	scr_keys Down Down Down Enter
	scr_wait "$(vis 'واحد مبلغ‌ها: تومان')"; ok $? "amounts set to toman in the program"
	scr_keys F10 F10 F10
	scr_bye; scr_wait "__EXIT__=0"
	tm kill-server >/dev/null 2>&1
	"$HAMYAR" --db "$D" report --html "$TMP/t.html"; ok $? "report --html with the user's settings"
	T="$TMP/t.html"
	grep -q '<html lang="fa" dir="rtl">' "$T"; ok $? "still Persian, right to left"
	grep -q '<td>460,000,000</td>' "$T"; ok $? "amounts in toman (rials / 10), ASCII digits"
	grep -q '<td>340,000,000</td>' "$T"; ok $? "the gap too"
	grep -Eq "4,600,000,000|$FA_DIGIT" "$T"; is $? 1 "no rial figure and no Persian digit left"
	grep -q '<th>برآورد هزینه (تومان)</th>' "$T"; ok $? "toman named in the headings"
	grep -q 'ریال' "$T"; is $? 1 "rials nowhere"
	grep -q 'تعهدشده: 120,000,000 تومان' "$T"; ok $? "the chart's total in toman too"
	"$HAMYAR" --lang en --db "$D" report --html "$TMP/te.html"
	grep -q '<td>460,000,000</td>' "$TMP/te.html" && grep -q '<th>Gap (toman)</th>' "$TMP/te.html"
	ok $? "the English page in toman too"
else
	echo "ok $((T_N + 1)) - # SKIP tmux is not installed: the settings are set in the program"
	T_N=$((T_N + 1))
fi
done_testing
