# The dashboard leaves out the needs of a unit marked inactive, as the
# ranking does: the selected county's estimated cost, pledged, received
# and gap are those of its other needs, the same as `hamyar report` has
# them, and F1 says so.  Before, the county's figures still summed the
# inactive unit's needs, and the dashboard's totals were not the
# ranking's.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
. "$HAMYAR_SRC/tests/cli/fixtures_unit_inactive.inc"
DB="$TMP/db"
unit_inactive_db "$DB" open
ok $? "fixture: Tabriz's station and post, three needs, two pledges"
post_off "$DB"; ok $? "the post TBZ-2 made inactive"

set -- $("$HAMYAR" --db "$DB" report | plain_figures | awk '$1 == "تبریز" { print $2, $3, $4, $5, $6 }')
is "$*" "1 300000000 100000000 0 200000000" "the report's Tabriz row: the station's need only"

work_open "$DB"
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the dashboard"
scr_settle
detail_has 'برآورد هزینه' "$2"; ok $? "Tabriz: estimated cost $2, as the report has it"
detail_has 'تعهدشده' "$3"; ok $? "pledged $3"
detail_has 'کسری' "$5"; ok $? "gap $5"
detail_has 'برآورد هزینه' 460000000; is $? 1 "not the 460,000,000 of the three needs"
scr_keys F1; scr_settle
scr_cap | grep -qF "$(vis 'که غیرفعال شده (نیاز انجام‌شده شمرده می‌شود) و تعهدهای لغوشده، غیرفعال')"
ok $? "F1 says the needs of an inactive unit are left out"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# The station inactive too: no county row, and the dashboard says why.
printf 'id,kind,name,county,active\nTBZ-1,station,کلانتری ۱۱ تبريز,TBZ,0\n' >"$TMP/off1.csv"
"$HAMYAR" --db "$DB" import units "$TMP/off1.csv" >/dev/null; ok $? "the station TBZ-1 made inactive too"
tm kill-server >/dev/null 2>&1
work_open "$DB"
scr_wait "$(vis 'نیازی برای نشان دادن نیست: نیازهای ثبت‌شده ردشده یا از واحدهای غیرفعال‌اند.')"
ok $? "no county row: the needs recorded are rejected or of inactive units"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
printf 'id,kind,name,county,active\nTBZ-1,station,کلانتری ۱۱ تبريز,TBZ,1\n' >"$TMP/on1.csv"
"$HAMYAR" --db "$DB" import units "$TMP/on1.csv" >/dev/null

# Active again: the dashboard sums the three needs again.
printf 'id,kind,name,county,active\nTBZ-2,post,پاسگاه عجب‌شیر,TBZ,1\n' >"$TMP/on.csv"
"$HAMYAR" --db "$DB" import units "$TMP/on.csv" >/dev/null; ok $? "TBZ-2 active again"
tm kill-server >/dev/null 2>&1
work_open "$DB"
scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null; scr_settle
detail_has 'برآورد هزینه' 460000000; ok $? "Tabriz: estimated cost 460,000,000 again"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
