# Started over SSH from a terminal whose type this machine has no terminfo
# entry for (TERM=xterm-kitty, alacritty, or TERM unset), curses' initscr
# ended the program with its own English line «Error opening terminal: ...»
# and status 1; on TERM=dumb (Emacs' shell) it drew the screen as one
# scrolling line.  Now the program says in the user's language which TERM
# it cannot use and what to start it with, and exits with status 3 (a
# system error, SPEC §12); a known type still works.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

"$HAMYAR" --db "$DB" init --station TRM >/dev/null; ok $? "a database"
SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=no-such-term-here" scr_start "$DB"
scr_wait "__EXIT__=" ; ok $? "TERM=no-such-term-here: the program ends"
scr_cap | grep -qF "__EXIT__=3"; ok $? "with status 3"
scr_cap | tr -d '\n' | grep -qF 'نوع پایانهٔ TERM=no-such-term-here در این رایانه شناخته نیست'; ok $? "saying in Persian that this TERM is not known here"
scr_cap | tr -d '\n' | grep -qF 'TERM=xterm-256color hamyar'; ok $? "and what to start it with"
scr_cap | grep -qF 'Error opening terminal'; is $? 1 "not curses' English line"

SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=no-such-term-here" scr_start "$DB" --lang en
scr_wait "__EXIT__=3"; ok $? "--lang en: status 3"
scr_cap | tr -d '\n' | grep -qF 'the terminal type TERM=no-such-term-here is not known on this machine'; ok $? "in English"

if infocmp dumb >/dev/null 2>&1; then
	SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb" scr_start "$DB"
	scr_wait "__EXIT__=3"; ok $? "TERM=dumb: status 3"
	scr_cap | tr -d '\n' | grep -qF 'نوع پایانهٔ TERM=dumb نمی‌تواند مکان‌نما را جابه‌جا کند'; ok $? "it cannot move the cursor, it says"
else
	ok 0 "# SKIP no terminfo entry for dumb"
fi

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "TERM=xterm-256color: the main menu as before"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
