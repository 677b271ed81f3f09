# The matching screen's list scrolls as the ranking and the lists do, keys
# only, at 80x24.  Before, a need with 40 fitting donors showed the first
# page and nothing else: PgDn, End (and PgUp, Home) did nothing, so most
# donors could only be reached with Down, one row at a time, and the head
# line did not say that only some of the 40 were shown.  Now the head line
# says «۱–N از ۴۰» at its far end, PgDn shows the next page and End the
# last donor.  Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# 40 more donors in Tabriz interested in equipment (TST-21's category),
# names as clerks type them: Arabic kaf and yeh, ZWNJ, Latin and digits
{
	echo "id,kind,name,county,interests,capacity,active"
	i=0; while [ $i -lt 40 ]; do
		printf 'TST-%d,org,شركت خیّر‌ها Azar %d تبريز,TBZ,equipment,%d000000,1\n' \
		    $((100 + i)) $i $((30 + i * 5))
		i=$((i + 1))
	done
} >"$TMP/donors.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null; ok $? "40 donors more"
ORDER=$("$HAMYAR" --db "$DB" match need TST-21 | awk '{print $1}')
N=$(printf '%s\n' "$ORDER" | wc -l | tr -d ' ')
is "$N" 42 "hamyar match need TST-21 finds 42 donors"
nth() { printf '%s\n' "$ORDER" | sed -n "${1}p"; }
# the donors' ids on the list, top down (not the head line's need)
ids() { scr_cap | sed 1,3d | grep -oE 'TST-[0-9]+'; }
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
range() {
	if [ $lang = fa ]; then vis "$(fa "$1–$2 از $3")"; else echo "$1–$2 of $3"; fi
}

for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
		item='از یک نیاز: خیّرین جور با آن'; title=$(vis 'خیّرین جور با یک نیاز')
	else
		menu='Main menu'; dash='Needs by county'
		item='From a need: the donors that fit'; title='Donors for a need'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F6
	scr_wait "$(if [ $lang = fa ]; then vis "$item"; else echo "$item"; fi)" >/dev/null
	scr_keys Down Enter
	scr_type 'TST-21'; scr_wait "TST-21" >/dev/null; scr_keys Enter
	scr_wait "$title" >/dev/null; scr_settle
	k=$(ids | wc -l | tr -d ' ')
	[ "$k" -ge 2 ] && [ "$k" -lt 42 ]; ok $? "$lang 80x24: some of the 42 donors are listed ($k rows)"
	is "$(ids | tr '\n' ' ')" "$(printf '%s\n' "$ORDER" | head -n "$k" | tr '\n' ' ')" \
	    "$lang 80x24: the first $k in hamyar match's order"
	holds "$(scr_cap | sed -n 2p)" "$(range 1 "$k" 42)" "$lang 80x24: the head line says donors 1-$k of 42"
	scr_keys PgDn; scr_settle
	is "$(ids | head -n 1)" "$(nth $((k + 1)))" "$lang 80x24: PgDn turns the page: donor $((k + 1)) at the top"
	holds "$(scr_cap | sed -n 2p)" "$(range $((k + 1)) $((2 * k)) 42)" "$lang 80x24: the head line then says $((k + 1))-$((2 * k)) of 42"
	scr_keys End; scr_settle
	is "$(ids | tail -n 1)" "$(nth 42)" "$lang 80x24: End shows the 42nd donor last"
	scr_keys Home; scr_settle
	is "$(ids | head -n 1)" "$(nth 1)" "$lang 80x24: Home goes back to the first"
	scr_keys F1; scr_wait "┌" >/dev/null
	scr_cap | grep -qF "PgUp/PgDn"; ok $? "$lang: F1 names the keys that move through the matches"
	scr_keys Escape; scr_gone "┌" >/dev/null
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
