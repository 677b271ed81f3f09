# Record text with digits is shown in the user's digits (Persian by
# default) on every screen, as in the lists and forms: a need titled with
# ASCII digits on the dashboard, the need's screen and the matching screen,
# a unit's name beside a need's unit field, a receipt number on the
# pledges screen.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null
printf 'id,kind,name,county\nTST-1,station,کلانتری 12 تبریز,TBZ\n' >"$TMP/u.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\n%s\n' \
    'TST-20,TST-1,equipment,خرید 2 خودروی پژو 405,900000000,5,5,1000,1403/01/15,approved' >"$TMP/n.csv"
printf 'id,kind,name,county,interests,capacity,active\nTST-10,org,شرکت 7 تیر,TBZ,equipment,500000000,1\n' >"$TMP/d.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-30,TST-10,TST-20,equipment,100000000,1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "a need, unit, donor and pledge with digits in their text"
TITLE_FA='خرید ۲ خودروی پژو ۴۰۵'

work_open "$DB"
row_has "TST-20" "$(vis "$TITLE_FA")"; ok $? "dashboard: the top need's title in Persian digits"
scr_keys Enter
scr_wait "$(vis "نیاز TST-20: $TITLE_FA")"; ok $? "the need's screen: its title in Persian digits"
scr_keys F7; scr_wait "TST-30"
row_has "TST-30" "$(vis 'شرکت ۷ تیر')"; ok $? "pledges: the donor's name in Persian digits"
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"; scr_keys Enter
scr_wait "$(vis 'شمارهٔ رسید:')"; scr_type 'R-101'; scr_keys Enter
scr_wait "R-101"; ok $? "pledges: the receipt number R-101, a code: its digits as written"
scr_keys F10; scr_wait "$(vis "نیاز TST-20: $TITLE_FA")"
scr_keys F8; scr_wait "$(vis 'خیّرین جور با یک نیاز')"
scr_cap | grep -qF "$(vis "$TITLE_FA")"; ok $? "matching: the need's title in Persian digits"
row_has "TST-10" "$(vis 'شرکت ۷ تیر')"; ok $? "matching: the donor's name in Persian digits"
scr_keys F10; scr_wait "$(vis "نیاز TST-20")"; scr_keys F10
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4; scr_wait "TST-20"; scr_keys Enter
scr_wait "$(vis 'واحد*:')"; scr_keys Tab
scr_wait "$(vis 'کلانتری ۱۲ تبریز')"; ok $? "need form: the unit's name beside its id in Persian digits"
# A ceremony whose title and place have digits, honouring the donor.
printf 'id,held_on,title,place,donors\nTST-40,1403/10/15,تجلیل 3 خیّر,سالن 2,TST-10\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "a ceremony with digits in its title and place"
scr_keys F10; scr_wait "$(vis 'این تغییرات دور ریخته شود؟')" 2 >/dev/null && scr_keys y
scr_wait "$(vis 'رکوردها:')"; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F7
scr_wait "TST-40"; ok $? "F7: the ceremonies"
row_has "TST-40" "$(vis 'تجلیل ۳ خیر')"; ok $? "ceremonies: the title in Persian digits"
row_has "TST-40" "$(vis 'سالن ۲')"; ok $? "... and the place"
scr_keys Enter; scr_wait "$(vis 'مراسم: تجلیل ۳ خیر')"; ok $? "the ceremony's heading in Persian digits"
row_has "TST-10" "$(vis 'شرکت ۷ تیر')"; ok $? "... and its donor's name"
done_testing
