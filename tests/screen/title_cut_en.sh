# A Persian name cut to fit on an English screen (--lang en) keeps its
# logical start, and the ellipsis stands at its logical end: on the left of
# the piece kept, since Persian runs right to left even in an English line.
# Before, a cut that fell just after a number («کلانتری ۱۲») put the
# ellipsis after the paragraph's direction (a left-to-right mark, as after
# the digits, which are laid out left to right): at the far right, next to
# the name's first word, as if the name had been cut at its start.  In the
# terminal's bidi mode the same mark made the terminal do the same.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
KEPT='فرماندهی انتظامی آذربایجان شرقی، شهرستان مرند، کلانتری ۱۲'
NAME="$KEPT و پاسگاه‌های بخش مرکزی"
"$HAMYAR" --db "$DB" init --station TBZ --name "$NAME" >/dev/null; ok $? "a station with a long name"
# a need whose title, after "Need TST-20: ", is cut just after its number
. "$HAMYAR_SRC/tests/screen/work.inc"
work_fixture "$TMP/w"; ok $? "a database with needs"
KNEED='ساخت اتاق نگهبانی و دیوار پیرامونی پاسگاه انتظامی بخش هریس با ۱۲'
printf 'id,title\nTST-20,%s دوربین مداربسته\n' "$KNEED" >"$TMP/n.csv"
"$HAMYAR" --db "$TMP/w" import needs "$TMP/n.csv" >/dev/null; ok $? "... one of them with a long title"
# An English screen shows Latin digits.
latin() { printf '%s\n' "$1" | sed 's/۱/1/g; s/۲/2/g'; }

for mode in app terminal; do
	HAMYAR_BIDI=$mode scr_start "$DB" --lang en
	# the line as the user sees it: in the terminal's mode the terminal
	# lays it out (an English line: left to right)
	if [ $mode = app ]; then seen() { cat; }; else seen() { "$HAMYAR" layout --dir ltr; }; fi
	scr_wait "Main menu" >/dev/null; ok $? "$mode: the main menu in English"
	bar=$(scr_cap | sed -n 1p | seen)
	holds "$bar" " Hamyar — $(vis "$(latin "$KEPT")…")" "$mode: the station's name cut after its number: its first words, the ellipsis at its end"
	holds "$bar" "Main menu" "$mode: ... and the screen's title whole"
	HAMYAR_BIDI=$mode scr_start "$TMP/w" --lang en
	scr_wait "Main menu" >/dev/null
	scr_keys 0; scr_wait "TST-20" >/dev/null; scr_keys Enter
	scr_wait "Need TST-20:" >/dev/null; ok $? "$mode: the stages of need TST-20"
	head=$(scr_cap | grep -F "Need TST-20:" | seen)
	holds "$head" " Need TST-20: $(vis "$(latin "$KNEED")…")" "$mode: its heading, the title cut after its number: its first words, the ellipsis at its end"
done
done_testing
