# Deactivating (deleting) records changes the figures, keys only: a pledge
# deactivated in its form no longer lowers its need's gap (hamyar rank,
# the report), and a need deactivated in its form leaves the report's
# county and total rows, as it leaves the ranking and the dashboard.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" &&
"$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null; ok $? "fixture: Ahar's need TST-22 (120,000,000) has pledges of 100,000,000 and 15,000,000"
ahr() { "$HAMYAR" --lang en --db "$DB" report | plain_figures | awk '$1 == "Ahar" {print $2, $3, $4, $6}'; }
is "$(ahr)" "2 160000000 115000000 45000000" "the report's Ahar row before: 2 needs, cost, pledged, gap"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 5
scr_wait "TST-30"; ok $? "the pledge list"
scr_keys Enter
scr_wait "$(vis 'مشارکت TST-30')"; ok $? "Enter opens the pledge of 100,000,000"
scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"; scr_keys y
scr_wait "$(vis 'رکوردها:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"
"$HAMYAR" --db "$DB" rank --json | tr -d ' \n' | grep -q '"id":"TST-22".*"gap":105000000'
ok $? "hamyar rank: TST-22's gap is 105,000,000 (the deactivated pledge no longer counts)"
is "$(ahr)" "2 160000000 15000000 145000000" "the report's Ahar row: pledged 15,000,000, gap 145,000,000"

scr_keys 4
scr_wait "TST-2"
scr_type 'سایه'
scr_wait "TST-23"; scr_keys Enter
scr_wait "$(vis 'نیاز TST-23')"; ok $? "the need TST-23 (40,000,000) opens"
scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"; scr_keys y
scr_gone "$(vis 'این رکورد غیرفعال شود؟')"; scr_settle; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" 3 >/dev/null || scr_keys F10
scr_wait "$(vis 'منوی اصلی')"
is "$(ahr)" "1 120000000 15000000 105000000" "the report's Ahar row: the deactivated need is left out"
"$HAMYAR" --lang en --db "$DB" report | plain_figures | awk '$1 == "total" {print $2, $6; exit}' >"$TMP/total"
is "$(cat "$TMP/total")" "3 485000000" "and the total row: 3 needs, gap 485,000,000"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# A rejected need leaves the figures too, the report's and the dashboard's
# alike: Ahar's last need rejected, Ahar has no need counted in either
# (the report lists every county, Ahar with zeros; the dashboard no row).
printf 'id,status\nTST-22,rejected\n' >"$TMP/rej.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/rej.csv" >/dev/null 2>&1; ok $? "TST-22 (Ahar) rejected"
is "$(ahr)" "0 0 0 0" "the report's Ahar row: no need counted"
"$HAMYAR" --lang en --db "$DB" report | plain_figures | awk '$1 == "total" {print $2, $6; exit}' >"$TMP/total"
is "$(cat "$TMP/total")" "2 380000000" "the total row: 2 needs, gap 380,000,000"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the dashboard"
scr_cap | grep -q "$(vis 'اهر')"; r=$?; [ $r -ne 0 ]; ok $? "... has no Ahar row"
scr_cap | grep -F "$(vis 'دریافت‌شده')" | grep -Fq "$(vis 'نیازها')"; ok $? "... and heads its count column 'needs', on the line of the bar's legend"
scr_keys F10
scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
