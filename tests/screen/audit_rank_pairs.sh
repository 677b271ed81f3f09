# The audit screen shows a change of the ranking's comparisons by the
# judgement that changed, and of its weights by criterion.  The stored
# values are 36 judgements and 6 weights in a row, cut at 80 columns after
# about ten: a change of waiting : interest (the last judgement) showed as
# «1 1 3 3 5 5 1 1 3 3 5 5… → 1 1 3 3 5 5 1 1 3 3 5 5…», the same on both
# sides, and nobody could tell which comparison anyone had changed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station HQ >/dev/null 2>&1; ok $? "a database (its owner is admin)"
# the default judgements with waiting : interest 3, and their weights
{
	printf '1 1 3 3 5 5\n1 1 3 3 5 5\n1/3 1/3 1 1 2 2\n1/3 1/3 1 1 2 2\n'
	printf '1/5 1/5 1/2 1/2 1 3\n1/5 1/5 1/2 1/2 1/3 1\n'
} | "$HAMYAR" ahp >"$TMP/w"
ww=$(awk '$2 == 5 { printf "%.4f", $3 }' "$TMP/w")
wi=$(awk '$2 == 6 { printf "%.4f", $3 }' "$TMP/w")

for lang in en fa; do
	rm -rf "$DB"; "$HAMYAR" --db "$DB" init --station HQ >/dev/null 2>&1
	if [ $lang = en ]; then
		menu='Main menu'; dash='Needs by county'; ed='Ranking weights (AHP)'
		saved='Weights saved'; log='Audit log'
	else
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
		ed=$(vis 'وزن‌های رتبه‌بندی (AHP)'); saved=$(vis 'وزن‌ها ذخیره شد')
		log=$(vis 'گزارش تغییرات')
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F4
	scr_wait "TOPSIS" >/dev/null; scr_keys F6
	scr_wait "$ed" >/dev/null
	scr_keys Down Down Down Down; scr_keys 3	# waiting : interest
	scr_keys F2; scr_wait "$saved"; ok $? "$lang: waiting : interest set to 3 and saved"
	scr_keys F10; scr_wait "TOPSIS" >/dev/null; scr_keys F10
	scr_wait "$dash" >/dev/null; scr_keys F10
	scr_wait "$menu" >/dev/null; scr_keys F8
	scr_wait "$log" >/dev/null; scr_keys End; scr_settle
	if [ $lang = en ]; then
		scr_cap | grep -qE '^ +Waiting/Interest: +1 +→  3 *$'
		ok $? "en: a line says waiting/interest went from 1 to 3"
		scr_cap | grep -qE '^ +Waiting: +0\.0610 +→  '"$ww"' *$'
		ok $? "en: and the weight of waiting from 0.0610 to $ww"
		scr_cap | grep -qE '^ +Interest: +0\.0610 +→  '"$wi"' *$'
		ok $? "en: and of interest from 0.0610 to $wi"
		n=$(scr_cap | grep -cE '^ +[A-Z][a-z]+/[A-Z][a-z]+: ')
		is "$n" 1 "en: no line for a comparison that did not change"
	else
		row=$(scr_cap | grep -F "$(vis 'انتظار/علاقه‌مندی')")
		holds "$row" "۳" "fa: a line for انتظار/علاقه‌مندی with its new judgement"
		holds "$row" "۱" "... and its old one, in Persian digits"
	fi
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
