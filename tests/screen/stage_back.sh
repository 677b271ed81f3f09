# New stage (F5 on a need): Shift-Tab or Up on a prompt goes back to the
# one before it, as in a form.  A planned end refused as before the start
# asked the end again and only it: when the start's year was the typo
# (1404 for 1403) the clerk could not reach it but by Esc, losing the
# title.  Now the end's prompt goes back to the start, kept as typed; the
# end comes again after it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
START=$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')
END=$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')
TITLE=$(vis 'عنوان:')
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; ok $? "the top-ranked need is open"
scr_keys F5
scr_wait "$TITLE"; scr_type 'خريد مصالح و پی‌ریزی'; scr_keys Enter		# Arabic yeh typed
scr_wait "$START"
scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_type '۱۴۰۴/۰۵/۰۱'; scr_keys Enter				# 1404 for 1403
scr_wait "$END"; scr_type '1403/6/1'
scr_keys Up
scr_wait "$START"; ok $? "Up on the end goes back to the start"
row_has "│" "۱۴۰۴/۰۵/۰۱"; ok $? "... with the start as typed"
scr_keys Enter
scr_wait "$END"; row_has "│" "۱۴۰۳/۰۶/۰۱"; ok $? "Enter: the end again, as typed before going back"
scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده پیش از شروع آن است')"; ok $? "an end before the start is refused"
scr_keys Enter
scr_wait "$END"; ok $? "the end is asked again"
scr_keys BTab
scr_wait "$START"; ok $? "Shift-Tab on it goes back to the start, the typo"
row_has "│" "۱۴۰۴/۰۵/۰۱"; ok $? "... shown as typed"
scr_keys BTab
scr_wait "$TITLE"; row_has "│" "$(vis 'خرید مصالح و پی‌ریزی')"; ok $? "and once more to the title, kept"
scr_keys Enter
scr_wait "$START"; scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_type '1403/05/01'; scr_keys Enter
scr_wait "$END"; row_has "│" "۱۴۰۳/۰۶/۰۱"; ok $? "the end comes after the corrected start, kept"
scr_keys Enter
scr_wait "$(vis 'مرحله افزوده شد.')"; ok $? "the stage is added"
row_has "۱۴۰۳/۰۵/۰۱" "۱۴۰۳/۰۶/۰۱"; ok $? "with the corrected start and the end typed"
[ "$("$HAMYAR" --db "$DB" export stages | grep -c 'پی‌ریزی')" -eq 1 ]; ok $? "one stage written, its title typed first"
scr_keys F5
scr_wait "$TITLE"; scr_type 'نصب'; scr_keys Up Enter
scr_wait "$START"; ok $? "Up on the first prompt does not leave it (Enter then takes it)"
scr_keys F1
scr_wait "$(vis 'Shift-Tab یا پیکان بالا به پرسش پیشین برمی‌گردد و این پاسخ را نگه می‌دارد.')"
ok $? "the start's help (F1) says Shift-Tab or Up goes back"
done_testing
