# The error under a reference field whose id or number names no record of
# its kind ends by saying how to find the record in the list instead, as
# the list's search finds that kind: a payment's pledge, which has no name
# of its own, by its donor's name or its need's title; a pledge's need by
# its title; a need's unit by its name.  Before, every field said «فاصله
# یا F4 رکورد را با نامش پیدا می‌کند» ("finds the record by its name"), a
# payment's pledge too, which no name finds.  In Persian and in English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
has() { scr_cap | grep -qF -- "$(vis "$1")"; }
OLD='F4 رکورد'	# «فاصله یا F4 رکورد را با نامش …», wrapped after it

work_fixture "$DB"; ok $? "fixture: units, donors, needs"
"$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null 2>&1; ok $? "pledges TST-30 and TST-31"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'مبلغ (ریال)*:')"; ok $? "a new payment's form, on its pledge"
scr_type '۲۰۰'; scr_keys Tab
scr_wait "$(vis 'این ایستگاه رکوردی با شناسهٔ TST-200 ندارد')"; ok $? "«۲۰۰», a number of no record: said on Tab"
has 'با نام خیّرش یا عنوان نیازش'; ok $? "... the pledge found by its donor's name or its need's title"
has "$OLD"; is $? 1 "... not «the record by its name»"
scr_keys BTab C-u; scr_type 'tst-10'; scr_keys Tab
scr_wait "$(vis 'TST-10 یک خیّر است، نه مشارکت')"; ok $? "a donor's id in the pledge: its kind named"
has 'با نام خیّرش یا عنوان نیازش'; ok $? "... and the pledge found by its donor or need"
has "$OLD"; is $? 1 "... not by «its name»"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10

# a pledge's need: by its title
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')" >/dev/null; scr_keys Tab
scr_type '۱۰'; scr_keys Tab
scr_wait "$(vis 'TST-10 یک خیّر است، نه نیاز')"; ok $? "«۱۰» in a pledge's need: a donor, not a need"
has 'فاصله یا F4 نیاز را'; ok $? "... the need found"
has 'با عنوانش پیدا می‌کند'; ok $? "... by its title"
has "$OLD"; is $? 1 "... not by «its name»"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10

# a need's unit: by its name
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'زمینهٔ مشارکت*:')" >/dev/null
scr_type 'TST-999'; scr_keys Tab
scr_wait "$(vis 'رکوردی با شناسهٔ TST-999 نیست')"; ok $? "TST-999 in a need's unit: no such record"
has 'فاصله یا F4 واحد را'; ok $? "... the unit found by its name"
has "$OLD"; is $? 1 "... not «the record»"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# in English
scr_start "$DB" --lang en
scr_wait 'Main menu' >/dev/null; scr_keys 6
scr_wait 'Search:' >/dev/null; scr_keys F5
scr_wait 'Amount (rials)*:'; ok $? "en: a new payment's form"
scr_type '200'; scr_keys Tab
scr_wait 'This station has no record TST-200'; ok $? "en: «200»: no such record"
scr_cap | tr '\n' ' ' | grep -qF "donor's name or its need's"; ok $? "en: ... the pledge found by its donor's name or its need's title"
scr_cap | grep -qF 'the record by its name'; is $? 1 "en: ... not «the record by its name»"
scr_keys Escape; scr_wait 'Discard them and go back?' >/dev/null; scr_keys y
scr_wait 'Search:' >/dev/null; scr_keys F10
scr_wait 'Main menu' >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "en: the program ends with 0"
done_testing
