# The popup that picks a record (a pledge's donor in its form, a need from
# the dashboard's F3) has the key bar of a popup: F1 help and F10 back.
# The bar kept the keys of the screen behind it, the form's F2 save and F8
# deactivate, the dashboard's F4 ranking and F6 matching, which do nothing
# in the popup; a clerk without F-keys read them as the popup's.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
bar() { scr_cap | tail -n 1; }

work_fixture "$DB"; ok $? "a database with three donors and four needs"
work_open "$DB"
scr_keys F3; scr_wait "$(vis 'انتخاب: نیاز')"; ok $? "the dashboard's F3: the need picker"
bar | grep -qF "$(vis 'رتبه‌بندی')"; is $? 1 "its bar does not offer the dashboard's F4 ranking"
bar | grep -qF "$(vis 'تطبیق')"; is $? 1 "... nor F6 matching"
bar | grep -qF "$(vis 'بازگشت')"; ok $? "it offers F10 back"
bar | grep -qF "$(vis 'راهنما')"; ok $? "... and F1 help"
scr_keys F10; scr_gone "$(vis 'انتخاب: نیاز')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 5; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'مشارکت: تازه')"; ok $? "a new pledge's form"
bar | grep -qF "$(vis 'ذخیره')" && bar | grep -qF "$(vis 'انتخاب')"; ok $? "the form's bar offers F2 save and F4 choose"
scr_keys F4; scr_wait "$(vis 'انتخاب: خیّر')"; ok $? "F4 on its donor: the donor picker"
bar | grep -qF "$(vis 'ذخیره')"; is $? 1 "the picker's bar does not offer the form's F2 save"
bar | grep -qF "$(vis 'انتخاب')"; is $? 1 "... nor its F4 choose"
bar | grep -qF "$(vis 'بازگشت')"; ok $? "it offers F10 back"
scr_keys F10; scr_gone "$(vis 'انتخاب: خیّر')"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
