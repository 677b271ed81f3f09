# `import` on a terminal draws a progress bar on stderr; a bar left short
# of 100% (the import found bad rows, or a dry run stops before writing)
# must not have what follows written on its line, after "99%": a clerk
# reads the first error as "...] 99%sheet.csv: سطر 3002 ...".  The bar
# is wiped first, so each message and the dry run's summary start a line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "init"
# A station's donor sheet: 3000 good rows, enough for the bar to show,
# then one with a county that is none.
{
	echo "نام و نام خانوادگی,نوع,شهرستان,موبایل"
	i=1000
	while [ $i -lt 4000 ]; do
		echo "زهرا نوروزی‌فر $i,person,مرند,0914123$i"
		i=$((i + 1))
	done
	echo "علي كريمي,person,شهرستان ناکجا,09141239999"
} >"$TMP/s.csv"
screen_lines() { tm capture-pane -p -J -t main; }

SCR_LOG="$TMP/log" scr_start "$DB" import donors "$TMP/s.csv"
scr_wait "__EXIT__=1" 30; ok $? "the import is refused"
grep -q '\] *[0-9]*%' "$TMP/log"; ok $? "a progress bar was drawn"
screen_lines | grep -qE '%[^ ]'; [ $? -ne 0 ]; ok $? "nothing written after the bar's percentage"
screen_lines | grep -q "^$TMP/s.csv: سطر 3002، ستون 3"; ok $? "the row's error starts a line"

scr_start "$DB" import donors "$TMP/s.csv" --dry-run
scr_wait "__EXIT__=1" 30; ok $? "the dry run finds the row too"
screen_lines | grep -qE '%[^ ]'; [ $? -ne 0 ]; ok $? "dry run: nothing written after the percentage"

# Without the bad row: the dry run's summary on stdout, after the bar.
sed -i '$d' "$TMP/s.csv"
scr_start "$DB" import donors "$TMP/s.csv" --dry-run
scr_wait "__EXIT__=0" 30; ok $? "the dry run of the good rows"
screen_lines | grep -q '^۳۰۰۰ ردیف درست است'; ok $? "its summary starts a line"
screen_lines | grep -qE '%[^ ]'; [ $? -ne 0 ]; ok $? "nothing written after the percentage"
done_testing
