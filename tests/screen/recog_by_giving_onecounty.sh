# The donors by giving (F7 on a ceremony form's donors field) shows its
# county column only when its rows may be of several counties: for HQ
# with no county filter.  A clerk reads his county's donors only, and
# HQ's F4 filter keeps one county's: every row would show the same
# county, in columns the donor's name needs, so the column is left out,
# its room the name's, and the county said once in the list's title.
# F1 then says so, naming the county (a clerk's, or F4's with how to get
# the column back), in Persian and English; HQ's list of every county
# does not.  Before, F1 did not say where the column had gone.
# Before, a Tabriz clerk's list at 64 columns showed «تبریز» on every
# row and the name's column had 24 columns (31 now).  Root only (nobody
# via setpriv).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
work_long_name_fixture
jal() { "$HAMYAR" date g2j "$(date -d "-$1 days" +%Y-%m-%d)"; }
d30=$(jal 30); d60=$(jal 60)
# a person with a ZWNJ in his name, typed with an Arabic yeh
printf 'id,kind,name,county\nTST-13,person,محمدرضا نوروزي‌فر,TBZ\n' >"$TMP/d2.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d2.csv" >/dev/null; ok $? "Tabriz's TST-13, a ZWNJ and an Arabic yeh in his name"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-40,TST-13,TST-20,space,90000000,%s,pledged\nTST-41,TST-12,TST-22,space,30000000,%s,pledged\n' "$d60" "$d60" >"$TMP/p2.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p2.csv" >/dev/null 2>&1; ok $? "his pledge TST-40; Ahar's TST-12 (کارخانهٔ قند اهر) pledges TST-41"
printf 'pledge,paid_on,amount,receipt\nTST-30,%s,45000000,فیش ۱\nTST-40,%s,60000000,فیش ۲\nTST-41,%s,۷٬۰۰۰٬۰۰۰,فیش ۳\n' "$d30" "$d30" "$d30" >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1
ok $? "paid in the last year: 45,000,000 by the long name and 60,000,000 by TST-13 (Tabriz), 7,000,000 by TST-12 (Ahar)"

LIST="$(vis 'خیّرین به‌ترتیب کمک')"
HEAD="$(vis 'نام')"
COUNTY="$(vis 'شهرستان')"
# the county's heading, whole or cut to its values' width («شهرس…»)
CHEAD="$(vis 'شهر')"
TBZ="$(vis 'تبریز')"
LONG="$(fa_amount 45000000)"
# the row of the list holding TEXT
row_of() { scr_cap | grep -F -- "$1" | grep -F '│' | head -n 1; }
# the cells the long name takes in ROW: from its end, «استان», at its
# left (no other word of the row ends so), up to the box's border, marks
# and joiners taking none
name_cells() {
	printf '%s\n' "$1" | python3 -c '
import sys, unicodedata
row, end = sys.stdin.read().rstrip("\n"), sys.argv[1]
name = row[row.index(end):].rstrip().rstrip("│").strip()
print(sum(1 for c in name if unicodedata.category(c) not in ("Mn", "Me", "Cf")))' "$(vis 'استان')"
}
# the name column's width: its heading «نام», at its start, and the
# blank cells after it up to the next heading, less the gap of 2
name_col() {
	scr_cap | grep -F -- "$HEAD" | grep -F '│' | head -n 1 | python3 -c '
import sys
row, head = sys.stdin.read().rstrip("\n").rstrip().rstrip("│").rstrip(), sys.argv[1]
left = row[:row.rindex(head)]
print(len(left) - len(left.rstrip(" ")) - 2 + len(head))' "$HEAD"
}
# the ceremony form's donors field, F7 on it
open_list() {
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
	scr_wait "$(vis 'خیّرین تجلیل‌شده:')" >/dev/null
	scr_keys Tab Tab Tab; scr_settle
	scr_keys F7; scr_wait "$LIST" >/dev/null; scr_settle
}
close_list() {
	scr_keys F10; scr_gone "$LIST" >/dev/null
	scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye
	scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
}

# F1 on the list, at 100x40 (the help's lines as written, not flowed
# into each other as below 80 columns), its text then; the size back
help_text() {
	scr_resize 100 40
	scr_keys F1; scr_wait "${HELP_KEY:-$(vis 'F1 راهنما')}" >/dev/null; scr_settle
	scr_cap
	scr_keys Escape; scr_gone "${HELP_KEY:-$(vis 'F1 راهنما')}" >/dev/null
	scr_resize "${SCR_SIZE%x*}" "${SCR_SIZE#*x}"
}
NOCOL="$(vis 'فهرست ستون شهرستان ندارد')"

# a Tabriz clerk: his county's donors only
scr_nobody_user clerk TBZ "a Tabriz clerk"
SCR_SIZE=64x24
scr_start_nobody "$DB"
open_list
holds "$(scr_cap | grep -F -- "$LIST")" "$(vis 'شهرستان: تبریز')" "clerk, 64 columns: his county said once, in the list's title"
h=$(row_of "$HEAD")
case $h in *"$CHEAD"*) ok 1 "... no county column: «شهرستان» not among the headings"; echo "# $h" ;;
*) ok 0 "... no county column: «شهرستان» not among the headings" ;; esac
r=$(row_of "$(fa_amount 60000000)")
holds "$r" "$(vis 'محمدرضا نوروزی‌فر')" "... محمدرضا نوروزی‌فر whole on his row"
case $r in *"$TBZ"*) ok 1 "... no «تبریز» on his row"; echo "# $r" ;; *) ok 0 "... no «تبریز» on his row" ;; esac
n=$(name_col)
[ "${n:-0}" -ge 30 ]; ok $? "... the name's column 30 columns wide or more, not 24 (got ${n:-none})"
r=$(row_of "$LONG")
holds "$r" "$(vis 'مؤسسهٔ')" "... its start shown"
holds "$r" "$(vis 'استان')" "... and its end"
scr_resize 80 24
r=$(row_of "$LONG")
n=$(name_cells "$r")
# (the paid heading says «بازه» now, 5 columns wider than «پرداختی
# (ریال)» was: the name's column is 33 of the 36 it had, 24 with the
# county column; the name is cut at its words, «مؤسسهٔ خیریهٔ…نیازمند
# استان» in 25 of them, where 24 columns show one word less)
[ "${n:-0}" -ge 25 ]; ok $? "clerk, 80 columns: the long name in at least 25 columns, not 20 (got ${n:-none})"
# F1 says why there is no county column, naming his county
t=$(help_text)
holds "$t" "$(vis 'همهٔ خیّرین این فهرست از شهرستان شما، تبریز، هستند')" "clerk's F1: every donor listed is of his county, Tabriz"
holds "$t" "$NOCOL" "... the title names it and there is no county column"
close_list

# the same in English
SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_LANG=en" scr_start_nobody "$DB"
scr_wait 'Main menu' >/dev/null; scr_keys 8
scr_wait 'Search:' >/dev/null; scr_keys F5
scr_wait 'Donors honoured:' >/dev/null
scr_keys Tab Tab Tab; scr_settle
scr_keys F7; scr_wait 'Donors by giving' >/dev/null; scr_settle
t=$(HELP_KEY='F1 Help' help_text)
holds "$t" 'Every donor listed is of your county, Tabriz: the title names it' "English, clerk's F1: every donor listed is of his county, Tabriz"
holds "$t" 'list has no county column.' "... no county column"
scr_keys F10; scr_gone 'Donors by giving' >/dev/null
scr_keys Escape; sleep 0.5; scr_settle; scr_cap | grep -q 'Discard' && scr_keys y
scr_wait 'Search:' >/dev/null; scr_keys F10; scr_wait 'Main menu' >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# HQ: every county's donors, the county column kept; F4's filter to one
# county leaves it out as the clerk's list does
"$HAMYAR" --db "$DB" user add nobody --role hq >/dev/null; ok $? "nobody is HQ now"
scr_start_nobody "$DB"
open_list
h=$(row_of "$HEAD")
holds "$h" "$CHEAD" "HQ, 64 columns, no filter: the county column's heading"
holds "$(row_of "$(fa_amount 7000000)")" "$(vis 'اهر')" "... Ahar's TST-12 with his county"
r=$(row_of "$(fa_amount 60000000)")
holds "$r" "$TBZ" "... Tabriz's TST-13 with his"
n=$(name_col)
[ "${n:-0}" -ge 24 ] && [ "${n:-0}" -lt 30 ]; ok $? "... the name's column 24 to 29 columns wide beside it (got ${n:-none})"
case $(scr_cap | grep -F -- "$LIST") in *"$COUNTY"*) ok 1 "... no county in the title" ;;
*) ok 0 "... no county in the title" ;; esac
t=$(help_text)
case $t in *"$NOCOL"*) ok 1 "... nor in its F1 that the list has no county column"; echo "$t" | sed 's/^/# /' ;;
*) ok 0 "... nor in its F1 that the list has no county column" ;; esac
holds "$t" "$(vis 'F4 به شهرستان پالایش می‌کند.')" "... which says F4 filters by county"
scr_keys F4; scr_wait "$(vis 'همهٔ شهرستان‌ها') │" >/dev/null
scr_pick 'تبریز'
scr_wait "$(vis 'شهرستان: تبریز')" >/dev/null; ok $? "F4 to Tabriz: named in the title"
scr_settle
case $(row_of "$HEAD") in *"$CHEAD"*) ok 1 "... no county column"; echo "# $(row_of "$HEAD")" ;;
*) ok 0 "... no county column" ;; esac
n=$(name_col)
[ "${n:-0}" -ge 30 ]; ok $? "... the name's column 30 columns wide or more (got ${n:-none})"
t=$(help_text)
holds "$t" "$(vis 'همهٔ خیّرین این فهرست از شهرستان تبریز هستند')" "... its F1: every donor listed is of Tabriz, as F4 chose"
holds "$t" "$NOCOL" "... the title names it and there is no county column"
holds "$t" "$(vis 'ستون را بازمی‌گرداند.')" "... F4's «all counties» brings the column back"
scr_keys F4; scr_wait "$(vis 'همهٔ شهرستان‌ها') │" >/dev/null
scr_pick 'همهٔ شهرستان‌ها'
scr_settle
holds "$(row_of "$HEAD")" "$CHEAD" "F4 back to all counties: the county column again"
close_list

# More Tabriz donors than the box's rows: the range of the rows shown
# («۱–۱۴ از ۱۸») takes the title's end, and at 64 columns the title cut
# there lost the county, which no column said either.  Now the list's
# name gives way to it: the period and the county.
awk -v d="$d30" 'BEGIN {
	split("علی‌رضا کریمی|فاطمه نوری‌زاده|حسين رضايي|زهرا کاظمی‌نژاد", nm, "|")
	print "id,kind,name,county" >"'"$TMP"'/d3.csv"
	print "id,donor,need,type,amount,pledged_on,status" >"'"$TMP"'/p3.csv"
	print "pledge,paid_on,amount,receipt" >"'"$TMP"'/y3.csv"
	for (i = 0; i < 16; i++) {
		printf "TST-%d,person,%s %d,TBZ\n", 100 + i, nm[i % 4 + 1], i + 1 >"'"$TMP"'/d3.csv"
		printf "TST-%d,TST-%d,TST-20,space,90000000,%s,pledged\n", 200 + i, 100 + i, d >"'"$TMP"'/p3.csv"
		printf "TST-%d,%s,%d,فیش %d\n", 200 + i, d, 1000000 * (i + 1), i + 10 >"'"$TMP"'/y3.csv"
	}
}'
for k in donors:d3 pledges:p3 payments:y3; do
	"$HAMYAR" --db "$DB" import "${k%%:*}" "$TMP/${k#*:}.csv" >/dev/null 2>&1 || echo "# import ${k%%:*} failed"
done
is "$("$HAMYAR" --db "$DB" export payments | grep -c 'فیش')" 19 "16 more Tabriz donors, each with a payment in the last year"
scr_start_nobody "$DB"
open_list
scr_keys F4; scr_wait "$(vis 'همهٔ شهرستان‌ها') │" >/dev/null
scr_pick 'تبریز'
scr_wait "$(vis 'شهرستان: تبریز')" >/dev/null; ok $? "HQ, 64 columns, F4 to Tabriz with 18 rows: the county in the title"
t=$(scr_cap | sed -n 4p)
holds "$t" "$(vis ' از ')" "... beside the range of the rows shown"
holds "$t" "$(vis 'شهرستان: تبریز')" "... on the same line, whole"
scr_keys F10; scr_gone "$(vis 'شهرستان: تبریز')" >/dev/null
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
