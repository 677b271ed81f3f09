# The dashboard keeps a done need of a unit made inactive afterwards, as
# `hamyar report` does: its estimated cost and the money received on it
# stay in the county's figures; only the unit's open need is left out.
# Before, the done need's 120,000,000 received vanished with its unit.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
. "$HAMYAR_SRC/tests/cli/fixtures_unit_inactive.inc"
DB="$TMP/db"
unit_inactive_db "$DB" done
ok $? "fixture: the post's done need paid in full, its open need, the station's need"
post_off "$DB"; ok $? "the post TBZ-2 made inactive"

set -- $("$HAMYAR" --db "$DB" report | plain_figures | awk '$1 == "تبریز" { print $2, $3, $4, $5, $6 }')
is "$*" "2 420000000 220000000 120000000 200000000" "the report's Tabriz row: the station's need and the done one"

work_open "$DB"
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the dashboard"
scr_settle
detail_has 'برآورد هزینه' 420000000; ok $? "Tabriz: estimated cost 420,000,000, as the report has it"
detail_has 'تعهدشده' 220000000; ok $? "pledged 220,000,000"
detail_has 'دریافت‌شده' 120000000; ok $? "received 120,000,000: the done need's money counted"
detail_has 'کسری' 200000000; ok $? "gap 200,000,000"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
