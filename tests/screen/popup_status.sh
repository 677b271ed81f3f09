# A popup as tall as the screen allows (a list's help) ends above the
# status bar: its bottom border on the row just above «کاربر: …», which
# stays whole in view while the help is open (the user, the station, the
# keyboard), the box lying over the title line instead with as many rows
# as it had (a help made to fit 80x24 still fits); a help taller than
# that scrolls inside the box.  Before,
# the box's bottom border was drawn over the status bar's row at 80x24
# and 60x20, the status bar gone while the help was open; so too the
# needs', stages' and recognitions' lists' and the dashboard's at 80x24.  Closed, the
# popup gives the status bar back as it was.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station PST >/dev/null; ok $? "a database"
status() { scr_cap | tail -n 2 | head -n 1; }
above() { scr_cap | tail -n 3 | head -n 1; }
USER_WORD="$(vis 'کاربر:')"

for size in "80 24" "60 20"; do
	SCR_SIZE="${size% *}x${size#* }"
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	before=$(status)
	printf '%s\n' "$before" | grep -qF "$USER_WORD"; ok $? "$size: the donors' list, the status bar under it"
	scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
	is "$(status)" "$before" "$size: the help open, the status bar still whole under it"
	above | grep -qF '└'; ok $? "$size: ... the help's bottom border on the row above it"
	scr_cap | grep -qF "$(vis 'جست‌وجو')"; ok $? "$size: ... the help's text in the box"
	scr_cap | head -n 1 | grep -qF '┌'; ok $? "$size: ... its top border on the title line"
	scr_keys Escape; scr_gone '└' >/dev/null
	is "$(status)" "$before" "$size: closed, the status bar as it was"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done

# The other screens whose help at 80x24 covered the status line: the
# needs' (4), stages' (7) and recognitions' (8) lists and the dashboard
# (0), in the demo database, which has records in each.
"$HAMYAR" --db "$TMP/demo" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$TMP/demo" demo >/dev/null 2>&1; ok $? "the demo database"
SCR_SIZE=80x24
for item in 4 7 8 0; do
	scr_start "$TMP/demo"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle
	scr_keys $item; scr_gone "$(vis 'منوی اصلی')" >/dev/null; scr_settle
	before=$(status)
	printf '%s\n' "$before" | grep -qF "$USER_WORD"; ok $? "menu item $item: the status bar under the screen"
	scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
	is "$(status)" "$before" "menu item $item: its help open, the status bar whole under it"
	above | grep -qF '└'; ok $? "menu item $item: ... the help's bottom border on the row above it"
	scr_keys Escape; scr_gone '└' >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done
done_testing
