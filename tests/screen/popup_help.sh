# F1 in the popups of a form: a choice's list, the list of boxes to tick
# (a donor's interests) and a prompt (a stage's title).  Their key bar
# offers F1 for help, and F1 did nothing: a clerk before a list of [ ]
# boxes found nowhere on the screen that Space ticks them.  F1 now says how
# the popup works, and the popup is there again after it, as it was.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
HELP_TITLE='راهنما'

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'خیّر: تازه')"; ok $? "F5: a new donor's form"

# the kind: a list of choices
scr_keys Space; scr_wait "$(vis 'شخص حقوقی')"
scr_keys F1
scr_wait "$(vis 'Enter برمی‌گزیند.')"; ok $? "F1 in a choice's list says Enter chooses"
scr_keys Enter; scr_gone "$(vis 'Enter برمی‌گزیند.')"
scr_cap | grep -qF "$(vis 'شخص حقوقی')"; ok $? "... and the list is there again"
scr_keys Enter; scr_wait "$(vis 'شخص حقیقی')"

# the interests: boxes to tick
scr_keys Tab; scr_type 'مریم احمدی‌زاده'
for i in 1 2 3 4 5; do scr_keys Tab; done
scr_type 'تبریز'; scr_keys Tab Tab
scr_keys Space; scr_wait '[ ]'; ok $? "Space on the interests: the boxes to tick"
scr_keys F1
scr_wait "$(vis 'فاصله (Space) گزینه را تیک می‌زند')"; ok $? "F1 there says Space ticks a box"
scr_cap | grep -qF "$(vis 'Enter یا F2 تیک‌ها را نگه می‌دارد؛')"; ok $? "... and Enter keeps the ticks"
scr_keys Enter; scr_gone "$(vis 'فاصله (Space) گزینه را تیک می‌زند')"
scr_keys Space; scr_wait "$(vis '[x] توسعهٔ فضاهای انتظامی')"; ok $? "the boxes again, and Space ticks one"
scr_keys Enter
scr_wait "$(vis 'زمینه‌های علاقه‌مندی:')"
row_has "$(vis 'زمینه‌های علاقه‌مندی:')" "$(vis 'توسعهٔ فضاهای انتظامی')"; ok $? "Enter keeps the tick"
scr_keys F2; scr_wait "$(vis 'ذخیره شد:')"; ok $? "the donor saved"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

# a prompt: a new stage's title
scr_keys 4; scr_wait "TST-22"; scr_keys F7
scr_wait "$(vis 'مراحل')"; scr_keys F5
scr_wait "$(vis 'مرحلهٔ تازه')"
scr_type 'برآورد هزینه'; scr_keys F1
scr_wait "$(vis 'Ctrl-U آن را خالی می‌کند؛')"; ok $? "F1 in a prompt says what its keys do"
scr_keys Enter; scr_gone "$(vis 'Ctrl-U آن را خالی می‌کند؛')"
row_has "│" "$(vis 'برآورد هزینه')"; ok $? "... and the prompt is there again with what was typed"
scr_keys Escape; scr_settle
done_testing
