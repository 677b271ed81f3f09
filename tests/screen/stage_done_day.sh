# A stage's progress brought to 100 percent (Enter on the stage, «ثبت
# پیشرفت (درصد)») asks on which day it was done, today proposed, as the
# actual end's own item does: Enter keeps today, another date typed over
# it is taken.  Before, the stage was stored at 100 with no actual end,
# its row's «done on» column empty and the day never recorded.  A stage
# already at 100 is not asked again; Esc there writes nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'need,title,planned_start,planned_end,progress\nTST-20,گودبرداری و پی‌ریزی,1403/12/01,1403/12/30,40\n' >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "a stage of TST-20 at 40 percent"
stage_row() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep ",TST-20,"; }
ASK="$(vis 'پایان واقعی (سال/ماه/روز):')"
today=$("$HAMYAR" date g2j "$(date +%Y-%m-%d)" | tr -d '\r')

work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; ok $? "TST-20's screen"
work_set_progress '100'
scr_wait "$ASK" 5; ok $? "100 percent: the day it was done is asked"
scr_keys Escape; scr_gone "$ASK"
stage_row | grep -q ',1403/12/30,,40,1$'; ok $? "Esc: nothing written"
work_set_progress '۱۰۰'
scr_wait "$ASK" 5; scr_keys Enter				# today, proposed
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "Enter: today kept, the stage updated"
stage_row | grep -q ",1403/12/30,$today,100,1\$"; ok $? "stored at 100 percent, done today ($today)"
work_set_progress '100'
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "100 again on a stage done: no question"
scr_cap | grep -qF "$ASK"; is $? 1 "... the day is not asked again"
work_set_progress '50'
scr_wait "$(vis 'این مرحله پایان واقعی دارد')" 5; scr_keys y
scr_wait "$(vis 'مرحله به‌روز شد.')"
stage_row | grep -q ',1403/12/30,,50,1$'; ok $? "50: open again, no actual end"
work_set_progress '100'
scr_wait "$ASK" 5; scr_keys C-u; scr_type '1404/01/15'; scr_keys Enter
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "a date typed over today's"
stage_row | grep -q ',1403/12/30,1404/01/15,100,1$'; ok $? "stored: done on 1404/01/15"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
