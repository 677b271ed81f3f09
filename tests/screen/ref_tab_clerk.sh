# A Tabriz clerk (as another real uid: nobody through setpriv; root only)
# types a name and Tab in a new pledge's donor: the name is looked up among
# his county's donors only, as his list searches.  «کارخانه», which names
# a Tabriz donor and an Ahar one, is the Tabriz one, taken; «قند», which
# names the Ahar one alone, finds nothing, and his name is not shown.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
row_of() { scr_cap | grep -F -- "$(vis "$1")" | head -n 1; }
work_fixture "$DB"; ok $? "fixture: an Ahar donor, «کارخانهٔ قند اهر»"
printf 'id,kind,name,county\nTST-13,org,كارخانهٔ آجر تبریز,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a Tabriz donor «کارخانهٔ آجر تبریز»"
scr_nobody_user clerk TBZ "a Tabriz clerk"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "a new pledge, on its donor"
scr_type 'كارخانه'; scr_keys Tab
scr_wait 'TST-13'; ok $? "«کارخانه»: his county's one donor of that name is taken"
holds "$(row_of 'خیّر*:')" "$(vis 'آجر تبریز')" "... named beside his id"
scr_cap | grep -qF "$(vis 'انتخاب: خیّر')"; is $? 1 "... no list opened for the Ahar donor"
scr_keys BTab C-u; scr_type 'قند'; scr_keys Tab
scr_wait "$(vis 'رکوردی با «قند» پیدا نشد')"; ok $? "«قند», the Ahar donor's alone: nothing found"
scr_cap | grep -qF 'TST-12'; is $? 1 "... his id not taken"
scr_cap | grep -qF "$(vis 'قند اهر')"; is $? 1 "... nor his name shown"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
