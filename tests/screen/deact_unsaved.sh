# F8 (deactivate, or make active again) on a form with unsaved changes:
# the form closes on a yes and its draft is deleted, so what was typed
# would be lost.  It is refused instead, saying so under the form, and
# nothing is asked: F2 saves the typing first (or Esc gives it up), then
# F8.  Before, a note typed in a donor's form, then F8 and «y», left the
# donor inactive without the note, and nothing said it was not saved.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
field() { "$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, -v c="$1" '$1 == "TST-10" { print $c }'; }
NOTE='تماس گرفته شد؛ مايل به کمک دوباره'
SAID=$(vis 'غیرفعال نشد: این فرم تغییرات ذخیره‌نشده دارد.')
ASK=$(vis 'این رکورد غیرفعال شود؟')
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; scr_type 'فولاد'; scr_wait "TST-10" >/dev/null
scr_keys Enter; scr_wait "$(vis 'یادداشت‌ها:')"; ok $? "TST-10's form"
scr_keys NPage BTab; scr_type "$NOTE"
scr_keys F8; scr_wait "$SAID" 5; ok $? "a note typed, F8: not made inactive, unsaved changes said"
scr_cap | grep -qF "$ASK"; is $? 1 "... nothing asked"
scr_cap | grep -qF "$(vis 'مایل به کمک دوباره')"; ok $? "... the note still in the form"
[ "$(field 14)" = 1 ]; ok $? "... the donor still active"
scr_keys F2; scr_wait "$(vis 'ذخیره شد')"; ok $? "F2 saves the note"
field 13 | grep -qF 'مایل به کمک دوباره'; ok $? "... stored"
scr_keys Enter; scr_wait "$(vis 'یادداشت‌ها:')"
scr_keys F8; scr_wait "$ASK"; ok $? "nothing unsaved, F8 asks"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')"
[ "$(field 14)" = 0 ]; ok $? "... y: the donor is inactive"
field 13 | grep -qF 'مایل به کمک دوباره'; ok $? "... his note kept"
# made active again: the same
scr_keys Enter; scr_wait "$(vis 'یادداشت‌ها:')"
scr_keys NPage BTab End; scr_type ' ۱۴۰۵'
scr_keys F8; scr_wait "$(vis 'دوباره فعال نشد: این فرم تغییرات ذخیره‌نشده دارد.')" 5
ok $? "on an inactive donor, a change typed, F8: not made active again, said"
[ "$(field 14)" = 0 ]; ok $? "... still inactive"
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
