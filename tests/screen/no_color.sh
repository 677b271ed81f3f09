# NO_COLOR (hamyar(1)): the program starts without colours, and the settings
# screen says so: its colours row reads «خاموش (تک‌رنگ)», and Enter there
# turns them on.  Before, a login with NO_COLOR and no colours setting saw
# «روشن» (on) on a monochrome screen, and the first Enter "turned off" the
# colours that were already off.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"

# The key bar is black on cyan in colour (SGR 46 or 48;5;6), reverse
# video without.
bar_cyan() { tm capture-pane -e -p -t main | tail -1 | grep -qE '\[([0-9;]*;)?46m|48;5;6m'; }

SCR_ENV="$SCR_ENV_DEFAULT NO_COLOR=1" scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu, under NO_COLOR"
bar_cyan; is $? 1 "the key bar has no colour"
scr_keys F9; scr_wait "$(vis 'همهٔ تنظیمات')"
scr_pick 'همهٔ تنظیمات (رنگ‌ها، ریال یا تومان، ...)'; scr_wait "$(vis 'تنظیمات حساب شما')"; ok $? "the settings screen"
row_has "$(vis 'رنگ‌ها')" "$(vis 'خاموش (تک‌رنگ)')"; ok $? "its colours row says they are off"
scr_keys Down Down Down Down Enter; scr_settle
row_has "$(vis 'رنگ‌ها')" "$(vis 'روشن')"; ok $? "Enter on it turns them on"
bar_cyan; ok $? "and the key bar is in colour"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# Without NO_COLOR, with the setting on as just saved: colours, and «روشن».
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
bar_cyan; ok $? "without NO_COLOR the key bar is in colour"
scr_keys F9; scr_wait "$(vis 'همهٔ تنظیمات')"
scr_pick 'همهٔ تنظیمات (رنگ‌ها، ریال یا تومان، ...)'; scr_wait "$(vis 'تنظیمات حساب شما')"
row_has "$(vis 'رنگ‌ها')" "$(vis 'روشن')"; ok $? "and the colours row says on"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
