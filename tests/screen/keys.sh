# Keys and terminals: the built-in ISIRI 9147 layout toggled by one key (and
# shown in the status bar), Esc then a digit as F1-F10, F1 help, redraw on
# resize, and the program on TERM=vt100 and TERM=linux (no colours).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" KEY; ok $? "first start"
scr_cap | grep -qF "$(vis 'صفحه‌کلید: EN')"; ok $? "the status bar shows the Latin layout"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_keys Escape 5					# Esc 5 = F5
scr_wait "$(vis 'خیّر: تازه')"; ok $? "Esc then 5 acts as F5 (new record)"
scr_keys Tab
scr_keys C-t
scr_wait "$(vis 'صفحه‌کلید: FA')"; ok $? "Ctrl-T switches to the Persian layout, shown in the status bar"
scr_type 'sghl'
scr_wait "$(vis 'سلام')"; ok $? "keys s g h l type سلام on the built-in ISIRI 9147 layout"
scr_keys C-t
scr_wait "$(vis 'صفحه‌کلید: EN')"; ok $? "Ctrl-T again: back to Latin"
scr_type ' ok'
scr_wait "$(vis 'سلام ok')"; ok $? "Latin letters after the Persian word, in visual order"
scr_keys F12
scr_wait "$(vis 'صفحه‌کلید: FA')"; ok $? "F12 toggles too"
scr_keys F12
scr_keys Escape 1					# Esc 1 = F1
scr_wait "$(vis 'خانه‌ها را پر کنید؛ Tab، Enter یا جهت پایین به خانهٔ بعد می‌رود،')"; ok $? "Esc then 1 opens this screen's help"
scr_keys Enter
scr_gone "$(vis 'خانه‌ها را پر کنید؛')"; ok $? "any key closes the help"
# Esc and, within the wait for a digit, a key that is no character (Tab,
# an arrow, a function key): both act, the second key is not lost.
scr_keys F1; scr_wait "$(vis 'خانه‌ها را پر کنید؛')"
scr_keys Escape Tab
scr_gone "$(vis 'خانه‌ها را پر کنید؛')"
scr_type 'zq'; scr_settle
scr_cap | grep -F "$(vis 'کد ملی:')" | grep -qF 'zq'; ok $? "Esc closes the help and a Tab at once after it still moves to the next field"
scr_keys BSpace BSpace BTab

tm resize-window -t main -x 100 -y 30 2>/dev/null || tm resize-pane -t main -x 100 -y 30
scr_wait "$(vis 'سلام ok')"
n=$(scr_cap | wc -l)
is "$n" 30 "the pane is now 30 rows"
scr_cap | sed -n 30p | grep -qF "$(vis 'راهنما')"; ok $? "after the resize the key bar is on the new last row"
scr_cap | sed -n 29p | grep -qF "$(vis 'صفحه‌کلید: EN')"; ok $? "... and the status bar above it"
scr_keys Escape 0					# Esc 0 = F10
scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; ok $? "Esc then 0 acts as F10 and asks before discarding"
scr_keys y; scr_keys F10; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"

for term in vt100 linux; do
	SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$term" scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')"; ok $? "TERM=$term: the main menu is drawn"
	scr_keys Down Enter
	scr_wait "$(vis 'گروه مرجع')"; ok $? "TERM=$term: arrows and Enter open the reference groups"
	scr_keys Escape 5
	scr_wait "$(vis 'گروه مرجع: تازه')"; ok $? "TERM=$term: Esc 5 makes a new one"
	scr_keys Escape; sleep 0.8; scr_keys Escape; sleep 0.8; scr_keys Escape 0
	scr_bye; scr_wait "__EXIT__=0"; ok $? "TERM=$term: Esc backs out and Esc 0 quits"
done
done_testing
