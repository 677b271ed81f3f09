# The status bar on a window narrower than 80 columns (an SSH client at
# 60x20) keeps the keyboard layout, FA or EN, which says what typing will
# give; the user and station give way, cut.  Before, the layout was the
# part cut off («صفحه‌کل…»), the user and station whole.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station NRW >/dev/null; ok $? "a database"
status() { scr_cap | tail -n 2 | head -n 1; }
KBD="$(vis 'صفحه‌کلید: EN')"; KBDFA="$(vis 'صفحه‌کلید: FA')"
SMALL="$(vis 'پنجره کوچک‌تر از ۸۰×۲۴')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
status | grep -qF "$KBD"; ok $? "80x24: the keyboard layout on the status bar"
status | grep -qF "$(vis 'ایستگاه: NRW')"; ok $? "80x24: the station, whole"
scr_resize 60 20
status | grep -qF "$SMALL"; ok $? "60x20: the bar says the window is small"
status | grep -qF "$KBD"; ok $? "60x20: ... and still which keyboard layout is on"
scr_keys C-t; scr_settle
status | grep -qF "$KBDFA"; ok $? "60x20: Ctrl-T switches it: FA"
[ "$(status | wc -L)" -le 60 ]; ok $? "60x20: the bar within the 60 columns"
scr_resize 80 24
status | grep -qF "$KBDFA"; ok $? "back at 80x24: FA"
status | grep -qF "$(vis 'ایستگاه: NRW')"; ok $? "back at 80x24: the station whole again"
status | grep -qF "$SMALL"; is $? 1 "back at 80x24: no word of a small window"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# English, left to right: the layout at the right end, before the mark.
scr_start "$DB" --lang en
scr_wait 'Main menu'
scr_resize 60 20
status | grep -qE 'Keyboard: (EN|FA)'; ok $? "en 60x20: the keyboard layout on the status bar"
status | grep -qF 'window under 80x24'; ok $? "en 60x20: and the small window"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
