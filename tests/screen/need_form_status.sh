# The record form of a need follows the status workflow (core/workflow.h):
# the status field offers only the steps the user's role may take from the
# stored status (approved: in progress or rejected, not done or back to
# identified), and a step taken there is stored.  The store refuses any
# other step even to the admin (tests/cli/rules_store.sh, test_users.c).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
status_of() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $11 }'; }	# status, the 11th column
is "$(status_of TST-20)" approved "TST-20 is approved"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 4; scr_wait "TST-20"; ok $? "the need list"
scr_type 'نگهبانی'; scr_settle
scr_keys Enter; scr_wait "$(vis 'ساخت اتاق نگهبانی')"; scr_wait "$(vis 'وضعیت*:')"; ok $? "TST-20's form"
row_has "$(vis 'جمعیت تحت پوشش')" "۱۲٬۰۰۰"; ok $? "its population is grouped, as amounts are (SPEC §5)"
scr_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
scr_keys Space; scr_wait "$(vis 'در حال اجرا')"; ok $? "the status field's choices: in progress"
scr_cap | grep -qF "$(vis 'ردشده')"; ok $? "... rejected"
scr_cap | grep -qF "$(vis 'تصویب‌شده')"; ok $? "... and approved, where it is"
scr_cap | grep -qF "$(vis 'انجام‌شده')"; is $? 1 "... not done (a step skipped)"
scr_cap | grep -qF "$(vis 'شناسایی‌شده')"; is $? 1 "... nor identified (a step back)"
scr_keys Down Enter
scr_keys F2; sleep 0.5; scr_settle
is "$(status_of TST-20)" in_progress "in progress chosen and saved: TST-20 is in progress"
"$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep -q '^TST-20,.*,5,4,12000,'; ok $? "the grouped population is read back as 12000 when the form is saved"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 4; scr_wait "TST-20" >/dev/null
# a new need starts identified, the workflow's first step; before, its
# status (required) was empty, to be chosen on every new need
scr_keys F5; scr_wait "$(vis 'نیاز: تازه')"
row_has "$(vis 'وضعیت*:')" "$(vis 'شناسایی‌شده')"; ok $? "a new need's status starts at شناسایی‌شده (identified)"
scr_keys Escape; scr_wait "TST-20" >/dev/null; ok $? "... and Esc on the untouched form goes back without a question"
done_testing
