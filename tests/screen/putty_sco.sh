# PuTTY's other function-key modes (Terminal > Keyboard), as HQ staff log in
# from old machines: "SCO" sends F1-F12 as ESC [ M ... ESC [ X, which no
# table read (F5, F9, F10 did nothing, and F1 came from curses as a mouse
# event under TERM=linux and TERM=screen, whose kmous is ESC [ M); the
# default "ESC [n~" sends ESC [ 11~ ... and "Linux" ESC [ [ A ... E for F1-F5,
# whatever TERM says.  ESC [ M is also a mouse report's start: a click on a
# terminal that an earlier program left in mouse mode (ESC [ M Cb Cx Cy, in
# one piece) opens no help and types nothing.  SCO's PgUp and PgDn are
# ESC [ I and ESC [ G.  F12 sent as a sequence the
# terminfo entry does not name (ESC [ X, ESC O [) toggles the keyboard.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
hex() { tm send-keys -t main -H "$@"; sleep 0.3; }

"$HAMYAR" --db "$DB" init --station PTY >/dev/null; ok $? "a database"
for term in xterm linux screen; do
	infocmp "$term" >/dev/null 2>&1 || { ok 0 "# SKIP no terminfo entry for $term"; continue; }
	SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$term"
	scr_start "$DB" --lang en
	scr_wait 'Main menu'; ok $? "$term: main menu"
	scr_keys 2; scr_wait 'Search:'
	hex 1b 5b 51				# ESC [ Q
	scr_wait 'Reference group: new'; ok $? "$term: SCO ESC [ Q is F5: a new group's form"
	hex 1b 5b 56				# ESC [ V
	scr_wait 'No records yet'; ok $? "$term: SCO ESC [ V is F10: back to the list"
	hex 1b 5b 4d 20 21 21			# a click at 1,1
	scr_type 'x'; scr_wait 'Nothing found'
	scr_cap | grep -F 'Search:' | grep -qE 'Search: +x( |$)'; ok $? "$term: a mouse report types nothing into the search, x does"
	scr_cap | grep -qF '!'; is $? 1 "$term: ... nothing of the report is on screen"
	scr_cap | grep -qF 'Type to search by'; is $? 1 "$term: ... and opens no help"
	scr_keys BSpace
	hex 1b 5b 4d				# ESC [ M
	scr_wait 'Type to search by'; ok $? "$term: SCO ESC [ M alone is F1: the list's help"
	scr_keys Enter; scr_gone 'Type to search by'
	hex 1b 5b 58				# ESC [ X
	scr_wait 'Keyboard: FA'; ok $? "$term: SCO ESC [ X is F12: the Persian keyboard"
	hex 1b 4f 5b				# ESC O [ (VT100+)
	scr_wait 'Keyboard: EN'; ok $? "$term: VT100+ ESC O [ is F12 too: back to Latin"
	hex 1b 5b 56; scr_wait 'Main menu'
	hex 1b 5b 55				# ESC [ U
	scr_wait 'All settings (colours'; ok $? "$term: SCO ESC [ U is F9: the settings"
	hex 1b 5b 56; scr_wait 'Main menu'
	hex 1b 5b 54				# ESC [ T
	scr_wait 'Audit log'; ok $? "$term: SCO ESC [ T is F8: the audit log"
	hex 1b 5b 56; scr_wait 'Main menu'
	# PuTTY's default mode and its Linux mode.
	scr_keys 2; scr_wait 'Search:'
	hex 1b 5b 31 35 7e			# ESC [ 15~
	scr_wait 'Reference group: new'; ok $? "$term: ESC [ 15~ is F5"
	hex 1b 5b 32 31 7e			# ESC [ 21~
	scr_wait 'No records yet'; ok $? "$term: ESC [ 21~ is F10"
	hex 1b 5b 31 31 7e			# ESC [ 11~
	scr_wait 'Type to search by'; ok $? "$term: ESC [ 11~ is F1"
	scr_keys Enter; scr_gone 'Type to search by'
	hex 1b 5b 5b 45				# ESC [ [ E
	scr_wait 'Reference group: new'; ok $? "$term: Linux ESC [ [ E is F5"
	hex 1b 5b 5b 41				# ESC [ [ A
	scr_wait 'Esc goes back too'; ok $? "$term: Linux ESC [ [ A is F1"
	scr_keys Enter; scr_gone 'Esc goes back too'
	scr_keys F10; scr_wait 'No records yet'
	scr_keys F10; scr_wait 'Main menu'
	# SCO's PgDn and PgUp, in the county menu (taller than the screen)
	scr_keys 3; scr_wait 'Search:'
	scr_keys F4; scr_wait 'No filter'; scr_keys End Enter; scr_wait 'Ajabshir'
	scr_cap | grep -q 'Varzaqan'; is $? 1 "$term: the last county, Varzaqan, below the menu's rows"
	# (two pages: the menu stands above the status line, 19 rows at 80x24)
	hex 1b 5b 47; scr_settle; hex 1b 5b 47	# ESC [ G twice
	scr_wait 'Varzaqan'; ok $? "$term: SCO ESC [ G is PgDn: the counties' menu down a page, to its last"
	hex 1b 5b 49; scr_settle; hex 1b 5b 49	# ESC [ I twice
	scr_gone 'Varzaqan'; ok $? "$term: SCO ESC [ I is PgUp: back up"
	scr_keys Escape; scr_settle; scr_keys F10; scr_wait 'Main menu'
	hex 1b 5b 56
	scr_bye; scr_wait "__EXIT__=0"; ok $? "$term: SCO ESC [ V on the main menu quits"
done
done_testing
