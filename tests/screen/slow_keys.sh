# Keys whose escape sequences come in pieces, as over a slow SSH link: ESC [
# and, a quarter of a second later, the rest.  curses (ESCDELAY 50 ms) has
# given up on the sequence by then and hands the bytes over one by one; the
# program read the rest of it for 30 ms only, so the "D" of a split Left
# arrow, the "5~" of a split F5, were typed into the field as text.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
hex() { tm send-keys -t main -H "$@"; }

"$HAMYAR" --db "$DB" init --station SLW >/dev/null; ok $? "a database"
scr_start "$DB" --lang en
scr_wait 'Main menu'; ok $? "main menu"
scr_keys 2; scr_wait 'Search:'
scr_keys F5; scr_wait 'Reference group: new'
scr_keys Tab				# the name
scr_type 'abc'
# Left split after "ESC [": the cursor goes back over the c.
hex 1b 5b; sleep 0.25; hex 44
scr_type 'x'; scr_settle
scr_cap | grep -F 'Name*:' | grep -qF 'abxc'; ok $? "ESC [, a pause, D: Left moved the cursor, x went before the c"
scr_cap | grep -F 'Name*:' | grep -qF 'D'; is $? 1 "no D typed into the name"
# Home split after "ESC O" (SS3, as vt100 keypads send it).
hex 1b 4f; sleep 0.25; hex 48
scr_type 'y'; scr_settle
scr_cap | grep -F 'Name*:' | grep -qF 'yabxc'; ok $? "ESC O, a pause, H: Home, y went before the a"
scr_keys F10; scr_wait 'Discard them'; scr_keys y
scr_wait 'Search:'
# F5 split after "ESC [ 1": a new group's form, nothing typed in the search.
hex 1b 5b 31; sleep 0.25; hex 35 7e; scr_settle
scr_cap | grep -F 'Search:' | grep -qF '5~'; is $? 1 "no 5~ typed into the search"
scr_wait 'Reference group: new'; ok $? "ESC [ 1, a pause, 5 ~: F5 opens a new group's form"
scr_keys F10
scr_wait 'Search:'
scr_keys F10; scr_wait 'Main menu'; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
