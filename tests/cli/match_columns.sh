# `hamyar match` and `rank --explain` write their figures in columns that
# line up.  Before, each amount was written as wide as itself: a gap of
# ۱٬۲۸۰٬۰۰۰٬۰۰۰ pushed its need's title two columns past the titles after
# ۴۵۰٬۰۰۰٬۰۰۰ (`match donor`), a donor's capacity his name (`match need`),
# and a population of ۴۵٬۰۰۰ its criterion's part five columns past
# urgency's «۴  -> 0.4236» (`rank --explain`), so an auditor could not
# read a column down.  Now the figures are right-aligned to the widest of
# their column, each still one word of its line.  Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "init"
{
	echo "id,kind,name,county"
	echo "TST-1,station,کلانتری ۱۷ تبريز,TBZ"
} >"$TMP/units.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-10,TST-1,equipment,دوربین‌های نظارتی ميدان ساعت,۱٬۲۸۰٬۰۰۰٬۰۰۰,5,4,45000,1404/02/10,approved"
	echo "TST-11,TST-1,equipment,بی‌سیم گشت ۲ عدد,450000000,4,3,800,1404/11/05,assessed"
	echo "TST-12,TST-1,equipment,چراغ‌های LED پاسگاه,90000000,2,2,12,1405/01/05,identified"
} >"$TMP/needs.csv"
{
	echo "id,kind,name,county,interests,capacity"
	echo "TST-20,org,شرکت حمل‌ونقل سهند,TBZ,equipment,3020000000"
	echo "TST-21,person,الهه اسدی,TBZ,equipment,450000000"
	echo "TST-22,person,علي‌رضا كريمي,TBZ,equipment,50000000"
} >"$TMP/donors.csv"
"$HAMYAR" --db "$DB" import units "$TMP/units.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null
ok $? "three needs of gaps 1,280,000,000, 450,000,000 and 90,000,000; three donors"

# the display column where TEXT starts on each line (the width of what
# is before it, as a terminal shows it: a Persian letter or digit one
# column, a ZWNJ none: wc -L), the distinct columns one per line
starts() { while IFS= read -r l; do printf '%s\n' "${l%%"$1"*}" | wc -L; done | sort -u; }
one_column() {	# FILE WORD NAME: WORD starts at one column on every line
	n=$(grep -F -- "$2" "$1" | starts "$2" | wc -l | tr -d ' ')
	is "$n" 1 "$3" || sed 's/^/# /' "$1"
}

for lang in fa en; do
	"$HAMYAR" --lang $lang --db "$DB" match donor TST-20 >"$TMP/d"; ok $? "$lang: match donor TST-20"
	is "$(wc -l <"$TMP/d" | tr -d ' ')" 3 "$lang: ... his three needs"
	# each title's first word, at the same column
	{ grep -F 'TST-10' "$TMP/d" | starts 'دوربین'; grep -F 'TST-11' "$TMP/d" | starts 'بی‌سیم';
	  grep -F 'TST-12' "$TMP/d" | starts 'چراغ'; } | sort -u >"$TMP/cols"
	is "$(wc -l <"$TMP/cols" | tr -d ' ')" 1 "$lang: ... the titles start in one column"
	is "$(awk '{ print NF }' "$TMP/d" | sed -n 1p)" 8 "$lang: ... each figure one word (id, score, fit, gap, then the title's four words)"

	"$HAMYAR" --lang $lang --db "$DB" match need TST-11 >"$TMP/n"; ok $? "$lang: match need TST-11"
	{ grep -F 'TST-20' "$TMP/n" | starts 'شرکت'; grep -F 'TST-21' "$TMP/n" | starts 'الهه';
	  grep -F 'TST-22' "$TMP/n" | starts 'علی‌رضا'; } | sort -u >"$TMP/cols"
	is "$(wc -l <"$TMP/cols" | tr -d ' ')" 1 "$lang: ... the donors' names start in one column"

	"$HAMYAR" --lang $lang --db "$DB" rank --explain >"$TMP/r"; ok $? "$lang: rank --explain"
	# the first need's six criteria: their parts («->») in one column
	sed -n 3,8p "$TMP/r" >"$TMP/r1"
	one_column "$TMP/r1" '->' "$lang: ... the first need's six parts start in one column"
done
done_testing
