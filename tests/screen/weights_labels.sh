# The weights editor at 80x24 shows every criterion's name whole, over
# its column as beside its row, in English as in Persian.  Before, the
# English column heading "Population" was cut to "Populat…": six cells as
# wide as it, the row names and the weights need 84 columns.  Now the
# headings take two lines there, every other one on the line above.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station HQ --name "ستاد استان" >/dev/null; ok $? "init"

for lang in en fa; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
		ed=$(vis 'سطر چقدر از ستون مهم‌تر است؟')
		labels='فوریت اثرگذاری جمعیت کسری انتظار علاقه‌مندی'
	else
		menu='Main menu'; dash='Needs by county'
		ed='How much more important is the row than the column?'
		labels='Urgency Impact Population Gap Waiting Interest'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F4
	scr_wait "TOPSIS" >/dev/null; scr_keys F6
	scr_wait "$ed" >/dev/null; ok $? "$lang: the weights editor"
	scr_settle
	scr_cap >"$TMP/screen"
	# the lines above the first judgement row are the headings
	head=$(awk 'NR >= 2 && NR <= 4' "$TMP/screen")
	rows=$(awk 'NR >= 5 && NR <= 10' "$TMP/screen")
	for l in $labels; do
		v=$(if [ $lang = fa ]; then vis "$l"; else printf '%s' "$l"; fi)
		printf '%s\n' "$head" | grep -qF -- "$v"; ok $? "$lang: column heading «$l» whole"
		printf '%s\n' "$rows" | grep -qF -- "$v"; ok $? "$lang: row name «$l» whole"
	done
	grep -qF '…' "$TMP/screen"; is $? 1 "$lang: nothing cut on the screen"
	scr_cap | grep -qF -- "$(if [ $lang = fa ]; then vis 'وزن'; else echo Weight; fi)"; ok $? "$lang: the weights' heading"
	scr_keys F10; scr_wait "TOPSIS" >/dev/null
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: the program quits cleanly"
done
done_testing
