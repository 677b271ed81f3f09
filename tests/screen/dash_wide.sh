# The dashboard's county bars use the width of the terminal: the bar takes
# the row the county, needs and gap columns leave (the gap keeps its 18
# cells by the screen's edge), where before it stopped at 40 cells from 120
# columns on, and at 200 columns stood as short as at 80 with a wide empty
# space before the gap.  The bars keep their proportions (Ahar 160,000,000
# of Tabriz's 380,000,000 estimated) and, in Persian, start at the right
# with the pledged part before the gap part; in English they start at the
# left.  At 80x24, 120x30 and 200x40.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: Tabriz's needs estimated at 380,000,000, Ahar's at 160,000,000 with 115,000,000 pledged"

# bar ROW-TEXT: "FIRST LAST CELLS SHAPE" of the bar on the screen's row that
# holds ROW-TEXT: the columns (0-based) of its first and last cells, their
# number, and its glyphs in order with each run squeezed to one ("░▓").
bar() {
	scr_cap | grep -F -- "$1" | grep '[█▓░]' | head -n 1 | python3 -c '
import sys
row = sys.stdin.readline().rstrip("\n")
at = [i for i, ch in enumerate(row) if ch in "█▓░"]
shape = "".join(ch for i, ch in enumerate(row) if i in at and (i - 1 not in at or row[i - 1] != ch))
print(at[0], at[-1], len(at), shape) if at else print("- - 0 -")'
}

last=0
for size in 80x24 120x30 200x40; do
	cols=${size%x*}
	tm kill-server >/dev/null 2>&1
	work_open "$DB"
	scr_resize "$cols" "${size#*x}"
	scr_wait "$(vis 'تبریز')" >/dev/null
	set -- $(bar "$(vis 'تبریز')"); first=$1 n=$3
	# RTL: the gap column (18 cells and its space) is left of the bar, one
	# cell in from the screen's edge
	is "$first" 20 "fa $size: Tabriz's bar (the largest) reaches the gap column"
	[ "$n" -gt "$last" ]; ok $? "fa $size: the bar ($n cells) is longer than at the narrower size ($last)"
	last=$n
	set -- $(bar "$(vis 'اهر')"); ahar=$3 shape=$4
	# 160 of 380 of the bar, to a cell
	d=$((ahar * 380 - n * 160)); [ "$d" -lt 0 ] && d=$((-d))
	[ "$d" -le 380 ]; ok $? "fa $size: Ahar's bar is 160/380 of Tabriz's ($ahar of $n cells)"
	is "$shape" "░▓" "fa $size: Ahar's pledged part starts at the right, its gap after it to the left"
	row_has "$(vis 'تبریز')" "۳۸۰٬۰۰۰٬۰۰۰"; ok $? "fa $size: Tabriz's gap beside its bar"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done

tm kill-server >/dev/null 2>&1
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county"; ok $? "en: the dashboard"
scr_resize 200 40
set -- $(bar "Tabriz"); last=$2 n=$3
is "$last" 179 "en 200x40: Tabriz's bar reaches the gap column on the right"
is "$n" 159 "en 200x40: the bar takes the rest of the row (200 - 2 - 12 - 6 - 18 - 3 cells)"
set -- $(bar "Ahar"); is "$4" "▓░" "en 200x40: Ahar's pledged part starts at the left"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
