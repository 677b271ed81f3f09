# The ranking screen finds a need by its id or number (F3 or /) and, for
# one it does not rank, says why.  Before, it had no search: a supervisor
# asked why TST-47 stood where it did paged through the whole ranking for
# it (thousands of needs in a province), and a need left out (done, no
# gap, another county's under F8) was looked for in vain with nothing to
# say why; F3, / and typing did nothing there.  A digit or a Latin
# letter typed on the list starts the question too.  80x24, Persian.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
    "$HAMYAR" --db "$DB" import units "$WORK_DATA/units.csv" >/dev/null
ok $? "a database with two units (Tabriz and Ahar)"
# 30 open needs, TST-20 .. TST-49, more than the list shows at once; a
# need done (TST-60) and a support need with no cost (TST-61), left out
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	i=0; while [ $i -lt 30 ]; do
		printf 'TST-%d,TST-%d,space,تعمیر ساختمان شمارهٔ %d,%d000000,%d,%d,%d,1403/01/%02d,identified\n' \
		    $((20 + i)) $((i % 2 + 1)) $((i + 1)) $((40 + i * 7)) $((i % 5 + 1)) $((i * 3 % 5 + 1)) \
		    $((500 + i * 130)) $((i % 28 + 1))
		i=$((i + 1))
	done
	echo "TST-60,TST-1,equipment,خرید دوربین‌های نظارتی ميدان ساعت,900000000,5,5,1000,1403/02/01,done"
	echo "TST-61,TST-1,support,حمایت از خانواده‌های شهدای انتظامی,,3,4,,1404/06/01,assessed"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null; ok $? "30 open needs, one done, one with no gap"
LAST=$("$HAMYAR" --db "$DB" rank | sed 1d | tail -n 1 | awk '{print $2}')
# the last ranked need of Ahar (an odd one: TST-2), for F8 below
AHAR=$("$HAMYAR" --db "$DB" rank --county AHR | sed 1d | tail -n 1 | awk '{print $2}')
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
why() { scr_cap | grep -qF "$(vis "چرا $1:")"; }
find_need() { scr_keys "$1"; scr_wait "$(vis 'شناسه یا شمارهٔ نیاز:')" >/dev/null; scr_type "$2"; scr_keys Enter; scr_settle; }
said() { scr_cap | tr -d '\n' | grep -qF "$1"; }
box_ends() { scr_keys Enter; scr_settle; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null; scr_keys F4
scr_wait TOPSIS; ok $? "the ranking"
why "$LAST"; is $? 1 "the last ranked need, $LAST, is not the one explained at first"
# its number alone, in Persian digits, is this station's need
find_need F3 "$(fa "${LAST#TST-}")"
why "$LAST"; ok $? "F3 and its number in Persian digits: $LAST selected, its explanation under the list"
scr_cap | grep -F "$LAST" | grep -qF "$(fa 30)"; ok $? "... on its row, rank 30, scrolled into view"
# typing on the list starts the question, as typing in a list searches
scr_type 'tst-20'; scr_wait "$(vis 'شناسه یا شمارهٔ نیاز:')" >/dev/null; scr_keys Enter; scr_settle
why TST-20; ok $? "tst-20 typed on the list, in lower case: TST-20 selected"
find_need / 'TST-60'
said "$(vis 'TST-60 رتبه‌بندی نشده است: وضعیتش «انجام‌شده» است')"; ok $? "a need done: said why it is not ranked"
box_ends
why TST-20; ok $? "... the need selected before still selected"
find_need F3 '۶۱'
said "$(vis 'TST-61 رتبه‌بندی نشده است: کسری ندارد')"; ok $? "a need with no gap: said so"
box_ends
find_need F3 '1'
said "$(vis 'TST-1 یک واحد است، نه نیاز.')"; ok $? "a unit's number: said it is a unit"
box_ends
find_need F3 'TST-999'
said "$(vis 'نیازی با شناسهٔ TST-999 نیست.')"; ok $? "an id of nothing: said there is no such need"
box_ends
# F8: Ahar's needs alone; a Tabriz need is said to be of Tabriz
scr_keys F8; scr_settle; scr_type 'اهر'; scr_keys Enter; scr_settle
find_need F3 'TST-20'
said "$(vis 'TST-20 نیازی از شهرستان تبریز است')"; ok $? "F8 on Ahar, a Tabriz need: said whose it is"
box_ends
find_need F3 "$AHAR"
why "$AHAR"; ok $? "... and Ahar's $AHAR found"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
