# A need whose category is changed between material and non-material
# under pledges that no longer fit it (the space need TST-22, with the
# space pledges TST-30 and TST-31, made support, which takes no money) is
# warned about under its category at F2, saying how many active pledges,
# and F2 asks before saving, as about the form's other warnings; a second
# save of it as it is asks nothing.  Before, F2 saved without a word and
# the pledges were material money on a non-material need.  (import needs
# says the same: tests/cli/import_need_category_pledges.sh; the pledge's
# own warning: pledge_type_category.sh.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-22 a space need with two space pledges"
category() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v n="$1" '$1 == n { print $3 }'; }
ASK="$(vis 'هشدار در: زمینهٔ مشارکت. با این حال این رکورد ذخیره شود؟')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait "TST-22" >/dev/null; scr_type 'TST-22'; scr_settle; scr_keys Enter
scr_wait "$(vis 'نیاز TST-22')"; ok $? "the need TST-22 opens"
scr_keys Tab; scr_keys C-u; scr_type 'حمايتي'; scr_keys Tab; scr_settle
scr_keys F2
scr_wait "$ASK"; ok $? "made support: F2 asks, naming the category"
scr_cap | grep -qF "$(vis '۲ تعهد فعال این نیاز مادی است')"; ok $? "... the warning: two active pledges are material"
scr_cap | grep -qF "$(vis 'اکنون معنوی است')"; ok $? "... and the category now non-material"
scr_keys n; scr_gone "$ASK" >/dev/null
is "$(category TST-22)" space "no: still space"
scr_keys F2; scr_wait "$ASK" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "yes: saved"
is "$(category TST-22)" support "TST-22 is support"
scr_keys Enter; scr_wait "$(vis 'نیاز TST-22')" >/dev/null; scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "opened and saved again as it is: no question"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# in English, back the other way is no warning (the
# pledges fit a space need); TST-20 (space, no pledges) made support: none
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 4
scr_wait "TST-22" >/dev/null; scr_type 'TST-22'; scr_settle; scr_keys Enter
scr_wait "Need TST-22"; ok $? "en: the need TST-22 opens"
scr_keys Tab; scr_keys C-u; scr_type 'space'; scr_keys Tab; scr_settle
scr_keys F2; scr_wait "Search:"; ok $? "en: back to space: the pledges fit, saved at once"
is "$(category TST-22)" space "en: TST-22 is space"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "en: quits"
done_testing
