# A donor typed in twice: the national id or the mobile of a donor already
# registered.  Leaving the field says so under it, naming the other record
# (id and name) so that the clerk opens it instead: the national id is an
# error (the store holds one donor per id), the mobile a warning (a family
# may share one; a second F2 saves).  Before, the national id was refused
# only at F2, with «this value is already registered for DUP-1» in the
# status line (which value?), and a second donor with the same mobile was
# saved without a word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" DUP; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
printf 'name,kind,national_id,mobile,county\n%s\n' \
    'مریم رضایی‌نژاد,person,0012345679,09141234567,TBZ' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "one donor imported (DUP-1)"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys Enter
scr_wait "DUP-1" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'مريم رضايی'; scr_keys Tab	# Arabic yeh, as typed
scr_type '۰۰۱۲ ۳۴۵ ۶۷۹'; scr_keys Tab			# the same id, Persian digits
row=$(scr_cap | grep -nF "$(vis 'کد ملی:')" | head -n 1 | cut -d: -f1)
scr_wait "$(vis 'این کد ملی')"; ok $? "leaving the national id says it is already registered"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" >"$TMP/under"
grep -qF "$(vis 'خطا: این کد ملی')" "$TMP/under"; ok $? "... as an error under the national id, naming the field"
grep -qF 'DUP-1' "$TMP/under" && grep -qF "$(vis 'رضایی‌نژاد')" "$TMP/under"
ok $? "... naming the record that holds it and its donor"
scr_keys Tab; scr_type '+98 914 123 4567'; scr_keys Tab	# the same mobile
row=$(scr_cap | grep -nF "$(vis 'تلفن همراه:')" | head -n 1 | cut -d: -f1)
scr_wait "$(vis 'هشدار: این شماره برای')"; ok $? "leaving the mobile warns that it is registered for another donor"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF 'DUP-1'; ok $? "... under the mobile, naming the record"
scr_keys Tab F4; scr_wait "$(vis 'مراغه')" >/dev/null; scr_keys Enter	# county
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید')"; ok $? "F2 refuses the duplicate national id"
# F2 put the cursor on the national id: another person's id.
scr_keys C-u; scr_type '۰۰۱۲۳۴۵۶۸۷'; scr_keys Tab
scr_gone "$(vis 'این کد ملی')"; ok $? "another id clears the error"
scr_cap | grep -qF "$(vis 'هشدار: این شماره برای')"; ok $? "the mobile's warning stays"
scr_keys F2
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; ok $? "the first F2 asks to confirm the shared mobile"
scr_keys F2
scr_wait "DUP-2"; ok $? "the second F2 saves (a family may share a mobile)"
# Editing the first donor: its own id and mobile are no duplicates.
scr_type 'نژاد'; scr_wait "DUP-1" >/dev/null; scr_keys Enter
scr_wait "$(vis 'تلفن همراه:')" >/dev/null
scr_keys Tab Tab C-u; scr_type '0012345679'; scr_keys Tab
scr_settle; scr_cap | grep -qF "$(vis 'این کد ملی')"; is $? 1 "the donor's own national id, typed again, is no duplicate"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
