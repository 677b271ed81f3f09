# Digits typed on the numeric keypad, as a clerk types an amount or a
# national id: curses' keypad() sent the terminal's smkx, which for xterm,
# screen and vt100 puts the keypad in application mode (ESC =); PuTTY then
# sends ESC O p ... ESC O y for its digits (tmux does the same for its
# keypad keys), and the program took 1, 3, 7, 9 for End, PgDn, Home, PgUp
# and dropped the others.  Now the keypad stays numeric: its digits are
# digits, on each of these terminal types, and also where the terminal
# starts in application mode (PuTTY's "Initial state of numeric keypad:
# Application"): the program puts it in numeric mode (ESC >).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
SCR_LOG="$TMP/out.log"

"$HAMYAR" --db "$DB" init --station KPD >/dev/null; ok $? "a database"
for term in xterm-256color screen vt100; do
	infocmp "$term" >/dev/null 2>&1 || { ok 0 "# SKIP no terminfo entry for $term"; continue; }
	: >"$SCR_LOG"
	SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$term" scr_start "$DB" --lang en
	scr_wait 'Main menu' || continue
	scr_keys 1; scr_wait 'Search:'
	scr_keys F5; scr_wait 'Donor: new'
	scr_keys Tab Tab				# the national id
	scr_keys KP0 KP0 KP7 KP6 KP2 KP2 KP9 KP6 KP4 KP5
	scr_settle
	scr_cap | grep -F 'National id:' | grep -qF '0076229645'; ok $? "TERM=$term: keypad digits typed as digits"
	grep -qF "$(printf '\033=')" "$SCR_LOG"; is $? 1 "TERM=$term: the keypad is not put in application mode"
	scr_keys Escape; scr_wait 'Discard them'; scr_keys y
	scr_wait 'Search:'; scr_keys F10; scr_wait 'Main menu'; scr_keys F10
	scr_bye; scr_wait "__EXIT__=0"; ok $? "TERM=$term: quits"
done

# A terminal already in application keypad mode when the program starts.
tm kill-server >/dev/null 2>&1; sleep 0.3
tm new-session -d -s main -x 80 -y 24 "printf '\\033='; env $SCR_ENV_DEFAULT HAMYAR_BIDI=app HOME='$TMP' '$HAMYAR' --db '$DB' --lang en; echo __EXIT__=\$?; sleep 300"
scr_wait 'Main menu'
scr_keys 1; scr_wait 'Search:'
scr_keys F5; scr_wait 'Donor: new'
scr_keys Tab Tab
scr_keys KP1 KP2 KP3 KP4; scr_settle
scr_cap | grep -F 'National id:' | grep -qF '1234'; ok $? "a terminal in application keypad mode before the start: digits still"
scr_keys Escape; scr_wait 'Discard them'; scr_keys y
scr_wait 'Search:'; scr_keys F10; scr_wait 'Main menu'; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
