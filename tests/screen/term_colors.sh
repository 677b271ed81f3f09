# Colours that show on a light terminal as on a dark one.  xterm's default
# is black on white: the field being edited was black on a white
# background there (no different from the screen around it) and a
# warning yellow letters on white.  Now the field is in reverse video and
# a warning (here the status bar's "window under 80x24") black on yellow;
# on a terminal without colours (vt220) reverse and underline, as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
row_e() { tm capture-pane -p -e -t main | grep -F -- "$1" | head -n 1; }
# SGR N in a row, alone or among others (tmux may join them: ESC [ 30;43m)
sgr() { printf '%s\n' "$1" | grep -qE "$(printf '\033')\\[([0-9;]*;)?$2(;[0-9;]*)?m"; }

"$HAMYAR" --db "$DB" init --station CLR >/dev/null; ok $? "a database"
for term in xterm vt220; do
	SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$term" scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')"; ok $? "$term: main menu"
	scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
	scr_keys F5; scr_wait "$(vis 'کد ملی:')"
	scr_keys Tab; scr_type 'رضا'; scr_settle
	row=$(row_e "$(vis 'رضا')")
	sgr "$row" 7; ok $? "$term: the name being typed is in reverse video"
	sgr "$row" 47; is $? 1 "$term: ... not on a white background"
	tm resize-window -t main -x 70 -y 20 2>/dev/null || tm resize-pane -t main -x 70 -y 20
	scr_wait "$(vis 'پنجره کوچک‌تر از ۸۰×۲۴')"
	row=$(row_e "$(vis 'پنجره کوچک‌تر از ۸۰×۲۴')")
	if [ "$term" = xterm ]; then
		sgr "$row" 43 && sgr "$row" 30; ok $? "$term: the warning under 80x24 is black on yellow"
	else
		sgr "$row" 4; ok $? "$term: the warning under 80x24 is underlined"
	fi
	scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
	scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
	scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$term: quits"
done
done_testing
