# The pledges' and payments' lists, which have no search field of their
# own, search the pledge's id, its donor's name and its need's title: each
# word typed must start a word of the names, as the donors' list takes it
# (search_words_prefix.sh); an id or a receipt number is still found by
# any part of it.  Before, a word was found anywhere inside a
# word: «خانه» listed the pledges of «کارخانهٔ قند اهر», which the donors'
# list does not find for it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: two pledges of «کارخانهٔ قند اهر» on «تعمیر سقف پاسگاه»"
SEARCH=$(vis 'جست‌وجو:')
rows() { scr_cap | grep -c 'TST-3[01]'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait 'TST-31' >/dev/null; scr_settle
is "$(rows)" 2 "the pledges' list: both pledges"
scr_type 'خانه'; scr_settle
is "$(rows)" 0 "«خانه», inside «کارخانهٔ»: none"
scr_keys C-u; scr_type 'کارخ'; scr_settle
is "$(rows)" 2 "«کارخ», the start of the donor's first word: both"
scr_keys C-u; scr_type 'قند كار'; scr_settle
is "$(rows)" 2 "«قند كار» (Arabic kaf), two words in any order: both"
scr_keys C-u; scr_type 'سقف پاس'; scr_settle
is "$(rows)" 2 "«سقف پاس», words of the need's title: both"
scr_keys C-u; scr_type 'قف'; scr_settle
is "$(rows)" 0 "«قف», inside «سقف»: none"
scr_keys C-u; scr_type '۳۰'; scr_settle
is "$(rows)" 1 "«۳۰», the number of TST-30 after its dash: that pledge"
scr_keys C-u; scr_type '1'; scr_settle
is "$(rows)" 1 "«1», a part of the id TST-31: that pledge"
scr_keys Escape; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"
done_testing
