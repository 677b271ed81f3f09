# Home and End on the settings screen go to the first and the last
# setting, as in the lists (they did nothing: Enter after End changed the
# rendering mode, the first row, instead of asking the station's name).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
scr_keys F9
scr_wait "$(vis 'تنظیمات حساب شما')"; ok $? "F9 on the dashboard opens the settings"
scr_keys End Enter
scr_wait "$(vis 'نام ایستگاه:')"; ok $? "End, Enter: the last setting, the station's name, is asked"
scr_cap | grep -qF '(terminal)'; is $? 1 "... and the rendering mode was not changed"
scr_keys Escape; scr_settle
scr_keys Down Down Down	# (stays on the last)
scr_keys Home Enter
# (mode terminal: the line is then drawn in logical order)
scr_wait "ذخیره شد. شیوهٔ نمایش: پایانه فارسی را می‌چیند (terminal)"
ok $? "Home, Enter: the first setting, the rendering mode, is changed"
scr_keys Enter; scr_settle	# back to mode app
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits"
done_testing
