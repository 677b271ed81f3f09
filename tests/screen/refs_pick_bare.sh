# F4 in a ceremony's donors holding numbers alone among the ids, «۱۰»,
# which Tab reads as this station's TST-10 (refs_bare_number.sh): the
# numbers are ids there too.  «۱۰ بنياد» F4 searches for the name typed
# after them, «بنياد», and the donor picked goes after TST-10; «۱۰ ۱۳» F4
# opens on the donor the cursor is at, TST-13.  Before, the number went
# into the search, «۱۰ بنياد» and «۱۰ ۱۳» found nothing, and a pick took
# the number's place.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
E=$(printf '\033')
PICK="$(vis 'انتخاب: خیّر')"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
selected() {
	_n=$(scr_cap | grep -nF -- "$1" | grep -F ' │' | head -n 1 | cut -d: -f1)
	[ -n "$_n" ] && tm capture-pane -p -e -t main | sed -n "${_n}p" |
	    grep -qE "│ ?($E\\[[0-9;]*m)*$E\\[([0-9];)*7[;m]"
}
work_fixture "$DB"; ok $? "fixture: donors TST-10 to TST-12"
printf 'id,kind,name,county\nTST-13,org,خیریهٔ امید,TBZ\n' >"$TMP/donors.csv"
import_each "$DB" donors; ok $? "a fourth donor, TST-13"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'خیّرین تجلیل‌شده:')"; ok $? "F5: a new ceremony's form"
scr_keys Tab; scr_type 'تجلیل از خیّرین هفتهٔ ناجا'
scr_keys Tab Tab

scr_type '۱۰ بنياد'; scr_keys F4
scr_wait "$PICK"; ok $? "«۱۰ بنياد» and F4: the list of donors"
scr_wait 'TST-11'; ok $? "... searching for the name after the number: TST-11"
row_has "$(vis 'جست‌وجو:')" '۱۰'; is $? 1 "... the number not in the search"
scr_keys Enter; scr_gone "$PICK" >/dev/null; scr_settle
row_has "$(vis 'خیّرین تجلیل‌شده:')" 'TST-10 TST-11'; ok $? "Enter: TST-11 after TST-10, the number kept"

scr_keys C-u; scr_type '۱۰ ۱۳'; scr_keys F4
scr_wait "$PICK" >/dev/null; scr_wait 'TST-13' >/dev/null; scr_settle
selected 'TST-13'; ok $? "«۱۰ ۱۳» and F4: the list on TST-13, the donor the cursor is at"
row_has "$(vis 'جست‌وجو:')" '۱۳'; is $? 1 "... not searching for the numbers"
scr_keys F10; scr_gone "$PICK" >/dev/null; scr_settle
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
