# The ranking screen with more than 999 open needs (a province has ~10^4):
# the rank column is as wide as the largest rank, so rank 1,200 reads
# «۱٬۲۰۰» whole.  Before, the column was four cells whatever the count and
# every rank from 1,000 on was cut to «۱٬۲…», the one figure a supervisor
# reads the list by.  Likewise the id column is as wide as the longest id:
# a station code may have 8 letters (MARAGHEH-10045 was «MARAGHEH-…»),
# here and in the dashboard's top-ranked needs.
# Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
    "$HAMYAR" --db "$DB" import units "$WORK_DATA/units.csv" >/dev/null
ok $? "a database with two units"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	# one need of another station, with a long code, ranked first
	echo "MARAGHEH-10045,TST-1,equipment,بی‌سیم‌های گشت مراغه,5000000,5,5,90000,1402/01/01,identified"
	i=0; while [ $i -lt 1199 ]; do
		printf 'TST-%d,TST-%d,equipment,خرید بی‌سيم شمارهٔ %d,%d000000,%d,%d,%d,1403/%02d/%02d,identified\n' \
		    $((100 + i)) $((i % 2 + 1)) $i $((10 + i % 97)) $((i % 5 + 1)) $((i * 3 % 5 + 1)) \
		    $((100 + i * 7)) $((i % 12 + 1)) $((i % 28 + 1))
		i=$((i + 1))
	done
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null; ok $? "1,200 open needs"
LAST=$("$HAMYAR" --db "$DB" rank | tail -n 1 | awk '{print $2}')

for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان'); r1200='۱٬۲۰۰'; r1199='۱٬۱۹۹'
	else
		menu='Main menu'; dash='Needs by county'; r1200='1,200'; r1199='1,199'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null 20; scr_settle
	# the dashboard's top-ranked needs: MARAGHEH-10045 first, whole
	scr_cap | sed 1,2d | grep -qF 'MARAGHEH-10045'
	ok $? "$lang 80x24: the dashboard's top-ranked list shows MARAGHEH-10045 whole"
	scr_keys F4
	scr_wait "TOPSIS" >/dev/null 20; scr_settle
	scr_cap | sed 1,3d | grep -vF -e 'Why' -e "$(vis 'چرا')" | grep -qF 'MARAGHEH-10045'
	ok $? "$lang 80x24: the long id MARAGHEH-10045 whole on the list"
	scr_keys End; scr_settle
	row=$(scr_cap | grep -F -- "$LAST" | grep -vF -e 'Why' -e "$(vis 'چرا')")
	holds "$row" "$r1200" "$lang 80x24: the last need's row shows its rank, $r1200, whole"
	is "$(scr_cap | grep -c -- "$r1199")" 1 "$lang 80x24: rank $r1199 whole too"
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
