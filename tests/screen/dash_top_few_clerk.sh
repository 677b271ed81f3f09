# A clerk's dashboard has his county's ranked needs only, often fewer than
# five (Tabriz's two here): the five rows kept for them stood three blank
# between the second and recent activity.  Now recent activity (for a
# clerk, the line that says who may read it, wrapped: at 64 columns
# it was cut) follows one blank line
# under the last ranked need; at 80x24 and 64x24.  (dash_top_few.sh: the
# same for a supervisor's four.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: two open needs in Tabriz, two in Ahar"
scr_nobody_user clerk TBZ "a Tabriz clerk"
for size in 80x24 64x24; do
	SCR_SIZE=$size
	scr_start_nobody "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
	scr_wait "$(vis 'نیازهای دارای بالاترین اولویت')"; ok $? "$size: the clerk's dashboard"
	scr_settle
	scr_cap >"$TMP/cap"
	grep -qF 'TST-22' "$TMP/cap"; is $? 1 "$size: Ahar's needs are not his"
	under=$(awk '/TST-21/ { getline; getline; print; exit }' "$TMP/cap")
	case "$under" in *"$(vis 'فعالیت‌های اخیر')"*) r=0 ;; *) r=1 ;; esac
	ok $r "$size: recent activity under his second need, after one blank line: [$under]"
	tr -d ' ' <"$TMP/cap" | grep -qF "$(vis 'فقط به کسانی نشان داده می‌شود' | tr -d ' ')"
	ok $? "$size: what his recent activity says begins there"
	grep -qF "$(vis 'دارند.')" "$TMP/cap"; ok $? "$size: and ends there, wrapped on the spare rows (was cut at 64 columns)"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')" >/dev/null; scr_keys y
	scr_wait "__EXIT__=0" >/dev/null
done
done_testing
