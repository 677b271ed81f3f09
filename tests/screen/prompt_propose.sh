# A value a prompt proposes is replaced by what is typed, as a date of the
# day is (README): the amount of a new payment (what is left to pay on the
# pledge) and a stage's progress so far.  Typing 40000000 over the
# proposed 100,000,000 used to give «۱۰۰٬۰۰۰٬۰۰۰40000000» (refused), and
# typing 50 over a progress of 1 gave 150 (refused) - or, over 5 rials
# left, 0 made it 50 and was taken.  After Backspace, typing edits it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'need,title,planned_start,planned_end,progress\nTST-20,%s,1405/01/01,1449/12/29,1\n' 'پی‌ریزی' >"$TMP/stages.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import stages "$TMP/stages.csv" >/dev/null
ok $? "fixture: two pledges on TST-22, a stage of TST-20 at 1%"

work_open "$DB"
scr_keys F3; scr_type 'TST-20'
scr_wait "TST-20"; scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; scr_wait "$(vis 'پی‌ریزی')"
scr_keys Enter
scr_wait "$(vis 'ثبت پیشرفت (درصد)')"; scr_keys Enter
scr_wait "$(vis 'پیشرفت (۰ تا ۱۰۰):')"
scr_type '50'; scr_keys Enter
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "50 typed over the progress of 1 is taken"
"$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep -q ',50,1$'
ok $? "the stored progress is 50"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_need_pledges; scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"
row_has "│" "۱۰۰٬۰۰۰٬۰۰۰"; ok $? "the rest of the pledge is proposed"
scr_type '40000000'; scr_keys Enter
scr_wait "$(vis 'شمارهٔ رسید:')"; ok $? "40000000 typed over the proposal is taken (no refusal)"
scr_type 'R-1'; scr_keys Enter
scr_wait "$(vis 'پرداخت ثبت شد')"; ok $? "the payment is recorded"
"$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -q ',40000000,'
ok $? "the stored payment is 40,000,000"

scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"
row_has "│" "۶۰٬۰۰۰٬۰۰۰"; ok $? "the 60,000,000 left is proposed"
scr_keys BSpace; scr_type '1'; scr_keys Enter		# 60,000,00 -> 60,000,001
scr_wait "$(vis 'شمارهٔ رسید:')"; scr_type 'R-2'; scr_keys Enter
scr_wait "$(vis 'با این پرداخت')"; scr_keys y
scr_wait "$(vis 'پرداخت ثبت شد')"
"$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -q ',60000001,'
ok $? "after Backspace, typing edits the proposal (60,000,001)"

work_pledges_quit; ok $? "the program quits cleanly"
done_testing
