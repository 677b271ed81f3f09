# A donor's ids in the donors' list, as a clerk copies them from a
# spreadsheet: a national id whose leading zeros the spreadsheet dropped
# (12345679 for 0012345679), in any digits, finds its donor alone, as the
# form's donor box takes it; one typed with its zeros is not padded
# (the start of a longer id is no id).  Before, it found nothing.
# A company's legal id is shown in the column of a person's national id,
# headed «کد/شناسهٔ ملی», and found as a national id is.  Before, its
# cell was empty.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
cat >"$TMP/d.csv" <<'CSV'
id,kind,name,national_id,legal_id,county
TST-40,person,زهرا کاظمی,0012345679,,TBZ
TST-41,person,علی احمدی‌نژاد,0051234564,,TBZ
TST-42,org,شركت سیمان صوفیان,,10103245673,TBZ
TST-43,person,محمدرضا نیک‌نام,0076229645,,AHR
CSV
"$HAMYAR" --db "$DB" init --station TST --name "ایستگاه آزمون" >/dev/null &&
    "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null
ok $? "fixture: three persons with national ids, a company with a legal id"

search() { scr_keys C-u; scr_type "$1"; scr_settle; }
shown() { scr_cap | grep -c 'TST-4'; }
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 1; scr_wait "TST-43" >/dev/null
search 12345679
scr_cap | grep -q TST-40 && [ "$(shown)" -eq 1 ]; ok $? "12345679 (two zeros dropped) finds TST-40 alone"
search '۵۱۲۳۴۵۶۴'
scr_cap | grep -q TST-41 && [ "$(shown)" -eq 1 ]; ok $? "۵۱۲۳۴۵۶۴ in Persian digits finds TST-41 alone"
search '76 229 645'
scr_cap | grep -q TST-43 && [ "$(shown)" -eq 1 ]; ok $? "76 229 645, with spaces, finds TST-43"
search 0012345679
scr_cap | grep -q TST-40 && [ "$(shown)" -eq 1 ]; ok $? "the whole id still finds TST-40"
search 00123456
[ "$(shown)" -eq 0 ]; ok $? "00123456, the start of an id with its zeros, is not padded"
search ''
head=$(scr_cap | grep -F "$(vis 'شناسه')" | head -n 1)
holds "$head" "$(vis 'کد/شناسهٔ ملی')" "the column is headed national or legal id"
col_of() {	# the screen column where TEXT starts on the row of ID
	scr_cap | grep -F -- "$1" | head -n 1 | awk -v t="$2" '{ print index($0, t) }'
}
scr_cap | grep -F TST-42 | grep -qF '۱۰۱۰۳۲۴۵۶۷۳'; ok $? "TST-42, a company: its legal id on its row"
a=$(col_of TST-42 '۱۰۱۰۳۲۴۵۶۷۳'); b=$(col_of TST-40 '۰۰۱۲۳۴۵۶۷۹')
[ "$a" -gt 0 ] && [ $((a - b)) -ge -1 ] && [ $((a - b)) -le 1 ]
ok $? "... in the national id's column (ends under TST-40's; $a, $b)"
search '۱۰۱۰۳۲۴۵۶۷۳'
scr_cap | grep -q TST-42 && [ "$(shown)" -eq 1 ]; ok $? "its legal id in Persian digits finds TST-42 alone"
search ''
scr_sort_by 'کد/شناسهٔ ملی'; scr_settle
is "$(scr_cap | grep -o 'TST-4[0-9]' | tr '\n' ' ')" "TST-40 TST-41 TST-43 TST-42 " \
    "F6 on that column sorts the legal id among the national ids"
search 'نیک'
scr_cap | grep -q TST-43 && [ "$(shown)" -eq 1 ]; ok $? "a name's start still finds by name"
scr_keys C-u; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
