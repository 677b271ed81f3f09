# The matching screen's id column is as wide as the longest id it lists: a
# station code may have 8 letters, and a donor or need brought from such a
# station (MARAGHEH-10045) lost its number, «MARAGHEH-…», in a column of 10
# cells: the one thing that tells two «شرکت خیّر» apart.  Both directions,
# Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,kind,name,county,interests,capacity,active\n%s\n' \
    'MARAGHEH-10045,org,شركت خیّر‌ها Azar,TBZ,equipment,70000000,1' >"$TMP/d.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\n%s\n' \
    'MARAGHEH-20077,TST-1,space,دیوارکشی پاسگاه‌ مرزی,90000000,4,4,2000,1403/03/01,identified' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null
ok $? "a donor and a need of station MARAGHEH"
"$HAMYAR" --db "$DB" match need TST-21 | grep -q '^MARAGHEH-10045 '; ok $? "hamyar match need TST-21 lists MARAGHEH-10045"
"$HAMYAR" --db "$DB" match donor TST-10 | grep -q '^MARAGHEH-20077 '; ok $? "hamyar match donor TST-10 lists MARAGHEH-20077"

rows() { scr_cap | sed 1,2d; }
for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
		byneed=$(vis 'از یک نیاز: خیّرین جور با آن'); bydonor=$(vis 'از یک خیّر: نیازهای جور با او')
		t1=$(vis 'خیّرین جور با یک نیاز'); t2=$(vis 'نیازهای جور با یک خیّر')
	else
		menu='Main menu'; dash='Needs by county'
		byneed='From a need: the donors that fit'; bydonor='From a donor: the needs that fit'
		t1='Donors for a need'; t2='Needs for a donor'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F6
	scr_wait "$byneed" >/dev/null; scr_keys Down Enter
	scr_type 'TST-21'; scr_wait "TST-21" >/dev/null; scr_keys Enter
	scr_wait "$t1" >/dev/null; scr_settle
	rows | grep -qF 'MARAGHEH-10045'; ok $? "$lang: the donor's id MARAGHEH-10045 whole"
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F6; scr_wait "$bydonor" >/dev/null; scr_keys Enter
	scr_type 'TST-10'; scr_wait "TST-10" >/dev/null; scr_keys Enter
	scr_wait "$t2" >/dev/null; scr_settle
	rows | grep -qF 'MARAGHEH-20077'; ok $? "$lang: the need's id MARAGHEH-20077 whole"
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
