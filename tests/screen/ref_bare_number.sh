# A number alone typed in a reference field (a need's unit, a pledge's
# donor, a payment's pledge), `۲` or `30`, is this station's record of that
# number, TST-2, as the CLI takes it: Tab takes it and shows its name; F2
# shows it first and the next F2 saves.  A number of no record of the
# field's kind is an error saying so: another kind's id names that kind
# («TST-12 یک خیّر است، نه واحد»), none says the station has no such
# record.  An id typed in full of another kind or of no record is said so
# on Tab too.  Before, the number went to the search by name: `۲` opened
# the list (TST-2 and «کلانتری ۲ مرند»), `۱۲` took «کلانتری ۱۲ تبريز»
# (TST-1) for the donor TST-12 without a word, and `tst-12` or `tst-999`
# in a unit was said nothing about until F2's status line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
row_of() { scr_cap | grep -F -- "$(vis "$1")" | head -n 1; }
UNIT='واحد*:'
PICK=$(vis 'انتخاب: واحد')

work_fixture "$DB"; ok $? "fixture: units TST-1 and TST-2, donors TST-10 to TST-12"
printf 'kind,name,county\nstation,کلانتری ۲ مرند,MRD\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "a unit with 2 in its name"
"$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null 2>&1; ok $? "pledges TST-30 and TST-31"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'زمینهٔ مشارکت*:')"; ok $? "a new need's form, on its unit"

scr_type '۲'; scr_keys Tab; scr_settle
holds "$(row_of "$UNIT")" 'TST-2' "«۲» in the unit: Tab takes TST-2"
holds "$(row_of "$UNIT")" "$(vis 'پاسگاه اهر')" "... its name shown beside it"
scr_cap | grep -qF -- "$PICK"; is $? 1 "... and the list does not open on the names with 2"

scr_keys BTab C-u; scr_type '۱۲'; scr_keys Tab
scr_wait "$(vis 'TST-12 یک خیّر است، نه واحد')"; ok $? "«۱۲», a donor's number: an error naming its kind"
scr_cap | grep -qF -- "$(vis 'کلانتری ۱۲ تبریز')"; is $? 1 "... not the unit with 12 in its name taken"

scr_keys BTab C-u; scr_type '999'; scr_keys Tab
scr_wait "$(vis 'این ایستگاه رکوردی با شناسهٔ TST-999 ندارد')"; ok $? "a number of no record: the station has none"

scr_keys BTab C-u; scr_type 'tst-12'; scr_keys Tab
scr_wait "$(vis 'TST-12 یک خیّر است، نه واحد')"; ok $? "tst-12 typed in full: said on Tab too"
scr_keys BTab C-u; scr_type 'TST-999'; scr_keys Tab
scr_wait "$(vis 'رکوردی با شناسهٔ TST-999 نیست')"; ok $? "TST-999, no record: said on Tab"

scr_keys BTab C-u; scr_type '1'; scr_keys Tab; scr_settle
holds "$(row_of "$UNIT")" 'TST-1 ' "«1» in ASCII digits: TST-1"
scr_cap | grep -qF -- "$(vis 'خطا:')"; is $? 1 "... and no error left"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10

# a payment's pledge by its number, F2 pressed in the box
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'مبلغ (ریال)*:')"; ok $? "a new payment's form, on its pledge"
scr_type '۳۰'; scr_keys F2
scr_wait "$(vis 'شمارهٔ نوشته‌شده TST-30 این ایستگاه است')"; ok $? "F2 on «۳۰»: the pledge it is shown first"
holds "$(row_of 'مشارکت*:')" 'TST-30' "... in the box"
is "$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk 'NR > 1' | wc -l | tr -d ' ')" 0 "... nothing saved yet"
scr_keys Tab Tab; scr_type '5000000'; scr_keys F2
scr_wait "$(vis 'ذخیره شد:')"; ok $? "the next F2 saves"
"$HAMYAR" --db "$DB" export payments | grep -q ',TST-30,'; ok $? "... a payment on TST-30"
done_testing
