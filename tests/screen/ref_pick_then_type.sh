# A record picked from a reference field's popup (a pledge's donor: F4 or
# Space on the field, Enter in the list) is held whole, as a proposal:
# Tab keeps it, and typing replaces it, as a new search for the next
# Space or F4, the way a new record's date proposed is typed over.
# Before, the cursor stayed after the id and «بی‌سیم» typed on gave
# «TBZ-2بی‌سیم», a reference to no record.  A county picked (F4 on a
# donor's county) likewise.  A Backspace edits the id picked.
# (8 of 18 checks fail without.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
printf 'kind,name,county\nperson,مریم احمدی‌نژاد,TBZ\nperson,علي‌اكبر كريمي‌نژاد,TBZ\n' >"$TMP/d.csv"	# TBZ-1, TBZ-2
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors"
row() { scr_cap | grep -F -- "$(vis "$1")"; }
DONOR='خیّر*:'

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'مشارکت: تازه')" >/dev/null
scr_keys F4; scr_wait "$(vis 'انتخاب: خیّر')"; ok $? "F4 on the donor: the list"
scr_keys Enter; scr_gone "$(vis 'انتخاب: خیّر')" >/dev/null; scr_settle	# the first in name order
row "$DONOR" | grep -qF 'TBZ-2'; ok $? "Enter picks TBZ-2 (علی‌اکبر کریمی‌نژاد)"
scr_type 'مريم'; scr_settle
row "$DONOR" | grep -qF 'TBZ-2'; is $? 1 "typing on replaces the id picked: no «TBZ-2مریم»"
row "$DONOR" | grep -qF "$(vis 'مريم')"; ok $? "... the box holds what was typed, مريم"
scr_cap | grep -qF "$(vis 'پیدا نشد')"; is $? 1 "... and says no «no record» of an id run into a name"
scr_keys Space; scr_wait "$(vis 'انتخاب: خیّر')" >/dev/null
scr_cap | grep -qF "$(vis 'مریم احمدی‌نژاد')"; ok $? "Space: the list searches the name typed"
scr_cap | grep -qF "$(vis 'علی‌اکبر کریمی‌نژاد')"; is $? 1 "... and shows only her"
scr_keys Enter; scr_gone "$(vis 'انتخاب: خیّر')" >/dev/null; scr_settle
row "$DONOR" | grep -qF 'TBZ-1'; ok $? "Enter picks TBZ-1"
scr_type 'کریمی'; scr_keys Space; scr_wait "$(vis 'انتخاب: خیّر')" >/dev/null
scr_cap | grep -qF "$(vis 'علی‌اکبر کریمی‌نژاد')"; ok $? "typed over again and Space: a search for کریمی"
scr_keys Enter; scr_gone "$(vis 'انتخاب: خیّر')" >/dev/null; scr_keys Tab; scr_settle
row "$DONOR" | grep -qF 'TBZ-2'; ok $? "picked, Tab keeps the id: TBZ-2"
row "$DONOR" | grep -qF "$(vis 'علی‌اکبر کریمی‌نژاد')"; ok $? "... and names him"
scr_keys BTab BSpace; scr_type '1'; scr_keys Tab; scr_settle
row "$DONOR" | grep -qF 'TBZ-1'; ok $? "back on it, Backspace edits the id: TBZ-1"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# a donor's county picked, then typed over
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
for i in 1 2 3 4 5 6; do scr_keys Tab; done
scr_keys F4; scr_wait "$(vis 'مراغه')" >/dev/null; scr_pick 'مراغه'
scr_gone "$(vis 'عجب‌شیر')" >/dev/null; scr_settle
row 'شهرستان*:' | grep -qF "$(vis 'مراغه')"; ok $? "a county picked: مراغه"
scr_type 'مرند'; scr_settle
row 'شهرستان*:' | grep -qF "$(vis 'مراغهمرند')"; is $? 1 "typing on replaces it: no «مراغهمرند»"
row 'شهرستان*:' | grep -qF "$(vis 'مراغه')"; is $? 1 "... nor مراغه"
row 'شهرستان*:' | grep -qF "$(vis 'مرند')"; ok $? "... the box holds مرند"
done_testing
