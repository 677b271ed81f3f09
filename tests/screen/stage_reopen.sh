# A stage done (an actual end, 100%) whose progress is set below 100 again
# is open again: the clerk is told its actual end goes, and if he goes on
# it is cleared, so the stage, past its planned end, shows as overdue.
# Before, the actual end stayed: the row read «done on ۱۴۰۳/۱۲/۲۸» at 60%
# and the stage was never counted overdue.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'need,title,planned_start,planned_end,actual_end,progress\nTST-20,گودبرداري و پي‌ريزي,۱۴۰۳/۱۲/۰۱,1403/12/30,1403/12/28,100\n' >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "a stage of TST-20 done on 1403/12/28"
stage_row() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep ",TST-20,"; }
REOPEN="$(vis 'این مرحله پایان واقعی دارد')"

work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"
scr_wait "$(vis 'مراحل عقب‌افتاده: ۰')"; ok $? "done: not overdue"
work_set_progress '۶۰'
scr_wait "$REOPEN" 5; ok $? "below 100: the clerk is told its actual end goes"
scr_keys n
scr_gone "$REOPEN"
stage_row | grep -q ',1403/12/30,1403/12/28,100,1$'; ok $? "«no»: nothing written"
work_set_progress '60'
scr_wait "$REOPEN" 5; scr_keys y
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "«yes»: written"
stage_row | grep -q ',1403/12/01,1403/12/30,,60,1$'; ok $? "stored at 60% with no actual end"
scr_wait "$(vis 'مراحل عقب‌افتاده: ۱')"; ok $? "past its planned end, it is overdue"
scr_cap | grep -F "$(vis 'گودبرداری و پی‌ریزی')" | grep -qF '!'; ok $? "its row marked (!)"
work_set_progress '80'
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "an open stage's progress: no question"
stage_row | grep -q ',,80,1$'; ok $? "stored"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
