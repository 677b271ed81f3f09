# The head line of the matching screen from a need keeps the start of
# the need's title at 50 and 40 columns, cut at a word's start, its id
# and its gap whole: where «ریال» and the words before the id left no
# room for the title's first word, the gap goes without its unit, then
# the word «نیاز» (the screen's title says it) is left off; «کسری» stays
# between the id and the figure.  Before, the head ended at the gap
# («… ۱۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال» at 50 columns, «… ۲۱۰٬۰۰۰٬۰۰۰ ریال…» at 40), no
# word of the title left.  80 and 64 columns as they were.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\n%s\n%s\n' \
    'TST-40,TST-1,space,استانداردسازی تجهیزات ایمنی پاسگاه‌های مرزی شهرستان مرند,12500000000,4,4,2000,1403/03/01,identified' \
    'TST-41,TST-1,space,بسته‌های معیشتی کارکنان کلانتری ۱۵ مرند,210000000,4,4,2000,1403/03/01,identified' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "two needs, of a gap of 12,500,000,000 and 210,000,000 rials"
"$HAMYAR" --db "$DB" match need TST-40 | grep -q '^TST-'; ok $? "donors fit TST-40"
"$HAMYAR" --db "$DB" match need TST-41 | grep -q '^TST-'; ok $? "donors fit TST-41"
head2() { scr_cap | sed -n 2p; }

# need id, its gap, its title's first word, the widths to look at
look() {
	work_open "$DB"
	scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
	scr_keys Down; scr_keys Enter
	scr_type "$1"; scr_wait "$1" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "$1: the donors that fit it"
	scr_settle
	holds "$(head2)" "$(vis "نیاز $1  کسری $2 ریال  $3")" "$1 80 columns: the whole head"
	scr_resize 64 24
	holds "$(head2)" "$(vis "نیاز $1  کسری $2 ریال  $3")" "$1 64 columns: the head as at 80, its title's start"
	shift 3
	for cols in "$@"; do
		scr_resize $cols 24
		h=$(head2)
		holds "$h" "$id" "$id $cols columns: the id"
		holds "$h" "$(vis "کسری $gap")" "$id $cols columns: the gap whole"
		holds "$h" "$(vis "$first…")" "$id $cols columns: the title's first word, whole, cut after it"
	done
	scr_resize 80 24
	scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0"; ok $? "$id: exits"
}
id=TST-40 gap='۱۲٬۵۰۰٬۰۰۰٬۰۰۰' first='استانداردسازی'
look $id $gap $first 50
id=TST-41 gap='۲۱۰٬۰۰۰٬۰۰۰' first='بسته‌های'
look $id $gap $first 50 40
done_testing
