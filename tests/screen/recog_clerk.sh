# A Tabriz clerk (keys only, as another real uid: nobody through setpriv;
# root only) and the ceremonies (SPEC §11: a clerk reads his own county).
# HQ recorded three: one of Tabriz's donors, one of Ahar's alone, and one
# honouring a donor of each.  The clerk's list holds Tabriz's and the one
# of both counties, not Ahar's; in the one of both, his county's donor is
# named and Ahar's is not (its id stays, said to be another county's), and
# F6 on it writes no letter, which would name him.  Before, he saw every
# ceremony and every donor's name in it, «کارخانهٔ قند اهر» among them.
# The ceremonies' list from the main menu names no Ahar donor either.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
printf 'id,held_on,title,place,donors\n%s\n%s\n%s\n' \
    'TST-40,1403/10/15,تجلیل هفتهٔ ناجا در تبريز,سالن همایش تبریز,TST-10' \
    'TST-41,1403/10/16,تجلیل خیّرین اهر,فرمانداری اهر,TST-12' \
    'TST-42,1403/10/20,همایش استانی نیک‌اندیشان,سالن شهید باکری,TST-12 TST-11' >"$TMP/r.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null
ok $? "fixture: ceremonies of Tabriz (TST-40), of Ahar (TST-41) and of both (TST-42)"
scr_nobody_user clerk TBZ "a Tabriz clerk"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F7
scr_wait "TST-42"; ok $? "F7: the ceremony of both counties is listed"
scr_cap | grep -q "TST-40"; ok $? "... and Tabriz's"
scr_cap | grep -q "TST-41"; is $? 1 "... but not Ahar's"
scr_cap | grep -qF "$(vis 'فرمانداری اهر')"; is $? 1 "... nor anything of it"
scr_keys Home Enter
scr_wait "$(vis 'همایش استانی نیک‌اندیشان')"; ok $? "he opens the one of both"
row_has "TST-11" "$(vis 'بنیاد نیکوکاری مهر')"; ok $? "his county's donor is named"
row_has "TST-12" "$(vis '(خیّری از شهرستانی دیگر)')"; ok $? "Ahar's is said to be another county's"
scr_cap | grep -qF "$(vis 'قند')"; is $? 1 "... and not named"
scr_keys Home F6
scr_wait "$(vis 'این خیّر از شهرستانی دیگر است')"
ok $? "F6 on Ahar's donor: no letter, and he is told why"
scr_cap | grep -qF "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"; is $? 1 "... not asked where to write one"
scr_keys Enter; scr_settle
scr_keys F10; scr_wait "TST-40"; scr_keys F10
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "TST-42"; ok $? "the list of ceremonies from the main menu holds the one of both"
scr_cap | grep -q "TST-41"; is $? 1 "... not Ahar's"
scr_cap | grep -qF "$(vis 'قند')"; is $? 1 "... and names no Ahar donor"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
set -- "$TMP"/tashakor-*; [ ! -e "$1" ]; ok $? "no letter was written"
done_testing
