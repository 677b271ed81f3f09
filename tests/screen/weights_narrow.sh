# The weights editor in a terminal narrower than 80 columns (64, an SSH
# window beside another): the cells give way, and every weight is shown
# whole beside its row, four places, with every judgement.  Before, the
# grid stayed 68 columns wide and began off the screen: the weights'
# column, on the left in Persian, showed «۲» of ۰٫۳۲۴۲ and «۸» of ۰٫۱۱۴۸,
# a figure that is not the weight.  Persian and English; 80 columns as ever.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station HQ --name "ستاد استان" >/dev/null; ok $? "init"
# the default weights (hamyar ahp on the default judgements), four places
printf '1 1 3 3 5 5\n1 1 3 3 5 5\n1/3 1/3 1 1 2 2\n1/3 1/3 1 1 2 2\n1/5 1/5 1/2 1/2 1 1\n1/5 1/5 1/2 1/2 1 1\n' |
	"$HAMYAR" ahp | awk '/^weight/ { printf "%.4f\n", $3 }' >"$TMP/w"
is "$(wc -l <"$TMP/w" | tr -d ' ')" 6 "six default weights from hamyar ahp"
for size in 64x24 80x24; do
	for lang in fa en; do
		if [ $lang = fa ]; then
			menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
			ed=$(vis 'سطر چقدر از ستون مهم‌تر است؟')
			row1=$(vis 'فوریت'); third=$(vis '۱/۲'); fifth=$(vis '۱/۵')
		else
			menu='Main menu'; dash='Needs by county'
			ed='How much more important is the row than the column?'
			row1=Urgency; third=1/2; fifth=1/5
		fi
		SCR_SIZE=$size scr_start "$DB" --lang $lang
		scr_wait "$menu" >/dev/null; scr_keys 0
		scr_wait "$dash" >/dev/null; scr_keys F4
		scr_wait "TOPSIS" >/dev/null; scr_keys F6
		scr_wait "$ed" >/dev/null; scr_settle
		scr_cap >"$TMP/cap"
		# each weight once per row where it is, whole: its line holds
		# the weight and the row's judgements
		n=0
		while read -r w; do
			n=$((n + 1))
			if [ $lang = fa ]; then
				shown=$(printf '%s\n' "$w" | "$HAMYAR" text digits-fa | sed 's/\./٫/')
			else
				shown=$w
			fi
			grep -qF -- "$(vis "$shown")" "$TMP/cap"; ok $? "$size $lang: the weight $shown of row $n is shown whole"
		done <"$TMP/w"
		grep -F -- "$third" "$TMP/cap" | grep -qF -- "$fifth"; ok $? "$size $lang: the waiting row's judgements 1/2 and 1/5 on its line"
		grep -qF -- "$row1" "$TMP/cap"; ok $? "$size $lang: the rows' names shown"
		scr_keys F10; scr_wait "TOPSIS" >/dev/null
		scr_keys F10; scr_wait "$dash" >/dev/null
		scr_keys F10; scr_wait "$menu" >/dev/null
		scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size $lang: quits"
	done
done
done_testing
