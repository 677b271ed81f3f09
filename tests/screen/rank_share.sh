# Under TOPSIS the explanation's last column is not weight x normalised,
# as under SAW, but the criterion's share of the score (in proportion to
# its squared distance from the worst need), which may exceed its weight:
# its heading says so, «سهم از امتیاز».  Before, it was headed «سهم» under
# both methods, and a share larger than its weight read as a mistake.
# Under SAW (F4) the heading stays «سهم».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
first=$("$HAMYAR" --db "$DB" rank --top 1 | sed -n 2p | awk '{ print $2 }')

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_wait "$(vis "چرا $first:")"; ok $? "TOPSIS: $first explained"
head=$(scr_cap | grep -F "$(vis 'نرمال‌شده')" | tail -n 1)
holds "$head" "$(vis 'سهم از امتیاز')" "TOPSIS: the last column is headed as the share of the score" || scr_cap | sed 's/^/# /'
scr_keys F4; scr_wait "SAW" >/dev/null; scr_settle
head=$(scr_cap | grep -F "$(vis 'نرمال‌شده')" | tail -n 1)
holds "$head" "$(vis 'سهم')" "SAW: headed «سهم»"
case $head in *"$(vis 'سهم از امتیاز')"*) ok 1 "... not as a share of the score" ;;
*) ok 0 "... not as a share of the score" ;; esac
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
