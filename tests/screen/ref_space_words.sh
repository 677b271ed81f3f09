# A clerk types a donor's whole name in a pledge's donor box, a word, a
# space, the next word: the Space opens the list searching for the first
# word, and the rest goes into its search.  When the first word is one no
# name has whole (typed in part, «نیکو» of «نیکوکاری», or a name not in
# the list, «پرویزی»), the list searches for it as a start
# (ref_space_part.sh), leaving the space out; the next word then went onto
# it: «نیکو» Space «مهر» searched for «نیکومهر», «پرویزی نجف پور» for
# «پرویزینجف پور», neither what was typed.  The search now holds the
# words as typed, a space between them; a Backspace straight after the
# Space takes the space back, and the word typed then goes on the first.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
DONORS="$(vis 'انتخاب: خیّر')"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
search_is() { scr_cap | grep -F -- "$(vis 'جست‌وجو:')" | grep -qF -- "$(vis "$1")"; }

work_fixture "$DB"; ok $? "fixture: three donors, four needs"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "a new pledge, on its donor"

scr_type 'نيكو'; scr_keys Space
scr_wait "$DONORS"; ok $? "a word typed in part and Space: the list"
scr_wait 'TST-11'; ok $? "... the donor whose word starts so"
scr_type 'مهر'; scr_settle
search_is 'نيكو مهر'; ok $? "the next word typed: the search holds «نيكو مهر», a space between"
search_is 'نيكومهر'; is $? 1 "... not the words run together"
scr_keys BSpace BSpace BSpace BSpace; scr_settle
search_is 'نيكو'; ok $? "Backspace over the word and the space: «نيكو»"
scr_type 'کاری'; scr_wait 'TST-11'; ok $? "... and the rest of the word typed on it finds TST-11"
search_is 'نيكوکاری'; ok $? "... the search «نيكوکاری»"
scr_keys F10; scr_gone "$DONORS" >/dev/null; scr_settle

scr_keys C-u; scr_type 'پرویزی'; scr_keys Space
scr_wait "$DONORS" >/dev/null; scr_type 'نجف پور'; scr_settle
search_is 'پرویزی نجف پور'; ok $? "a whole name no donor has: the search holds it as typed"
search_is 'پرویزینجف'; is $? 1 "... not «پرویزینجف پور»"
scr_keys F10; scr_gone "$DONORS" >/dev/null; scr_settle

# a whole word: as before, the space is the search's
scr_keys C-u; scr_type 'بنياد'; scr_keys Space
scr_wait "$DONORS" >/dev/null; scr_type 'نیکوکاری مهر'
scr_wait 'TST-11'; ok $? "a whole word, Space and the rest of the name: TST-11"
scr_keys Enter; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'TST-11'; ok $? "... Enter picks it"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
