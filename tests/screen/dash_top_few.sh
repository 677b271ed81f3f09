# With fewer than five needs ranked (four here; a clerk's county often
# has one or two), the dashboard kept five rows for the top-ranked needs
# all the same: the spare one stood blank between them and recent
# activity (two blank lines).  Now recent activity
# follows the last ranked need after one blank line, and has the spare
# rows (up to the six it holds; what it leaves is at the foot); at 80x24
# and 64x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: four open needs, with gaps"
for size in 80x24 64x24; do
	SCR_SIZE=$size
	scr_start "$DB" --lang en
	scr_wait "Main menu" >/dev/null; scr_keys 0
	scr_wait "Top-ranked needs (4 ranked)"; ok $? "$size: four needs ranked"
	scr_settle
	under=$(scr_cap | awk '/^ 4   TST-/ { getline; getline; print; exit }')
	is "$(printf '%s' "$under" | sed 's/ *$//')" " Recent activity" "$size: recent activity under the 4th need, after one blank line"
	scr_keys F10; scr_wait "Main menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done
done_testing
