# PuTTY's "VT100+" function keys (Terminal > Keyboard > Function keys and
# keypad), which some stations use for an old VT100 habit: F1-F4 are SS3
# P-S, F5-F12 go on as SS3 T-[ (ESC O T ... ESC O [).  No terminfo entry
# names F5-F12 so; the program dropped them as unknown sequences, and F5
# (new), F8 (the audit log), F9 (settings) and F10 (back) did nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=vt100"
hex() { tm send-keys -t main -H "$@"; sleep 0.3; }

"$HAMYAR" --db "$DB" init --station PTY >/dev/null; ok $? "a database"
scr_start "$DB" --lang en
scr_wait 'Main menu'; ok $? "main menu on TERM=vt100"
scr_keys 2; scr_wait 'Search:'
hex 1b 4f 54				# ESC O T
scr_wait 'Reference group: new'; ok $? "ESC O T is F5: a new group's form"
hex 1b 4f 59				# ESC O Y
scr_wait 'Search:'; ok $? "ESC O Y is F10: back to the list"
hex 1b 4f 59
scr_wait 'Main menu'; ok $? "ESC O Y again: the main menu"
hex 1b 4f 58				# ESC O X
scr_wait 'All settings (colours'; ok $? "ESC O X is F9: the settings"
hex 1b 4f 59; scr_wait 'Main menu'
hex 1b 4f 57				# ESC O W
scr_wait 'Audit log'; ok $? "ESC O W is F8: the audit log"
hex 1b 4f 59; scr_wait 'Main menu'
hex 1b 4f 50				# ESC O P, F1 as before
scr_wait 'Esc and a digit at once work as F1-F10'; ok $? "ESC O P is F1: the help"
scr_keys Enter; scr_gone 'Esc then a digit'
hex 1b 4f 59
scr_bye; scr_wait "__EXIT__=0"; ok $? "ESC O Y on the main menu quits"
done_testing
