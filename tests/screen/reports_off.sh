# Mouse and focus reports an earlier program left on are switched off at
# start: a terminal left sending focus events (ESC [ I, ESC [ O) had them
# read as PgUp and F3, a click as keys.  On an xterm-like terminal (its
# terminfo names a mouse report) the program resets 1000, 1002, 1003,
# 1004, 1005, 1006 and 1015 once at start; on the Linux console ?1000
# alone, the one it has; on a vt220 nothing.  Checked on the bytes the
# program writes (pipe-pane) and on tmux's own flags of the pane.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST --name "ایستگاه آزمون" >/dev/null
ok $? "fixture"
E=$(printf '\033')

# start TERM: a shell sets the modes as a careless program would, waits,
# then runs hamyar; every byte of the pane goes to $LOG
start() {
	LOG="$TMP/$1.log"; : >"$LOG"
	tm kill-server >/dev/null 2>&1
	# a server that is still going away refuses new sessions: retry
	for try in 1 2 3 4 5 6 7 8 9 10; do
		tm new-session -d -s main -x 80 -y 24 \
		    "printf '\\033[?1000h\\033[?1002h\\033[?1006h\\033[?1004h'; sleep 2; \
		     env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$1 HAMYAR_BIDI=app HOME='$TMP' '$HAMYAR' --db '$DB'; \
		     echo __EXIT__=\$?; sleep 300" 2>/dev/null && break
		sleep 0.2
	done
	tm pipe-pane -o -t main "cat >>'$LOG'"
}
# whether any mouse mode is on, and the SGR encoding (tmux keeps one mouse
# mode of 1000/1002/1003: the last set)
flags() { tm display -p -t main '#{mouse_any_flag}#{mouse_sgr_flag}'; }

start xterm-256color
n=0; while [ "$(flags)" != 11 ] && [ $n -lt 10 ]; do sleep 0.1; n=$((n + 1)); done
is "$(flags)" 11 "xterm: the modes are on before the program starts"
scr_wait "$(vis 'منوی اصلی')"; ok $? "xterm: main menu"
is "$(flags)" 00 "xterm: the program switched the mouse reports off"
for m in 1000 1002 1003 1004 1006; do
	grep -qF "$E[?${m}l" "$LOG"; ok $? "xterm: ESC [ ? $m l sent"
done
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
n=$(grep -oF "$E[?1004l" "$LOG" | wc -l)
is "$n" 1 "xterm: sent once, at start (not at exit)"

start linux
scr_wait "$(vis 'منوی اصلی')"; ok $? "linux: main menu"
grep -qF "$E[?1000l" "$LOG"; ok $? "linux: ESC [ ? 1000 l, the console's one mouse mode"
grep -qF "$E[?1004l" "$LOG"; r=$?; [ $r -ne 0 ]; ok $? "linux: no mode the console does not have"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

start vt220
scr_wait "$(vis 'منوی اصلی')"; ok $? "vt220: main menu"
grep -qF -e "$E[?1000l" -e "$E[?1004l" "$LOG"; r=$?; [ $r -ne 0 ]; ok $? "vt220: no mouse mode reset (it has none)"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "vt220: the program quits cleanly"
done_testing
