# The need's stages screen says what the last key did, «مرحله به‌روز شد.»
# or «مرحله افزوده شد.», until the next key, as the other screens' status
# lines do.  Before, the line stayed on for good: a clerk who opened
# another stage, typed its actual end and gave it up with Esc was still
# told «مرحله به‌روز شد.», as if what he had typed were written.  The
# stage's title is typed with Arabic ي and ك.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'need,title,planned_start,planned_end,actual_end,progress\nTST-20,خاكبرداري و پي‌ريزي,۱۴۰۳/۱۲/۰۱,1403/12/30,,40\n' >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "an open stage of TST-20 at 40%"
stage_row() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep ",TST-20,"; }
UPDATED="$(vis 'مرحله به‌روز شد.')"
ADDED="$(vis 'مرحله افزوده شد.')"

work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"
work_set_progress '۵۰'
scr_wait "$UPDATED" 5; ok $? "progress set: the screen says the stage was updated"
stage_row | grep -q ',1403/12/30,,50,1$'; ok $? "stored at 50%"

# Its actual end typed, then given up with Esc: nothing is written, and
# the screen no longer says the stage was updated.
scr_keys Enter
scr_wait "$(vis 'ثبت تاریخ پایان واقعی')"; scr_keys Down Enter
scr_wait "$(vis 'پایان واقعی (سال/ماه/روز):')"; scr_keys C-u; scr_type '1403/12/29'
scr_keys Escape
scr_gone "$(vis 'پایان واقعی (سال/ماه/روز):')"; scr_settle
stage_row | grep -q ',1403/12/30,,50,1$'; ok $? "Esc: nothing written"
scr_cap | grep -qF "$UPDATED"; is $? 1 "Esc: the screen does not say the stage was updated"

# A stage added: said, and gone with the next key (a move down).
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'نصب دوربين'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_keys C-u; scr_type '1404/01/15'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_type '١٤٠٤/٠٢/٣١'; scr_keys Enter
scr_wait "$ADDED" 5; ok $? "a new stage: the screen says it was added"
stage_row | grep -q ',نصب دوربین,1404/01/15,1404/02/31,,0,1$'; ok $? "stored as typed (Arabic-Indic digits, Arabic ي)"
scr_keys Enter
scr_wait "$(vis 'ثبت پیشرفت (درصد)')"; scr_keys Escape
scr_gone "$(vis 'ثبت پیشرفت (درصد)')"; scr_settle
scr_cap | grep -qF "$ADDED"; is $? 1 "the menu of a stage given up: «added» is no longer said"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
