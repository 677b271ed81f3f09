# F1 on a list names the keys that list has, keys only: the donors' list
# is searched by name, national id and mobile and filtered by county and
# introducing group, a family name first too; the needs' list by title; the
# pledges' list, with no name, by id, filtered by status and county; both open
# a form on Enter.  The record picker (a payment's pledge, F4 in its form)
# says that Enter picks the record for the field, and has no F4/F5/F6.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
has() { grep -qF -- "$(vis "$1")" "$TMP/help"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "TST-10"; scr_keys F1
scr_wait "$(vis 'تایپ کنید')"; scr_settle; scr_cap >"$TMP/help"
has 'برای جست‌وجوی نام تایپ کنید:'; ok $? "donors: searched by name"
has 'کد ملی یا شناسهٔ ملی، رکوردی را که آن را دارد می‌یابد.'; ok $? "donors: by national or legal id"
has 'هر رکوردی را که آن را داده است می‌یابد.'; ok $? "donors: by mobile"
has 'بخشی از یک شناسه با خط تیره‌اش'; ok $? "donors: by a part of an id with its dash"
has 'F4 بر پایهٔ شهرستان، گروه معرف صافی می‌گذارد.'; ok $? "donors: F4 filters by county and introducing group"
has 'Enter فرمش را می‌گشاید.'; ok $? "donors: Enter opens the form"
has 'F5 رکورد تازه'; ok $? "donors: F5 new"
has 'نام خانوادگی پیش از نام'; ok $? "donors: the family name may come first"
scr_keys Enter; scr_gone "$(vis 'تایپ کنید')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

# a need is searched by its title: no family name to put first
scr_keys 4
scr_wait "$(vis 'عنوان')"; scr_settle; scr_keys F1
scr_wait "$(vis 'تایپ کنید')"; scr_settle; scr_cap >"$TMP/help"
has 'برای جست‌وجوی عنوان یا نام تایپ کنید:'; ok $? "needs: searched by title"
has 'نام خانوادگی'; is $? 1 "needs: no word of a family name"
scr_keys Enter; scr_gone "$(vis 'تایپ کنید')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

scr_keys 5
scr_wait "$(vis 'مشارکت')"; scr_settle; scr_keys F1
scr_wait "$(vis 'تایپ کنید')"; scr_settle; scr_cap >"$TMP/help"
has 'برای یافتن رکورد، شناسهٔ آن (TBZ-12) یا بخشی از آن را تایپ کنید، یا'; ok $? "pledges: searched by id"
has 'خیّر یا نیاز مشارکت، خیّر پرداخت.'; ok $? "... or by their donor's name or need's title"
has 'برای جست‌وجوی نام'; is $? 1 "pledges: no search by name (they have none)"
has 'کد ملی'; is $? 1 "pledges: no national id"
has 'F4 بر پایهٔ وضعیت، شهرستان صافی می‌گذارد.'; ok $? "pledges: F4 filters by status and county"
has 'Enter فرمش را می‌گشاید.'; ok $? "pledges: Enter opens the form"
scr_keys Enter; scr_gone "$(vis 'تایپ کنید')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

scr_keys 6
scr_wait "$(vis 'پرداخت')"; scr_settle; scr_keys F5
scr_wait "$(vis 'پرداخت: تازه')"; scr_keys F4
scr_wait "$(vis 'انتخاب: مشارکت')"; scr_settle; scr_keys F1
scr_wait "$(vis 'تایپ کنید')"; ok $? "F1 in the pledge picker shows a help"
scr_settle; scr_cap >"$TMP/help"
has 'برای این خانه برمی‌دارد'; ok $? "picker: Enter picks the selected record for the field"
has 'فرمش را می‌گشاید'; is $? 1 "picker: no form opened on Enter"
grep -qE 'F4|F5|F6' "$TMP/help"; is $? 1 "picker: no F4, F5 or F6"
scr_keys Enter; scr_gone "$(vis 'تایپ کنید')"
scr_wait "$(vis 'انتخاب: مشارکت')"; ok $? "the picker is still there after the help"
done_testing
