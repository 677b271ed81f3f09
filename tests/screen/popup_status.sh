# A popup as tall as the screen allows (a list's help) lies over the status
# bar's row: that row shows the box's border and nothing else.  Before, the
# status bar's words showed in bits at the box's two sides («کا» of
# «کاربر» on the right, «۲۴» of «۸۰×۲۴» on the left), text cut and
# overlapping.  Closed, the popup gives the whole status bar back.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station PST >/dev/null; ok $? "a database"
status() { scr_cap | tail -n 2 | head -n 1; }
# What the status row holds besides the box's border, its mark that more
# is below (a help too tall for 60x20) and spaces.
MORE="$(vis '▼ ادامه در پایین: پایین، PgDn')"
rest() { status | sed "s|$MORE||" | sed 's/[─┘└│▼▲ ]//g'; }
USER_WORD="$(vis 'کاربر:')"

for size in "80 24" "60 20"; do
	SCR_SIZE="${size% *}x${size#* }"
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	status | grep -qF "$USER_WORD"; ok $? "$size: the donors' list, the status bar under it"
	scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
	status | grep -qF '└'; ok $? "$size: the help reaches the status bar's row"
	is "$(rest)" "" "$size: ... which holds nothing but its border"
	scr_keys Escape; scr_gone '└' >/dev/null
	status | grep -qF "$USER_WORD"; ok $? "$size: closed, the status bar is back"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done
done_testing
