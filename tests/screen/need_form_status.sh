# The record form of a need does not go round the status workflow
# (core/workflow.h): the store refuses a step that is not one (approved
# straight to done) even to the admin, and the form says so under the
# status field, naming the step and where the need may go; nothing is
# stored.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
status_of() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $(NF - 1) }'; }	# status, before active
is "$(status_of TST-20)" approved "TST-20 is approved"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 4; scr_wait "TST-20"; ok $? "the need list"
scr_type 'نگهبانی'; scr_settle
scr_keys Enter; scr_wait "$(vis 'ساخت اتاق نگهبانی')"; scr_wait "$(vis 'وضعیت*:')"; ok $? "TST-20's form"
scr_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
scr_keys Space; scr_wait "$(vis 'انجام‌شده')"; ok $? "the status field's choices"
scr_keys Down Down Enter
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید.')"; ok $? "F2 (approved to done) is refused"
scr_cap | grep -qF "$(vis 'خطا: وضعیت نیاز از «تصویب‌شده» به «انجام‌شده» نمی‌رود؛')"
ok $? "the status field says the step is not one"
scr_cap | grep -qF "$(vis 'گام بعدش: «در حال اجرا» یا «ردشده».')"; ok $? "... and names the steps there are"
n=$(scr_cap | grep -c '…'); is "$n" 0 "... whole, not cut with an ellipsis"
scr_cap > "$TMP/cap"
a=$(grep -nF "$(vis 'وضعیت*:')" "$TMP/cap" | cut -d: -f1)
b=$(grep -nF "$(vis 'خطا: وضعیت نیاز از')" "$TMP/cap" | cut -d: -f1)
is "$b" "$((a + 1))" "... right under it"
is "$(status_of TST-20)" approved "TST-20 is still approved"
done_testing
