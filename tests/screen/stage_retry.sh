# New stage (F5 on a need), keys only, when something typed is refused: a
# date that does not exist comes back in the box to be corrected, not an
# empty box; a planned end before the planned start asks for the end
# again, with the title and dates already typed kept, instead of throwing
# the whole stage away.  The date proposed is today's, in Persian digits.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; ok $? "the top-ranked need is open"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'استعلام قیمت از ۳ نمایندگی'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
today=$("$HAMYAR" date g2j "$(date +%F)" | "$HAMYAR" text digits-fa)
row_has "│" "$today"; ok $? "the start proposed is today, in Persian digits ($today)"
scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_type '1403/12/31'; scr_keys Enter			# 1403 Esfand has 30 days
scr_wait "$(vis 'اسفند ۲۹ روز دارد و در سال کبیسه ۳۰ روز')"; ok $? "a date that does not exist is refused, naming why (Esfand 31)"
scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
row_has "│" "1403/12/31"; ok $? "the refused date is back in the box, to be corrected"
scr_keys BSpace; scr_type '0'; scr_keys Enter		# 1403/12/30
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"; ok $? "the corrected start is taken"
scr_type '1403/11/01'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده پیش از شروع آن است')"; ok $? "an end before the start is refused"
scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"; ok $? "the end is asked again"
row_has "│" "۱۴۰۳/۱۱/۰۱"; ok $? "with the end as typed"
scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_type '1404/02/15'; scr_keys Enter
scr_wait "$(vis 'مرحله افزوده شد.')"; ok $? "the stage is added"
row_has "۱۴۰۳/۱۲/۳۰" "۱۴۰۴/۰۲/۱۵"; ok $? "with the start and end typed"
"$HAMYAR" --db "$DB" export stages | grep -q 'استعلام قیمت از 3 نمایندگی'; ok $? "and the title typed first"
done_testing
