# A county's supervisor reads every county, so the donor picker of F5 in a
# ceremony of his county lists every county's donors.  One of another
# county would make the ceremony province-wide (its donors of two
# counties), which only HQ writes: he is told so as soon as he picks him,
# naming the donor and his county, before any question about the donor
# (he has no contribution recorded), and nothing is written.  Before,
# the program first asked whether to honour a donor with no contribution
# and, on «yes», only then refused, saying that a province-wide record is
# HQ's, which the supervisor had not asked to write.  A donor of his own
# county is still asked about and added.  Root only (nobody via setpriv).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
printf 'id,held_on,title,place,donors\nTST-40,1405/08/20,تجليل از خيّرين تبریز,تالار فرهنگ,TST-10\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a Tabriz ceremony honouring TST-10"
scr_nobody_user supervisor TBZ "Tabriz's supervisor"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, '$1 == "TST-40" { print $5 }'; }
NONE="$(vis 'هیچ مشارکتی از این خیّر ثبت نشده است')"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the supervisor starts the program"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F7; scr_wait "TST-40"; scr_keys Enter
scr_wait "$(vis 'شرکت فولاد آذر')"; ok $? "the ceremony open: its Tabriz donor"
scr_keys F5; scr_type 'قند'; scr_wait "TST-12"; scr_keys Enter
scr_wait "$(vis 'مجاز نیست')"; ok $? "a donor of Ahar picked: refused at once"
scr_cap | grep -qF "$NONE"; is $? 1 "... before any question about his contributions"
scr_cap | grep -qF "$(vis 'خیّر TST-12 (کارخانهٔ قند اهر) از شهرستان اهر است')"
ok $? "... naming the donor and his county"
scr_cap | grep -qF "$(vis 'چند شهرستان')"; ok $? "... saying the ceremony's donors would be of several counties"
scr_cap | grep -qF "$(vis 'ستاد استان')"; ok $? "... and who may record that"
scr_keys Enter; scr_gone "$(vis 'مجاز نیست')" >/dev/null
is "$(donors)" "TST-10" "nothing written"
# his own county's donor: asked about (no contribution), and added
scr_keys F5; scr_type 'مهر'; scr_wait "TST-11"; scr_keys Enter
scr_wait "$NONE"; ok $? "a Tabriz donor with no contribution: asked about"
scr_keys y
scr_wait "$(vis 'خیّر افزوده شد: TST-11')"; ok $? "... and added on «yes»"
is "$(donors)" "TST-10 TST-11" "the ceremony honours both"
scr_keys F10; scr_settle
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
