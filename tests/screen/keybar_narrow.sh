# The function-key bar on a window narrower than 80 columns (an SSH client
# at 60x20): F1 (help) and F10 (back) stay on the bar, and the least
# needed keys leave it where the labels do not all fit whole (on the
# dashboard F9, settings, which F1's help names; keybar_small.sh at 40 and
# 50 columns), the rest read whole.  Before, the keys that did not fit were
# left off the end of the bar: on the dashboard and the needs' list F10
# (back) was gone, and in English F9 (settings) too; then every label was
# cut evenly.  At 80x24 the labels are whole, as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station NRW >/dev/null; ok $? "a database"
bar() { scr_cap | tail -n 1; }
# The key numbers on the bar, in the order drawn, one line.
bar_keys() { bar | grep -o 'F[0-9][0-9]*' | sort -V | tr '\n' ' '; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
is "$(bar_keys)" "F1 F3 F4 F6 F7 F9 F10 " "dashboard at 80x24: its seven keys"
bar | grep -qF '…'; is $? 1 "... with no label cut"
bar | grep -qF "$(vis 'بازگشت')"; ok $? "... F10 reads back"

scr_resize 60 20
is "$(bar_keys)" "F1 F3 F4 F6 F7 F10 " "dashboard at 60x20: F10 still on the bar, F9 left off"
bar | grep -qF '…'; is $? 1 "... no label cut"
[ "$(bar | wc -L)" -le 60 ]; ok $? "... within the 60 columns"
scr_keys Escape 0
scr_wait "$(vis 'منوی اصلی')"; ok $? "Esc 0 (F10, as the bar says) goes back to the main menu"
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')"
is "$(bar_keys)" "F1 F3 F4 F5 F6 F7 F10 " "needs' list at 60x20: all seven keys"
scr_resize 80 24
is "$(bar_keys)" "F1 F3 F4 F5 F6 F7 F10 " "back at 80x24: the same keys"
bar | grep -qF '…'; is $? 1 "... their labels whole again"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# English, whose labels are longer: at 60 columns the dashboard lost F9 and F10.
scr_start "$DB" --lang en
scr_wait 'Main menu'; scr_keys 0; scr_wait 'Needs by county'
bar | grep -qF 'F10Back'; ok $? "en: at 80x24 F10Back on the bar"
scr_resize 60 20
is "$(bar_keys)" "F1 F3 F4 F6 F7 F10 " "en: dashboard at 60x20: F10 still there, F9 left off"
bar | grep -qF '…'; is $? 1 "en: ... no label cut"
bar | grep -qE '^F1[^0-9]'; ok $? "en: ... F1 first, at the left"
[ "$(bar | wc -L)" -le 60 ]; ok $? "en: ... within the 60 columns"
scr_keys F10; scr_wait 'Main menu'; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
