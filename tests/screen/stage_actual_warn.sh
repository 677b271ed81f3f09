# A stage's actual end before its planned start is a warning (core
# validation), which the clerk sees and confirms, as every warning: a
# mistyped month (۱۴۰۳/۱۲/۱۰ for ۱۴۰۳/۱۲/۳۰) is not written unseen.  «No»
# asks the date again with what was typed in it; «yes» keeps it.  Before,
# the need screen checked the errors only and wrote the date without a
# word.  The stage ends on Esfand 30 of the leap year 1403.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
stage_row() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep ",TST-20,"; }
clear_date() { for i in 1 2 3 4 5 6 7 8 9 10 11 12; do tm send-keys -t main BSpace; done; }
WARN="$(vis 'پایان واقعی پیش از شروع')"

work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'طراحي نقشهٔ ساختمان'; scr_keys Enter	# Arabic yeh typed
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"; clear_date
scr_type '۱۴۰۳/۱۲/۲۰'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_type '1403/12/30'; scr_keys Enter
scr_wait "$(vis 'مرحله افزوده شد.')"; ok $? "a stage planned to end on Esfand 30, 1403 (a leap year)"
stage_row | grep -q ',1403/12/20,1403/12/30,,0,1$'; ok $? "stored with its planned dates"

# An actual end ten days before the planned start.
scr_keys Enter
scr_wait "$(vis 'ثبت تاریخ پایان واقعی')"; scr_keys Down Enter
scr_wait "$(vis 'پایان واقعی (سال/ماه/روز):')"; clear_date
scr_type '۱۴۰۳/۱۲/۱۰'; scr_keys Enter
scr_wait "$WARN" 5; ok $? "the warning is said (actual end before the planned start)"
scr_cap | grep -qF "$(vis 'نگه داشته شود؟')"; ok $? "and the clerk is asked whether to keep it"
# The warning is a sentence of its own, the question on the line under it:
# before, the two ran together with no stop between them, «... شروع
# برنامه‌ریزی‌شده است با این حال نگه داشته شود؟».
scr_cap | grep -qF "$(vis 'پایان واقعی پیش از شروع برنامه‌ریزی‌شده است.')"; ok $? "the warning ends with its full stop"
scr_cap | grep -F "$(vis 'نگه داشته شود؟')" | grep -qF "$(vis 'شده است')"; is $? 1 "the question is on a line of its own"
stage_row | grep -q ',,0,1$'; ok $? "nothing is written while asked"
scr_keys n
scr_wait "$(vis 'پایان واقعی (سال/ماه/روز):')" 5; ok $? "«no» asks the actual end again"
scr_cap | grep -qF '۱۴۰۳/۱۲/۱۰'; ok $? "with the date typed in it"
clear_date; scr_type '1403/12/30'; scr_keys Enter
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "a date after the start is written"
stage_row | grep -q ',1403/12/20,1403/12/30,1403/12/30,100,1$'; ok $? "stored: ended on 1403/12/30, done"

# «Yes» keeps a date before the start, as typed.
scr_keys Enter
scr_wait "$(vis 'ثبت تاریخ پایان واقعی')"; scr_keys Down Enter
scr_wait "$(vis 'پایان واقعی (سال/ماه/روز):')"; clear_date
scr_type '1403/12/05'; scr_keys Enter
scr_wait "$WARN" 5; ok $? "the warning again"
scr_keys y
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "«yes» writes it"
stage_row | grep -q ',1403/12/20,1403/12/30,1403/12/05,100,1$'; ok $? "stored as confirmed"
# Its progress set again (100, the actual end kept): not asked again.
scr_keys Enter
scr_wait "$(vis 'ثبت پیشرفت (درصد)')"; scr_keys Enter
scr_wait "$(vis 'پیشرفت (۰ تا ۱۰۰):')"; scr_keys Enter
sleep 0.5; scr_settle
scr_cap | grep -qF "$WARN"; is $? 1 "the progress of a stage whose actual end was confirmed: not warned again"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
