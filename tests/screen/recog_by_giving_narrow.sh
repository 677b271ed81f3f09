# The donors by giving (F7 on a ceremony form's donors field) at 64
# columns: the name, which the clerk reads first, gets the room.  Each
# figure's column is as wide as its values or its heading; when that
# leaves the name less than 24 columns the columns whose headings are
# wider than their values (one digit under «غیرمالی», «تبریز» under
# «شهرستان») are narrowed towards their values, each heading then the
# widest of the catalog's forms of it that fits («شهر», «پرداختی»,
# «معنوی», «تجلیل قبلی»; in English «Rials paid», «N.M.»), never a word
# cut with «…» (before: «شهرس…», «غیر…», «آخرین تجل…», «Paid (ri…)»,
# «Non…»), and a long name is cut in its middle, its start and end both
# shown, as the payments' saved line cuts it.  Before, the figures kept
# fixed widths (10, 15, 8 and the rest) and the name had 8 columns at
# 64: «…مؤسسهٔ خ», «…محمدرضا» for محمدرضا نوروزی‌فر.  The money paid is
# the period's and every form of its heading says so («پرداختی بازه
# (ریال)», «پرداخت بازه»; "Paid in period (rials)", "Period paid"; before
# «پرداختی (ریال)», «پرداختی», which read as all the donor ever paid).
# At 80 columns that heading is whole, in both languages, and so are the
# county's and the last honoured's in Persian; the non-material count's
# takes its short form («معنوی», "N.M.") so that the name keeps its 24
# columns, and F1 says which short heading is which.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_long_name_fixture
jal() { "$HAMYAR" date g2j "$(date -d "-$1 days" +%Y-%m-%d)"; }
d30=$(jal 30); d60=$(jal 60)
# a person with a ZWNJ in his name, typed with an Arabic yeh
printf 'id,kind,name,county\nTST-13,person,محمدرضا نوروزي‌فر,TBZ\n' >"$TMP/d2.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d2.csv" >/dev/null; ok $? "a donor with a ZWNJ and an Arabic yeh in his name"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-40,TST-13,TST-20,space,90000000,%s,pledged\n' "$d60" >"$TMP/p2.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p2.csv" >/dev/null 2>&1; ok $? "his pledge TST-40"
printf 'pledge,paid_on,amount,receipt\nTST-30,%s,45000000,فیش ۱\nTST-40,%s,60000000,فیش ۲\n' "$d30" "$d30" >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1
ok $? "payments in the last year: 45,000,000 by the long name, 60,000,000 by TST-13"
printf 'id,held_on,title,place,donors\nTST-50,%s,تجلیل از خیّرین دههٔ فجر,سالن اجتماعات فرمانداری,TST-13\n' "$(jal 400)" >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony 400 days ago honoured TST-13"

LIST="$(vis 'خیّرین به‌ترتیب کمک')"
HEAD="$(vis 'نام')"
# the row of the list holding TEXT
row_of() { scr_cap | grep -F -- "$1" | grep -F '│' | head -n 1; }
# the cells the name takes in ROW: what is right of its county (the
# first COUNTY on the row: the name may hold it too) up to the box's
# border, marks and joiners taking none
name_cells() {
	printf '%s\n' "$1" | python3 -c '
import sys, unicodedata
row, county = sys.stdin.read().rstrip("\n"), sys.argv[1]
name = row[row.index(county) + len(county):].rstrip().rstrip("│").strip()
print(sum(1 for c in name if unicodedata.category(c) not in ("Mn", "Me", "Cf")))' "$2"
}

SCR_SIZE=64x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'خیّرین تجلیل‌شده:')" >/dev/null
scr_keys Tab Tab Tab; scr_settle
scr_keys F7; scr_wait "$LIST" >/dev/null; scr_settle
r=$(row_of "$(fa_amount 45000000)")
holds "$r" "$(vis 'مؤسسهٔ')" "64 columns: the long name's row starts with its start, «مؤسسهٔ»"
holds "$r" "$(vis 'استان')" "... and shows its end, «استان»: cut in its middle"
holds "$r" "…" "... at an ellipsis"
n=$(name_cells "$r" "$(vis 'تبریز')")
[ "${n:-0}" -ge 16 ]; ok $? "... in at least 16 columns, not 8 (got ${n:-none})"
r=$(row_of "$(fa_amount 60000000)")
holds "$r" "$(vis 'محمدرضا نوروزی‌فر')" "محمدرضا نوروزی‌فر whole on his row"
holds "$r" "$(vis 'تبریز')" "... his county beside it"
# each heading read whole at 64: the catalog's shorter form where the
# whole one does not fit, never a word cut with «…» (before: «شهرس…»,
# «پرداختی…», «غیر…», «آخرین تجل…»)
h=$(row_of "$HEAD")
case $h in *…*) ok 1 "64 columns: no heading cut with «…»"; echo "# $h" ;;
*) ok 0 "64 columns: no heading cut with «…»" ;; esac
holds "$h" " $(vis 'شهر') " "... the county's heading, «شهر»"
case $h in *"$(vis 'شهرستان')"*) ok 1 "... which is not «شهرستان», wider than «تبریز»"; echo "# $h" ;;
*) ok 0 "... which is not «شهرستان», wider than «تبریز»" ;; esac
holds "$h" " $(vis 'پرداخت بازه') " "... paid in the period, «پرداخت بازه»"
holds "$h" " $(vis 'معنوی') " "... the non-material pledges, «معنوی»"
holds "$h" " $(vis 'تجلیل قبلی') " "... last honoured, «تجلیل قبلی» over the dates"
# F1, whose text names the columns by their whole headings, says which
# short one is which
SHORT="$(vis '«معنوی» همان «غیرمالی»')"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null; scr_settle
holds "$(scr_cap)" "$SHORT" "... F1 says the short headings are the whole ones: «معنوی» is «غیرمالی»"
scr_keys Escape; scr_gone "$(vis 'F1 راهنما')" >/dev/null

scr_resize 80 24
r=$(row_of "$(fa_amount 45000000)")
n=$(name_cells "$r" "$(vis 'تبریز')")
# (its 24 columns: the cut between letters may leave one of them blank)
[ "${n:-0}" -ge 23 ]; ok $? "80 columns: the long name in its 24 columns (got ${n:-none} shown)"
holds "$r" "$(vis 'مند استان')" "... its end shown, «...مند استان»"
h=$(row_of "$HEAD")
holds "$h" "$(vis 'پرداختی بازه (ریال)')" "... the headings whole: paid in the period, in rials"
holds "$h" " $(vis 'معنوی') " "... non-material in its short form, «معنوی»"
holds "$h" "$(vis 'آخرین تجلیل')" "... last honoured"
holds "$h" "$(vis 'شهرستان')" "... the county"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null; scr_settle
holds "$(scr_cap)" "$SHORT" "... F1 says «معنوی» is «غیرمالی»"
scr_keys Escape; scr_gone "$(vis 'F1 راهنما')" >/dev/null
scr_keys F10; scr_gone "$LIST" >/dev/null
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# English: the same, its own shorter forms
scr_start "$DB" --lang en
scr_wait 'Main menu' >/dev/null; scr_keys 8
scr_wait 'Search:' >/dev/null; scr_keys F5
scr_wait 'Donors honoured:' >/dev/null
scr_keys Tab Tab Tab; scr_settle
scr_keys F7; scr_wait 'Donors by giving' >/dev/null; scr_settle
h=$(row_of 'Name')
case $h in *…*) ok 1 "English, 64 columns: no heading cut with «…»"; echo "# $h" ;;
*) ok 0 "English, 64 columns: no heading cut with «…»" ;; esac
holds "$h" ' County ' "... County, as wide as «Tabriz»"
holds "$h" ' Period paid ' "... «Period paid» over the amounts"
holds "$h" ' N.M. ' "... «N.M.» over the non-material pledges"
holds "$h" ' Honoured ' "... «Honoured» over the dates"
scr_keys F1; scr_wait 'F1 Help' >/dev/null; scr_settle
holds "$(scr_cap)" 'N.M. is' "... F1 says which short heading is which: N.M. is Non-mat."
scr_keys Escape; scr_gone 'F1 Help' >/dev/null
scr_resize 80 24
h=$(row_of 'Name')
holds "$h" 'Paid in period (rials)' "English, 80 columns: the paid heading whole: Paid in period (rials)"
holds "$h" ' N.M. ' "... N.M."
holds "$h" 'County' "... County"
scr_keys F1; scr_wait 'F1 Help' >/dev/null; scr_settle
holds "$(scr_cap)" 'N.M. is' "... F1 says which short heading is which"
scr_keys Escape; scr_gone 'F1 Help' >/dev/null
scr_keys F10; scr_gone 'Donors by giving' >/dev/null
scr_keys Escape; sleep 0.5; scr_settle; scr_cap | grep -q 'Discard' && scr_keys y
scr_wait 'Search:' >/dev/null
scr_keys F10; scr_wait 'Main menu' >/dev/null
scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
