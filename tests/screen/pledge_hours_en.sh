# In English, a pledge of one hour shows "1 hour", not "1 hours", in the
# amount's place on the need's pledges screen (the catalogs' plural forms);
# one of 120 hours "120 hours".  Persian keeps «۱ ساعت» (pledge_hours.sh).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'id,donor,need,type,amount,hours,pledged_on\nTST-30,TST-12,TST-22,policing,,1,1403/05/01\nTST-31,TST-12,TST-22,policing,,120,1403/05/02\n' >"$TMP/p.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "fixture: pledges of 1 hour and of 120 hours"

work_pledges "$DB" en; ok $? "the need's pledges, in English"
row_has "TST-30" "1 hour"; ok $? "the pledge of one hour: '1 hour'"
row_has "TST-30" "1 hours"; is $? 1 "... not '1 hours'"
row_has "TST-31" "120 hours"; ok $? "the pledge of 120 hours: '120 hours'"
work_pledges_quit en; ok $? "the program quits cleanly"
done_testing
