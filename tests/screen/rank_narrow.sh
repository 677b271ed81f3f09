# The ranking screen at 40 columns: rank, id, score and county took every
# cell and a need showed no title at all; its explanation's normalised
# values, weights and shares read «…».  Now, where the title would have
# fewer than 12 cells, the county and the score give way (the selected
# need's score heads its explanation) and the id column is as wide as the
# ids: the title is there, cut in its middle.  Under 64 columns the
# explanation keeps the criterion, its value and its share («سهم»), with
# the bar where it fits.  At 80 columns nothing changes.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
first=$("$HAMYAR" --db "$DB" rank --top 1 | sed -n 2p | awk '{ print $2 }')
title=$("$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep "^$first," | cut -d, -f4)
word=${title%% *}
echo "# first ranked: $first «$title»"

SCR_SIZE=40x24
work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_wait "$(vis "چرا $first:")"; ok $? "40 columns: $first explained"
row=$(scr_cap | grep -F "$first" | head -n 1)
holds "$row" "$(vis "$word")" "... its row shows its title's first word, «$word»" || scr_cap | sed 's/^/# /'
head=$(scr_cap | grep -F "$(vis 'شناسه')" | head -n 1)
holds "$head" "$(vis 'عنوان')" "... the heading names the title"
case $head in *"$(vis 'شهرستان')"*) ok 1 "... and not the county" ;; *) ok 0 "... and not the county" ;; esac
crit=$(scr_cap | grep -F "$(vis 'فوریت')" | tail -n 1)
case $crit in *…*) ok 1 "the explanation's urgency row has no «…» cell: $crit" ;;
*) ok 0 "the explanation's urgency row has no «…» cell" ;; esac
holds "$(scr_cap | grep -F "$(vis 'معیار')" | tail -n 1)" "$(vis 'سهم')" "... its last column headed «سهم»"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# at 80 columns: the county, the score and the five columns of the
# explanation, as before
SCR_SIZE=80x24
work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_wait "$(vis "چرا $first:")"; ok $? "80 columns: $first explained"
head=$(scr_cap | grep -F "$(vis 'شناسه')" | head -n 1)
holds "$head" "$(vis 'شهرستان')" "... the county column there"
holds "$head" "$(vis 'امتیاز')" "... and the score's"
holds "$(scr_cap | grep -F "$(vis 'معیار')" | tail -n 1)" "$(vis 'نرمال‌شده')" "... the explanation's normalised values there"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
