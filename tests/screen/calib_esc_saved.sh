# The display question (calibration) at a start with no saved choice came
# back at every start until 1 or 2 was pressed, though Esc said it kept
# the setting.  Now Esc keeps line 1 (mode app) and saves it: the screen
# says so and where to change it (F9 Settings), and the next start goes
# to the main menu.  From the settings, Esc keeps the setting as before.
# In Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
scr_firstrun "$DB" CAL; ok $? "first start (mode app from HAMYAR_BIDI)"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

HAMYAR_BIDI= scr_start "$DB"
scr_wait "$(vis 'تنظیم نمایش')"; ok $? "fa: no saved choice: the display question"
scr_cap | grep -qF "$(vis 'Esc سطر ۱ را نگه می‌دارد و دیگر نمی‌پرسد')"; ok $? "fa: it says Esc keeps line 1 and does not ask again"
scr_cap | grep -qF "$(vis '(با F9 تنظیمات')"; ok $? "fa: ... and that F9 Settings changes it"
scr_keys Escape
scr_wait "$(vis 'منوی اصلی')"; ok $? "fa: Esc: the main menu, mode app"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

HAMYAR_BIDI= scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "fa: the next start: the main menu in mode app"
scr_cap | grep -qF "$(vis 'تنظیم نمایش')"; is $? 1 "fa: ... not the question again"
# from the settings, the question says only that Esc keeps the setting
scr_keys F9; scr_wait "$(vis 'تنظیم نمایش (حالت دوسویه)')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'Esc تنظیم کنونی را نگه می‌دارد.')"; ok $? "fa: from F9, Esc keeps the current setting"
scr_keys Escape; scr_gone "$(vis 'Esc تنظیم کنونی')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

DB2="$TMP/db2"
scr_firstrun "$DB2" CAM >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
HAMYAR_BIDI= scr_start "$DB2" --lang en
scr_wait "Display calibration"; ok $? "en: the display question"
scr_cap | grep -qF "Esc keeps line 1 and does not ask again (F9 Settings changes"
ok $? "en: Esc keeps line 1, does not ask again, F9 Settings changes it"
scr_keys Escape
scr_wait "Main menu"; ok $? "en: Esc: the main menu"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
HAMYAR_BIDI= scr_start "$DB2" --lang en
scr_wait "Main menu"; ok $? "en: the next start: the main menu"
scr_cap | grep -qF "Display calibration"; is $? 1 "en: ... not the question again"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
