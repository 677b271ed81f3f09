# Amounts shown in toman add up to the totals shown beside them.  A toman
# is ten rials; amounts were cut to whole toman, each row and each total
# on its own, so 100,000,005 and 15,000,005 rials read ۱۰٬۰۰۰٬۰۰۰ and
# ۱٬۵۰۰٬۰۰۰ toman over a total of ۱۱٬۵۰۰٬۰۰۱ that no clerk could add up
# to.  Now an amount in toman is exact, its tenth after the decimal sign
# (۱۰٬۰۰۰٬۰۰۰٫۵): on the pledges screen, the dashboard and the report.
# The figures below are worked out by hand from the rials imported, and
# each list of rows is also added up here and compared with its total.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# Ahar: TST-22 (120,000,000 rials) 100,000,005 + 15,000,005, TST-23
# (40,000,000) 40,000,005; Tabriz: TST-20 (300,000,000) 60,000,005
cat >"$TMP/p.csv" <<'CSV'
donor,need,type,amount,pledged_on
TST-12,TST-22,space,"۱۰۰٬۰۰۰٬۰۰۵",۱۴۰۳/۰۵/۰۱
TST-12,TST-22,space,15000005,1403/05/02
TST-10,TST-20,space,"60,000,005",1403/05/03
TST-12,TST-23,space,40000005,1403/05/04
CSV
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1; ok $? "four pledges of odd rials"
# the numbers of text, one a line, in ASCII ("1500000.5")
nums() { "$HAMYAR" text digits-en | sed 's/٬//g; s/٫/./g; s/,//g' | grep -oE '[0-9]+(\.[0-9])?'; }
# the sum of numbers, one a line, in tenths, as a number like nums gives
sum() { awk '{ split($0, p, "."); t += p[1] * 10 + (p[2] == "" ? 0 : p[2]) }
    END { printf "%d%s\n", t / 10, t % 10 ? "." t % 10 : "" }'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F9; scr_wait "$(vis 'همهٔ تنظیمات (رنگ‌ها، ریال یا تومان، ...)')" >/dev/null
scr_keys Down Down Down Enter; scr_wait "$(vis 'تنظیمات حساب شما')" >/dev/null
scr_keys Down Down Down Down Down Enter
scr_wait "$(vis 'واحد مبلغ‌ها: تومان')"; ok $? "amounts set to toman"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# the dashboard: each county's gap, the total gap
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null; scr_settle
scr_cap >"$TMP/dash"
grep -F "$(vis 'نیازها به تفکیک شهرستان')" "$TMP/dash" | grep -qF '۳۲٬۴۹۹٬۹۹۸٫۵'
ok $? "dashboard: the total gap is ۳۲٬۴۹۹٬۹۹۸٫۵ toman (324,999,985 rials)"
tbz=$(grep -F "$(vis 'تبریز')" "$TMP/dash" | grep -F '░' | head -n 1)
ahr=$(grep -F "$(vis 'اهر')" "$TMP/dash" | grep -F '░' | head -n 1)
holds "$tbz" '۳۱٬۹۹۹٬۹۹۹٫۵' "dashboard: Tabriz's gap ۳۱٬۹۹۹٬۹۹۹٫۵"
holds "$ahr" '۴۹۹٬۹۹۹' "dashboard: Ahar's gap ۴۹۹٬۹۹۹"
is "$(printf '%s\n%s\n' "$(printf '%s' "$tbz" | nums | head -n 1)" "$(printf '%s' "$ahr" | nums | head -n 1)" | sum)" \
    "32499998.5" "dashboard: the counties' gaps add up to the total"
grep -qF '۱۵٬۵۰۰٬۰۰۱٫۵' "$TMP/dash"; ok $? "dashboard: Ahar's pledges ۱۵٬۵۰۰٬۰۰۱٫۵ toman (155,000,015 rials)"

# the pledges of TST-22: each row, the total
work_need_pledges; ok $? "the pledges of TST-22"
scr_settle; scr_cap >"$TMP/plg"
total=$(grep -F "$(vis 'تعهدشده:')" "$TMP/plg" | head -n 1)
holds "$total" '۱۱٬۵۰۰٬۰۰۱' "pledges: the total pledged ۱۱٬۵۰۰٬۰۰۱ toman"
rows=$(grep -F 'TST-2' "$TMP/plg" | grep -vF "$(vis 'نیاز TST-22')" | grep -vF "$(vis 'پرداخت‌های تعهد')")
holds "$rows" '۱۰٬۰۰۰٬۰۰۰٫۵' "pledges: 100,000,005 rials read ۱۰٬۰۰۰٬۰۰۰٫۵"
holds "$rows" '۱٬۵۰۰٬۰۰۰٫۵' "pledges: 15,000,005 rials read ۱٬۵۰۰٬۰۰۰٫۵"
got=$(printf '%s\n' "$rows" | while IFS= read -r l; do printf '%s\n' "$l" | nums | grep -E '^[0-9]{6,}' | head -n 1; done | sum)
want=$(printf '%s' "$total" | nums | head -n 1)
is "$got" "$want" "pledges: the rows add up to the total shown"
work_pledges_quit; ok $? "the program quits cleanly"

# the report, as the user set it (toman, Persian digits), and in English
"$HAMYAR" --db "$DB" report --html "$TMP/r.html"; ok $? "report --html"
# the first table's rows (counties), the pledged cell (the 3rd <td>)
county_rows() { sed 's/<tr/\n<tr/g' "$1" | awk '/<\/thead><tbody>/ { n++ } n == 1 && /^<tr><th>/' |
    sed 's/<td>/\n&/g' | awk '/^<tr>/ { c = 0 } /^<td>/ { c++; if (c == 3) { sub(/<td>/, ""); sub(/<.*/, ""); print } }'; }
for lang in fa en; do
	f="$TMP/r.html"
	[ $lang = en ] && { "$HAMYAR" --lang en --db "$DB" report --html "$TMP/re.html"; f="$TMP/re.html"; }
	rows=$(county_rows "$f")
	tot=$(sed 's/<tr/\n<tr/g' "$f" | grep '^<tr class="total">' | head -n 1 | sed 's/<td>/\n&/g' |
	    awk '/^<td>/ { c++; if (c == 3) { sub(/<td>/, ""); sub(/<.*/, ""); print } }')
	# (every county has its row: the others' are 0)
	is "$(printf '%s\n' "$rows" | nums | grep -vx 0 | sort | tr '\n' ' ')" "15500001.5 6000000.5 " "report $lang: the counties pledged 15,500,001.5 and 6,000,000.5 toman"
	is "$(printf '%s\n' "$tot" | nums)" "21500002" "report $lang: the total row 21,500,002 toman"
	is "$(printf '%s\n' "$rows" | nums | sum)" "$(printf '%s\n' "$tot" | nums)" "report $lang: the rows add up to the total"
done
grep -qF '۶٬۰۰۰٬۰۰۰٫۵' "$TMP/r.html"; ok $? "report fa: Persian digits and decimal sign (۶٬۰۰۰٬۰۰۰٫۵)"
grep -qF '6,000,000.5' "$TMP/re.html"; ok $? "report en: 6,000,000.5"
done_testing
