# A clerk types the start of a donor's name in a pledge's donor box and
# presses Space, the key the bar names, to open the list.  The Space made
# the word complete: "نیکو" then looked for the whole word «نیکو» and the
# list opened empty, though «بنیاد نیکوکاری مهر» was there.  A complete word
# that finds nothing is now searched for as the start of a word; a word
# typed whole still narrows as before (ref_name.sh).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }

work_fixture "$DB"; ok $? "fixture: three donors, four needs"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "a new pledge, on its donor"
scr_type 'نيكو'; scr_keys Space
scr_wait "$(vis 'انتخاب: خیّر')"; ok $? "Space opens the list of donors"
scr_wait "TST-11"; ok $? "... holding the donor whose word starts with the part typed (Arabic ي/ك)"
scr_cap | grep -qF 'TST-10'; is $? 1 "... and not the others"
scr_keys Enter; scr_gone "$(vis 'انتخاب: خیّر')"
row_has "$(vis 'خیّر*:')" 'TST-11'; ok $? "Enter picks it for the field"
# a whole word and Space: the word is complete, and the next one narrows
scr_keys C-u; scr_type 'شرکت'; scr_keys Space
scr_wait "$(vis 'انتخاب: خیّر')"; ok $? "a whole word and Space: the list again"
scr_type 'آذ'
scr_wait "TST-10"; ok $? "the next word typed narrows it: TST-10"
scr_keys Enter; scr_gone "$(vis 'انتخاب: خیّر')"
row_has "$(vis 'خیّر*:')" 'TST-10'; ok $? "picked"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
