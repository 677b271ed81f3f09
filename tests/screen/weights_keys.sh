# The weights editor, keys only: Shift-Tab goes back a judgement, as Tab
# goes forward (SPEC §7: Tab / Shift-Tab next / previous field).  Before,
# Shift-Tab did nothing: a supervisor who tabbed one cell too far and
# typed a judgement set the wrong pair, and F2 saved it.  Here: Tab Tab
# Shift-Tab then 5 sets urgency over population (row 1, column 3), and the
# weights saved are those hamyar ahp gives for that matrix.  Also Shift-Tab
# at a row's first judgement goes to the end of the row above.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station HQ --name "ستاد استان" >/dev/null; ok $? "init"

# the default matrix (core_rank_default_matrix) with m[r][c] = v and its
# reciprocal
matrix() {
	awk -v r="$1" -v c="$2" -v v="$3" 'BEGIN {
	    split("1 1 3 3 5 5|1 1 3 3 5 5|1/3 1/3 1 1 2 2|1/3 1/3 1 1 2 2|1/5 1/5 1/2 1/2 1 1|1/5 1/5 1/2 1/2 1 1", rows, "|")
	    for (i = 1; i <= 6; i++) { n = split(rows[i], a, " ")
	        for (j = 1; j <= 6; j++) { x = a[j]
	            if (i == r && j == c) x = v
	            if (i == c && j == r) x = "1/" v
	            printf "%s%s", x, (j < 6 ? " " : "\n") } } }'
}
# the weights as rank --json prints them, six decimals, in criteria order
saved() { "$HAMYAR" --db "$DB" rank --json | sed 's/.*"weights": {//; s/}.*//; s/"[a-z]*": //g; s/,//g'; }
ahp() { matrix "$@" | "$HAMYAR" ahp | awk '/^weight/ { printf "%s%s", n++ ? " " : "", $3 } END { print "" }'; }

for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
		ed=$(vis 'سطر چقدر از ستون مهم‌تر است؟'); saved_msg=$(vis 'وزن‌ها ذخیره شد')
	else
		menu='Main menu'; dash='Needs by county'
		ed='How much more important is the row than the column?'; saved_msg='Weights saved'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F4
	scr_wait "TOPSIS" >/dev/null; scr_keys F6
	scr_wait "$ed" >/dev/null
	if [ $lang = fa ]; then
		# the cursor starts at urgency / impact (1, 2): Tab Tab to (1, 4),
		# Shift-Tab back to (1, 3)
		scr_keys Tab Tab BTab 5 F2
		want=$(ahp 1 3 5)
	else
		# (2, 3): Down; then Shift-Tab from (2, 3), the row's first
		# judgement, goes to (1, 6), urgency / interest
		scr_keys Down BTab 7 F2
		want=$(ahp 1 6 7)
	fi
	scr_wait "$saved_msg"; ok $? "$lang: F2 saves the weights"
	is "$(saved)" "$want" "$lang: the judgement set is the one Shift-Tab went back to"
	scr_keys F10; scr_wait "TOPSIS" >/dev/null
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
	# back to the default weights for the next round
	rm -rf "$DB"; "$HAMYAR" --db "$DB" init --station HQ --name "ستاد استان" >/dev/null
done
done_testing
