# The weights editor shows each weight to four places, as the ranking
# screen does (0.3968, not 0.397 beside the ranking's 0.3968), and at 80
# columns the six fit in their column beside the judgements, in Persian
# digits with the Persian decimal separator in Persian.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station HQ --name "ستاد استان" >/dev/null; ok $? "init"
# the default weights (hamyar ahp on the default judgements), four places
printf '1 1 3 3 5 5\n1 1 3 3 5 5\n1/3 1/3 1 1 2 2\n1/3 1/3 1 1 2 2\n1/5 1/5 1/2 1/2 1 1\n1/5 1/5 1/2 1/2 1 1\n' |
	"$HAMYAR" ahp | awk '/^weight/ { printf "%.4f\n", $3 }' >"$TMP/w"
is "$(wc -l <"$TMP/w" | tr -d ' ')" 6 "six default weights from hamyar ahp"
for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
		ed=$(vis 'سطر چقدر از ستون مهم‌تر است؟')
	else
		menu='Main menu'; dash='Needs by county'
		ed='How much more important is the row than the column?'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F4
	scr_wait "TOPSIS" >/dev/null; scr_keys F6
	scr_wait "$ed" >/dev/null; scr_settle
	scr_cap >"$TMP/cap.$lang"
	while read -r w; do
		if [ $lang = fa ]; then
			shown=$(printf '%s\n' "$w" | "$HAMYAR" text digits-fa | sed 's/\./٫/')
		else
			shown=$w
		fi
		grep -qF -- "$(vis "$shown")" "$TMP/cap.$lang"; ok $? "$lang: the weight $shown is shown to four places"
	done <"$TMP/w"
	scr_keys F10; scr_wait "TOPSIS" >/dev/null
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
