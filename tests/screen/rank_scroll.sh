# The ranking's list scrolls as the other lists do and says which needs it
# shows.  Before, its heading («روش: TOPSIS    نیازهای رتبه‌بندی‌شده: ۳۰»)
# gave no range of rows, though at 80x24 only some of 30 needs fit, and
# PgDn moved the selection a page without turning the page.  Now the
# heading says «۱–۱۱ از ۳۰» at its far end, and PgDn shows the next page
# with the heading following.  Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
    "$HAMYAR" --db "$DB" import units "$WORK_DATA/units.csv" >/dev/null
ok $? "a database with two units"
# 30 open needs, TST-20 .. TST-49, of different urgency, impact and cost
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	i=0; while [ $i -lt 30 ]; do
		printf 'TST-%d,TST-%d,space,تعمیر ساختمان شمارهٔ %d,%d000000,%d,%d,%d,1403/01/%02d,identified\n' \
		    $((20 + i)) $((i % 2 + 1)) $((i + 1)) $((40 + i * 7)) $((i % 5 + 1)) $((i * 3 % 5 + 1)) \
		    $((500 + i * 130)) $((i % 28 + 1))
		i=$((i + 1))
	done
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null; ok $? "30 open needs"
ORDER=$("$HAMYAR" --db "$DB" rank | sed 1d | awk '{print $2}')
is "$(printf '%s\n' "$ORDER" | wc -l | tr -d ' ')" 30 "hamyar rank ranks the 30"

# the needs' ids on the screen's list, top down (not the explanation's,
# whose line says Why / چرا)
ids() { scr_cap | grep -vF -e 'Why' -e "$(vis 'چرا')" | grep -oE 'TST-[0-9]+'; }
heading() { scr_cap | grep -F TOPSIS | head -n 1; }
nth() { printf '%s\n' "$ORDER" | sed -n "${1}p"; }
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
range() {
	if [ $lang = fa ]; then vis "$(fa "$1–$2 از $3")"; else echo "$1–$2 of $3"; fi
}

for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
	else
		menu='Main menu'; dash='Needs by county'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F4
	scr_wait "TOPSIS" >/dev/null; scr_settle
	k=$(ids | wc -l | tr -d ' ')
	[ "$k" -ge 2 ] && [ "$k" -lt 30 ]; ok $? "$lang 80x24: some of the 30 needs are listed ($k rows)"
	is "$(ids | head -n "$k" | tr '\n' ' ')" "$(printf '%s\n' "$ORDER" | head -n "$k" | tr '\n' ' ')" \
	    "$lang 80x24: the first $k in hamyar rank's order"
	holds "$(heading)" "$(range 1 "$k" 30)" "$lang 80x24: the heading says needs 1-$k of 30"
	scr_keys PgDn; scr_settle
	is "$(ids | head -n 1)" "$(nth $((k + 1)))" "$lang 80x24: PgDn turns the page: need $((k + 1)) at the top"
	holds "$(heading)" "$(range $((k + 1)) $((2 * k)) 30)" "$lang 80x24: the heading then says $((k + 1))-$((2 * k)) of 30"
	scr_keys End; scr_settle
	is "$(ids | sed -n "${k}p")" "$(nth 30)" "$lang 80x24: End shows the 30th need last"
	holds "$(heading)" "$(range $((30 - k + 1)) 30 30)" "$lang 80x24: the heading says $((30 - k + 1))-30 of 30"
	scr_keys F1; scr_wait "┌" >/dev/null
	scr_cap | grep -qF "PgUp/PgDn"; ok $? "$lang: F1 names the keys that move through the needs"
	is "$(scr_cap | grep -o '│.*│' | grep -c '…')" 0 "$lang: no line of the help is cut"
	scr_keys Escape; scr_gone "┌" >/dev/null
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
