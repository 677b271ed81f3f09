# F8 in a form whose typing is not saved yet.  F8 writes the record as it
# is stored and closes the form: before, what was typed (a user's new role
# chosen on the users screen, a donor's corrected name) was lost without a
# word, its draft deleted too, while the question spoke only of making the
# record inactive.  Now F8 says the form has unsaved changes it does not
# keep (tests/screen/deact_unsaved.sh: a note), and leaves the form and
# its typing as they are; saved with F2,
# F8 asks as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
"$HAMYAR" --db "$D" user add ali --role clerk --county 'مرند' >/dev/null 2>&1; ok $? "ali is a clerk of Marand"
printf 'kind,name,national_id,mobile,county\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'جست‌وجو:')"; scr_type ali
scr_wait "$(vis 'کارشناس')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'کاربر ali')" >/dev/null
# the role: supervisor, chosen from F4's list, not saved
scr_keys F4; scr_wait "$(vis 'سرپرست')" >/dev/null
scr_keys Up; scr_keys Enter
scr_wait "$(vis 'تغییرات ذخیره‌نشده')"; ok $? "the role changed, not saved"
scr_keys F8
scr_wait "$(vis 'غیرفعال نشد: این فرم تغییرات ذخیره‌نشده دارد')"
ok $? "F8 says the form's changes are not saved and F8 does not keep them"
scr_cap | grep -qF "$(vis 'گرفته شود؟')"; is $? 1 "... instead of asking to deactivate"
out=$("$HAMYAR" --lang en --db "$D" user list --all | grep '^ali'); ok $? "ali is listed"
is "$out" "$(printf 'ali\tclerk\tMRD\tactive')" "... still active, a clerk: nothing written"
scr_cap | grep -qF "$(vis 'کاربر ali')"; ok $? "the form stays open"
scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "F2 saves the role"
out=$("$HAMYAR" --lang en --db "$D" user list | grep '^ali')
is "$out" "$(printf 'ali\tsupervisor\tMRD')" "... ali is a supervisor"
scr_keys Enter
scr_wait "$(vis 'کاربر ali')" >/dev/null
scr_keys F8
scr_wait "$(vis 'گرفته شود؟')"; ok $? "with nothing unsaved, F8 asks as before"
scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
out=$("$HAMYAR" --lang en --db "$D" user list --all | grep '^ali')
is "$out" "$(printf 'ali\tsupervisor\tMRD\tremoved')" "... and takes ali's access away"
scr_keys F10
# a donor's name corrected, then F8
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'زهرا موسوی‌پور')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّر MRD-1')" >/dev/null
scr_keys Tab; scr_keys End; scr_type ' نژاد'
scr_wait "$(vis 'تغییرات ذخیره‌نشده')" >/dev/null
scr_keys F8
scr_wait "$(vis 'غیرفعال نشد: این فرم تغییرات ذخیره‌نشده دارد')"
ok $? "a donor's form: the same"
scr_cap | grep -qF "$(vis 'زهرا موسوی‌پور نژاد')"; ok $? "... the name typed still in it"
scr_keys F2
scr_wait "$(vis 'ذخیره شد')" >/dev/null
"$HAMYAR" --db "$D" export donors 2>/dev/null | grep -q 'زهرا موسوی‌پور نژاد'
ok $? "saved with F2"
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
