# The ranking's list and the ceremonies' list have two cells between
# columns, as the lists and the need's pledges do: at 80 columns, one cell
# made «Rank Id» and «رتبه شناسه» read as one heading, a county as long as
# its column (Bostanabad) the first word of the need's title beside it
# («Bostanabad بستان‌آباد ...»), and «Donors Place» one heading.  Each
# heading line is its labels with two or more spaces between them; the
# county and the title are two runs.  Persian and English, 80x24.
# The ceremonies' title comes before their place, as in the recognitions'
# list (main menu 8): before, the dashboard's F7 had the place first.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'id,kind,name,county\nTST-3,post,پاسگاه بستان‌آباد,BST\n' >"$TMP/u.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\n%s\n' \
    'TST-25,TST-3,space,انبار مرکزی بستان‌آباد,90000000,5,5,9000,1403/01/10,approved' >"$TMP/n.csv"
printf 'id,held_on,title,place,donors\n%s\n' \
    'TST-26,1403/10/15,تجلیل از خيّرین,سالن همایش,TST-10 TST-11' >"$TMP/r.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null
ok $? "fixture: a need of Bostanabad, a ceremony"

# runs LINE: the texts of LINE between gaps of two or more spaces, one a line
runs() { printf '%s\n' "$1" | sed 's/^ *//; s/ *$//; s/   */\n/g'; }
# heading TEXT LABEL...: the screen's line holding TEXT is LABELs, in the
# screen's order, two or more spaces apart
heading() {
	l=$(scr_cap | grep -F -- "$1" | head -n 1); shift
	got=$(runs "$l" | tr '\n' '|')
	want=$(for t in "$@"; do v "$t"; done | tr '\n' '|')
	[ "$got" = "$want" ] || { printf '# got:      %s\n# expected: %s\n' "$got" "$want"; return 1; }
}

for lang in fa en; do
	if [ $lang = fa ]; then
		v() { vis "$1"; }
		menu='منوی اصلی'; dash='نیازها به تفکیک شهرستان'
		rank='امتیاز'; set -- 'عنوان' 'شهرستان' 'امتیاز' 'شناسه' 'رتبه'
		county='بستان‌آباد'
		cer='مکان'; cerh='مکان|عنوان|خیّرین|تاریخ|شناسه'
	else
		v() { printf '%s\n' "$1"; }
		menu='Main menu'; dash='Needs by county'
		rank='Score'; set -- 'Rank' 'Id' 'Score' 'County' 'Title'
		county='Bostanabad'
		cer='Place'; cerh='Id|Date|Donors|Title|Place'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$(v "$menu")" >/dev/null; scr_keys 0
	scr_wait "$(v "$dash")" >/dev/null; scr_keys F4
	scr_wait "TST-25"; ok $? "$lang: the ranking lists TST-25"
	heading "$(v "$rank")" "$@"; ok $? "$lang: the ranking's five headings, two cells apart"
	row=$(scr_cap | grep -F TST-25)
	runs "$row" | grep -qxF -- "$(v "$county")"
	ok $? "$lang: TST-25's county stands apart from its title"
	runs "$row" | grep -qxF -- "$(vis 'انبار مرکزی بستان‌آباد')"
	ok $? "$lang: and the title stands whole on its own"
	scr_keys F10; scr_wait "$(v "$dash")" >/dev/null; scr_keys F7
	scr_wait "TST-26"; ok $? "$lang: the ceremonies list TST-26"
	IFS='|'; set -- $cerh; unset IFS
	heading "$(v "$cer")" "$@"; ok $? "$lang: the ceremonies' five headings, two cells apart"
	scr_keys F10; scr_wait "$(v "$dash")" >/dev/null
	scr_keys F10; scr_wait "$(v "$menu")" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
