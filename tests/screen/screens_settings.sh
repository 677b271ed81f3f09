# Settings, keys only, saved per user and kept across a restart: digits
# Persian -> ASCII, amounts rials -> toman (the dashboard follows), colours
# off, the rendering mode switched to terminal (text then drawn in logical
# order) and back by recalibrating (line 1).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
row_has "$(vis 'تبریز')" "۳۸۰٬۰۰۰٬۰۰۰"; ok $? "amounts start in Persian digits, in rials"
scr_keys F9
scr_wait "$(vis 'تنظیمات حساب شما')"; ok $? "F9 on the dashboard opens the settings"
scr_keys Down Down Enter				# digits
scr_wait "$(vis 'ارقام: لاتین (ASCII)')"; ok $? "Enter switches digits to ASCII and says it is saved"
scr_keys Down Down Down Enter				# amounts in
scr_wait "$(vis 'واحد مبلغ‌ها: تومان')"; ok $? "amounts switch to toman"
scr_keys Up Enter					# colours
scr_wait "$(vis 'رنگ‌ها: خاموش (تک‌رنگ)')"; ok $? "colours switch off"
scr_keys F10
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
row_has "$(vis 'تبریز')" "38,000,000"; ok $? "the dashboard now shows Tabriz's gap as 38,000,000 (toman, ASCII digits)"
scr_cap | grep -qF "$(vis 'تومان')"; ok $? "with the unit toman"

# Rendering mode: terminal draws logical order (no shaping, no reordering).
scr_keys F9
scr_wait "$(vis 'تنظیمات حساب شما')"
scr_keys Home Enter
scr_wait "تنظیمات حساب شما"; ok $? "mode terminal: the text is drawn in logical order"
scr_keys Down Enter
scr_wait "1)"; ok $? "recalibrate shows the test lines"
scr_keys 1
scr_wait "$(vis 'شیوهٔ نمایش: برنامه فارسی را می‌چیند (app)')"; ok $? "choosing line 1 sets mode app again"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits"

# Kept for this user across a restart.
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
row_has "$(vis 'تبریز')" "38,000,000"; ok $? "after a restart: still ASCII digits and toman"
scr_keys F9
scr_wait "$(vis 'تنظیمات حساب شما')"
row_has "$(vis 'رنگ‌ها')" "$(vis 'خاموش (تک‌رنگ)')"; ok $? "and colours still off"
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"
done_testing
