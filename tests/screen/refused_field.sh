# A value typed in a one-field prompt (a new stage's dates, a stage's
# progress) and refused is said in a popup that hides the prompt: its title
# names the field, not only "not accepted".  Before, "چنین تاریخی در تقویم
# وجود ندارد" came without saying which of the stage's two dates it was.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; ok $? "the top-ranked need is open"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'برگزاري جلسهٔ هماهنگی'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_keys C-u; scr_type '۱۴۰۳/۱۲/۳۱'; scr_keys Enter
scr_wait "$(vis 'اسفند ۲۹ روز دارد و در سال کبیسه ۳۰ روز')"; ok $? "a date that does not exist is refused, naming why (Esfand 31)"
scr_cap | grep -qF "$(vis 'پذیرفته نشد: شروع برنامه‌ریزی‌شده')"; ok $? "the popup names the field: the planned start"
scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_keys C-u; scr_type '1403/12/01'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_type '1403/11/01'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده پیش از شروع آن است')"; ok $? "an end before the start is refused"
scr_cap | grep -qF "$(vis 'پذیرفته نشد: پایان برنامه‌ریزی‌شده')"; ok $? "the popup names the planned end"
scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_keys C-u; scr_type '1404/01/20'; scr_keys Enter
scr_wait "$(vis 'مرحله افزوده شد.')"; ok $? "the stage is added"
scr_keys Enter
scr_wait "$(vis 'ثبت پیشرفت (درصد)')"; scr_keys Enter
scr_wait "$(vis 'پیشرفت (۰ تا ۱۰۰):')"; scr_type '۱۵۰'; scr_keys Enter
scr_wait "$(vis 'پیشرفت درصدی از ۰ تا ۱۰۰ است')"; ok $? "a progress of 150 is refused"
scr_cap | grep -qF "$(vis 'پذیرفته نشد: پیشرفت (درصد)')"; ok $? "the popup names the progress"
scr_keys Enter Escape
scr_wait "$(vis 'مراحل')"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
