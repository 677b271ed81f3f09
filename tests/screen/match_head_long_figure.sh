# The matching screen's head line at 40 and 44 columns with an id of an
# 8-letter station (MARAGHEH-20077) and a figure of 14 digits: what is
# cut is what matters least.  From a need: its id and its gap whole
# (without the unit, one space after the id), its title's first word
# whole or none of it; before, at 40 columns «MARAGHEH-20077  کسری…», the
# gap gone and «کسری» left hanging, and in English at 44 columns one
# letter of the title, «…د».  From a donor, whose free capacity of 14
# digits fits at neither: «خیّر» and his id whole and his name, the
# figure left out (as the dashboard's heading leaves out its total gap);
# before «خیّر MARAGHEH-10045  توان آزاد:…».  80 columns as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,kind,name,county,interests,capacity,active\n%s\n' \
    'MARAGHEH-10045,org,بنیاد نیکوکاری مهر آذر,TBZ,space,12345678901234,1' >"$TMP/d.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\n%s\n' \
    'MARAGHEH-20077,TST-1,space,دیوارکشی پاسگاه‌ مرزی شهرستان مرند,12345678901234,4,4,2000,1403/03/01,identified' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null
ok $? "a donor and a need of station MARAGHEH, of 14-digit figures"
"$HAMYAR" --db "$DB" match need MARAGHEH-20077 | grep -q '^MARAGHEH-10045 '; ok $? "they match"
GAP='۱۲٬۳۴۵٬۶۷۸٬۹۰۱٬۲۳۴'
head2() { scr_cap | sed -n 2p; }

# open LANG MENU-ENTRY-KEYS ID TITLE: the matching screen of ID at 80 columns
open() {
	scr_start "$DB" --lang $1
	if [ $1 = fa ]; then
		scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
		scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null; scr_keys F6
		scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
	else
		scr_wait "Main menu" >/dev/null; scr_keys 0
		scr_wait "Needs by county" >/dev/null; scr_keys F6
		scr_wait "From a donor: the needs that fit" >/dev/null
	fi
	scr_keys $2 Enter
	scr_type "$3"; scr_wait "$3" >/dev/null; scr_keys Enter
	scr_wait "$4" >/dev/null; ok $? "$1: the matching screen of $3"
	scr_settle
}
quit() {
	scr_resize 80 24
	scr_keys F10; scr_settle; scr_keys F10; scr_settle; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$1: exits"
}
size() { scr_resize $1 24; }

open fa Down MARAGHEH-20077 "$(vis 'خیّرین جور با یک نیاز')"
holds "$(head2)" "$(vis "نیاز MARAGHEH-20077  کسری $GAP ریال  دیوارکشی")" "fa 80 columns: the whole head"
size 40; h=$(head2)
holds "$h" "$(vis "MARAGHEH-20077 کسری $GAP")" "fa 40 columns: the id and the gap whole"
case $h in *…*) ok 1 "fa 40 columns: nothing cut: «$h»" ;; *) ok 0 "fa 40 columns: nothing cut" ;; esac
quit fa

open en Down MARAGHEH-20077 'Donors for a need'
for cols in 44 40; do
	size $cols; h=$(head2)
	holds "$h" "MARAGHEH-20077  gap 12,345,678,901,234" "en $cols columns: the id and the gap whole"
	case $h in *…*) ok 1 "en $cols columns: no piece of the title's first word: «$h»" ;;
	*) ok 0 "en $cols columns: no piece of the title's first word" ;; esac
done
quit en

open fa '' MARAGHEH-10045 "$(vis 'نیازهای جور با یک خیّر')"
holds "$(head2)" "$(vis "خیّر MARAGHEH-10045  توان آزاد: $GAP ریال  بنیاد")" "fa 80 columns: his free capacity and his name"
for cols in 44 40; do
	size $cols; h=$(head2)
	holds "$h" "$(vis 'خیّر MARAGHEH-10045  بنیاد نیکوکاری')" "fa $cols columns: «خیّر», his id and his name whole"
	case $h in *"$(vis 'توان آزاد')"*) ok 1 "fa $cols columns: no figure cut: «$h»" ;;
	*) ok 0 "fa $cols columns: no figure cut" ;; esac
done
quit fa
done_testing
