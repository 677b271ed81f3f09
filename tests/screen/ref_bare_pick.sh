# Space or F4 on a number alone in a reference box, «۱۲» in a pledge's
# donor: Tab takes this station's record of that number, TST-12
# (ref_bare_number.sh), and the list opens on it too: searching for the
# number, as before (another station's donor AHR-12, then the names with
# 12, still in view and a key away), with TST-12's row selected, so that
# Enter takes what Tab would.  A number of no record of the kind opens on
# the search alone, at its first row.  Before, the first row was
# selected, another station's AHR-12, and Enter took it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
E=$(printf '\033')
DONORS="$(vis 'انتخاب: خیّر')"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
# the picker's row holding TEXT is the selected one: reverse video from
# the box's left border on
selected() {
	_n=$(scr_cap | grep -nF -- "$1" | grep -F ' │' | head -n 1 | cut -d: -f1)
	[ -n "$_n" ] && tm capture-pane -p -e -t main | sed -n "${_n}p" |
	    grep -qE "│ ?($E\\[[0-9;]*m)*$E\\[([0-9];)*7[;m]"
}
in_picker() { scr_cap | grep -F ' │' | grep -qF -- "$1"; }

work_fixture "$DB"; ok $? "fixture: donors TST-10 to TST-12"
printf 'id,kind,name,county\nAHR-12,person,علی کریمی,AHR\nTST-13,org,خیریهٔ کوی ۱۲ اهر,AHR\n' >"$TMP/donors.csv"
import_each "$DB" donors; ok $? "another station's donor AHR-12, and a donor with 12 in his name"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "a new pledge, on its donor"

scr_type '۱۲'; scr_keys Space
scr_wait "$DONORS"; ok $? "«۱۲» and Space: the list of donors"
scr_wait 'TST-13' >/dev/null; scr_settle
row_has "$(vis 'جست‌وجو:')" '۱۲'; ok $? "... searching for the number"
selected 'TST-12'; ok $? "... this station's TST-12 selected"
selected 'AHR-12'; is $? 1 "... not AHR-12, the first row"
in_picker 'AHR-12'; ok $? "... which is still listed"
in_picker 'TST-13'; ok $? "... as is the name with 12 in it"
scr_keys Enter; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'TST-12'; ok $? "Enter takes TST-12, as Tab would"
row_has 'TST-12' "$(vis 'کارخانهٔ قند اهر')"; ok $? "... named beside its id"

scr_keys C-u; scr_type '12'; scr_keys F4
scr_wait "$DONORS" >/dev/null; scr_wait 'TST-13' >/dev/null; scr_settle
selected 'TST-12'; ok $? "«12» and F4: TST-12 selected too"
scr_keys Up Enter; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'AHR-12'; ok $? "... the row above it a key away: AHR-12 picked"

scr_keys C-u; scr_type '۱۳'; scr_keys Space
scr_wait "$DONORS" >/dev/null; scr_wait 'TST-13' >/dev/null; scr_settle
selected 'TST-13'; ok $? "«۱۳»: TST-13, its name holding no 13"
scr_keys F10; scr_gone "$DONORS" >/dev/null; scr_settle
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
