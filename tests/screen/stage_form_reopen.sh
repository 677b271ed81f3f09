# The stage form (main menu 7, a stage opened from the list) follows the
# rule of the need's stages screen (stage_reopen.sh): a stage with an
# actual end is done, at 100%.  A done stage set below 100 asks the same
# question: «no» leaves it unsaved, «yes» clears its actual end, so the
# stage, past its planned end, shows as overdue.  An actual end typed on
# an open stage makes it 100%.  Before, the form stored «done on
# ۱۴۰۳/۱۲/۲۸» at 60%, and an actual end at 60%.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'need,title,planned_start,planned_end,actual_end,progress\nTST-20,گودبرداري و پي‌ريزي,۱۴۰۳/۱۲/۰۱,1403/12/30,1403/12/28,100\n' >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "a stage of TST-20 done on 1403/12/28 (TST-24)"
stage_row() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep '^TST-24,' | cut -d, -f4-7; }
REOPEN="$(vis 'این مرحله پایان واقعی دارد')"
FORM="$(vis 'مرحله TST-24')"
open_stage() {	# from the main menu: the stages' list, the stage's form
	scr_keys 7; scr_wait "TST-24" >/dev/null; scr_keys Enter
	scr_wait "$FORM" >/dev/null
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
open_stage; ok $? "the stage opens in its form"
scr_keys Tab Tab Tab Tab Tab C-u; scr_type '۶۰'	# progress
scr_keys F2
scr_wait "$REOPEN" 5; ok $? "60% on a done stage: F2 asks, as the stages screen does"
scr_keys n
scr_wait "$(vis 'ذخیره نشد: پیشرفت مرحله‌ای که تاریخ پایان واقعی دارد ۱۰۰ درصد است.')"; ok $? "«no»: not saved, and said why"
is "$(stage_row)" "1403/12/01,1403/12/30,1403/12/28,100" "nothing written"
scr_keys F2; scr_wait "$REOPEN" 5; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "«yes»: saved"
is "$(stage_row)" "1403/12/01,1403/12/30,,60" "stored at 60% with its actual end cleared"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys Enter; scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')" >/dev/null
scr_wait "$(vis 'مراحل عقب‌افتاده: ۱')"; ok $? "past its planned end, it is overdue"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
# an actual end typed on the open stage, its progress left at 60
open_stage
scr_keys Tab Tab Tab Tab C-u; scr_type '1404/01/15'
scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "an actual end typed: saved"
scr_cap | grep -qF "$REOPEN"; is $? 1 "without a question"
is "$(stage_row)" "1403/12/01,1403/12/30,1404/01/15,100" "stored done, at 100%"
# both typed at once, contradicting each other: asked
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
open_stage
scr_keys Tab Tab Tab Tab C-u; scr_type '1404/01/20'; scr_keys Tab C-u; scr_type '30'
scr_keys F2
scr_wait "$REOPEN" 5; ok $? "an actual end and 30% typed together: asked"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
is "$(stage_row)" "1403/12/01,1403/12/30,,30" "yes: open at 30%"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
