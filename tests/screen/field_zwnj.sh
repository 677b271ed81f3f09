# A ZWNJ (نیم‌فاصله, typed with Shift+Space or the Persian keyboard's key) in a
# form's text field takes no cell, and had two cursor stops, one on each
# side of it: an arrow key there seemed to do nothing.  Now it has one, past
# it, where the cursor shows on the letter after it; Backspace there removes
# the ZWNJ the clerk typed, not the letter before it; Delete on a letter
# before a ZWNJ removes the letter only, and what is typed next takes its
# place.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
ZWNJ=$(printf '\342\200\214')
NAME="علی${ZWNJ}رضا"

cursor() { tm display -p -t main '#{cursor_x}'; }
name_row() { scr_cap | grep -F "$(vis 'نام*:')"; }
# The column where TEXT starts on screen row ROW (only spaces before).
col_of() { pre=${1%%"$2"*}; [ -z "$(printf '%s' "$pre" | tr -d ' ')" ] && printf '%s\n' "${#pre}"; }

"$HAMYAR" --db "$DB" init --station TBZ >/dev/null; ok $? "a new database"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null; ok $? "a new donor form"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type "$NAME"; scr_settle
row=$(name_row)
start=$(col_of "$row" "$(vis "$NAME")")
ok $? "the name as typed: ا ض ر ی ل ع from the left, the ZWNJ in no cell"
# From the end (left of ا): three Rights onto ر, past the ZWNJ.
scr_keys Right Right Right; scr_settle
is "$(cursor)" "$((start + 2))" "three Rights from the end: the cursor on ر"
scr_keys Right; scr_settle
is "$(cursor)" "$((start + 3))" "one more Right moves onto ی: the ZWNJ has one stop, not two in one place"
scr_keys Left; scr_settle
is "$(cursor)" "$((start + 2))" "Left: back on ر"
scr_keys BSpace; scr_settle
name_row | grep -qF "$(vis 'علیرضا')"; ok $? "Backspace after the ZWNJ removes the ZWNJ: علیرضا joined"
is "$(cursor)" "$((start + 2))" "... the cursor still on ر"
scr_type "$ZWNJ"; scr_settle
name_row | grep -qF "$(vis "$NAME")"; ok $? "a ZWNJ typed there: «$NAME» again"
# A typo fixed in place: the ی deleted and typed again.
scr_keys Right Delete; scr_settle
name_row | grep -qF "$(vis "عل${ZWNJ}رضا")"; ok $? "Delete on ی removes the ی only, the ZWNJ stays"
scr_type 'ی'; scr_settle
name_row | grep -qF "$(vis "$NAME")"; ok $? "ی typed then takes the deleted ی's place, before the ZWNJ"

scr_keys Tab Tab Tab Tab Tab F4		# ids, phones -> county
scr_wait "$(vis 'تبریز')" >/dev/null; scr_type 'ت'; scr_keys Enter
scr_keys F2
scr_settle
scr_cap | grep -qF "$(vis 'هشدارها را ببینید')" && scr_keys F2
scr_wait "TBZ-1" >/dev/null; ok $? "F2 saves the donor"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null
out=$("$HAMYAR" --db "$DB" export donors --format json)
holds "$out" "\"$NAME\"" "the stored name is «$NAME», with its ZWNJ"
done_testing
