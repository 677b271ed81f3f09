# A clerk knows a donor by name, not by id.  In a reference field (a
# pledge's donor, need) the name typed so far is what the list opens
# searching for: Space after "بنیاد" (typed with an Arabic yeh, as on some
# keyboards) opens it holding that word, the next word typed narrows it,
# Enter picks.  A name left in the box (Tab) that one record bears is that
# record; one that several bear opens the list (tests/screen/ref_tab_name.sh),
# and F4 then opens it again searching for it.  Before, the list opened
# empty, the word typed before the Space was lost and the next one went
# into the search alone.
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
scr_type 'بنياد'; scr_keys Space
scr_wait "$(vis 'انتخاب: خیّر')"; ok $? "Space opens the list of donors"
row_has "$(vis 'جست‌وجو:')" "$(vis 'بنياد')"; ok $? "... searching for the word typed"
scr_type 'مهر'
scr_wait "TST-11"; ok $? "the next word typed narrows it: TST-11 found"
scr_cap | grep -qF 'TST-10'; is $? 1 "... and not the others"
scr_keys Enter; scr_gone "$(vis 'انتخاب: خیّر')"
row_has "$(vis 'خیّر*:')" 'TST-11'; ok $? "Enter picks it for the field"
scr_keys Tab; scr_type 'تعمیر'; scr_keys Tab
scr_wait "TST-22"; ok $? "a title one need bears, left in the need's box: Tab takes it"
row_has "$(vis 'نیاز:')" "$(vis 'تعمیر سقف پاسگاه')"; ok $? "... named beside its id"
scr_keys BTab C-u; scr_type 'ساخت'; scr_keys Tab
scr_wait "$(vis 'انتخاب: نیاز')"; ok $? "a word two needs' titles hold: Tab opens the list"
scr_keys F10; scr_gone "$(vis 'انتخاب: نیاز')" >/dev/null
scr_wait "$(vis 'با «ساخت» چند رکورد پیدا شد')"; ok $? "... closed without a pick: the message says several"
scr_keys BTab F4
scr_wait "$(vis 'انتخاب: نیاز')"; ok $? "F4 opens the list of needs"
scr_wait "TST-23"; ok $? "... searching for what was typed: TST-20 and TST-23"
scr_cap | grep -qF 'TST-22'; is $? 1 "... and no other need"
scr_type ' سايه'; scr_wait "$(vis 'سایه‌بان')" >/dev/null; scr_settle
scr_keys Enter; scr_gone "$(vis 'انتخاب: نیاز')"
row_has "$(vis 'نیاز:')" 'TST-23'; ok $? "picked"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
