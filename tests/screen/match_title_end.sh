# On the matching screen at 80 columns, two need titles that differ only
# at their end («... بخش شمالی», «... بخش جنوبی») are told apart: a title
# too long for its column is cut in its middle, its start and its end kept
# with an ellipsis between, in the rows and in the preview of the pledge.
# Before, both were cut at their end and read the same («بازسازی ساختمان
# و تعمیر سقف و…»).  Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\n%s\n%s\n' \
    'TST-30,TST-1,space,بازسازی ساختمان و تعمیر سقف و دیوارهای کلانتری شمارهٔ ۱۲ تبريز، بخش شمالی,90000000,4,4,2000,1403/03/01,identified' \
    'TST-31,TST-1,space,بازسازی ساختمان و تعمیر سقف و دیوارهای کلانتری شمارهٔ ۱۲ تبريز، بخش جنوبی,90000000,4,4,2000,1403/03/01,identified' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "two needs whose titles differ only at their end"
"$HAMYAR" --db "$DB" match donor TST-10 | grep -c '^TST-3[01] ' | grep -qx 2; ok $? "both fit the donor TST-10"

n30=$("$HAMYAR" --db "$DB" match donor TST-10 | awk '{print $1}' | grep -n '^TST-31$' | cut -d: -f1)
for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
		bydonor=$(vis 'از یک خیّر: نیازهای جور با او'); t2=$(vis 'نیازهای جور با یک خیّر')
		to=$(vis 'برای نیاز TST-31')
	else
		menu='Main menu'; dash='Needs by county'
		bydonor='From a donor: the needs that fit'; t2='Needs for a donor'; to='to need TST-31'
	fi
	north=$(vis 'بخش شمالی') south=$(vis 'بخش جنوبی') start=$(vis 'بازسازی ساختمان')
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F6
	scr_wait "$bydonor" >/dev/null; scr_keys Enter
	scr_type 'TST-10'; scr_wait "TST-10" >/dev/null; scr_keys Enter
	scr_wait "$t2" >/dev/null; scr_settle
	row_has "TST-30" "$north"; ok $? "$lang: TST-30's row ends its title with «بخش شمالی»"
	row_has "TST-31" "$south"; ok $? "$lang: TST-31's row with «بخش جنوبی»"
	row_has "TST-31" "$start"; ok $? "$lang: ... and keeps its start, «بازسازی ساختمان»"
	# the rows but for their ids (their figures are the same)
	a=$(scr_cap | grep 'TST-30' | sed 's/TST-30//') b=$(scr_cap | grep 'TST-31' | sed 's/TST-31//')
	[ "$a" != "$b" ]; ok $? "$lang: the two rows' titles differ"
	scr_keys Home; k=$n30; while [ "${k:-1}" -gt 1 ]; do scr_keys Down; k=$((k - 1)); done
	scr_keys Enter; scr_wait "$to" >/dev/null; scr_settle
	row_has "$to" "$south"; ok $? "$lang: the preview names TST-31 with its title's end"
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
