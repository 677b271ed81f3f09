# hamyar ahp quotes a bad entry as it was typed, and calls a negative entry
# what it is.  Before, the Persian message turned every ASCII digit of the
# line Persian, the quoted entry too: "3x" was quoted «۳x» and "1.5.2»
# «۱٫۵٫۲», text the file does not hold and a search for it does not find;
# and "-3" was «-۳» «is not a number», though it is one, only not positive.
# The line and column, and figures of the message's own, stay in Persian
# digits; English is unchanged.
. "$HAMYAR_SRC/tests/lib.sh"

ahp() { "$HAMYAR" "$@" ahp >"$TMP/out" 2>"$TMP/err"; }

printf '1 3x\n1/3 1\n' | ahp
is $? 1 "a typo in an entry: exit 1"
holds "$(cat "$TMP/err")" 'سطر ۱، ستون ۲: «3x» عدد نیست' "fa: «3x» quoted as typed, line and column in Persian digits"

printf '1 3\n1/3 1.5.2\n' | ahp
is $? 1 "two decimal points: exit 1"
holds "$(cat "$TMP/err")" '«1.5.2» عدد نیست' "fa: «1.5.2» quoted as typed, not «۱٫۵٫۲»"

# a Persian entry typed with a Latin letter stays as typed too
printf '1 ۳ب\n1/3 1\n' | ahp
holds "$(cat "$TMP/err")" '«۳ب» عدد نیست' "fa: «۳ب» quoted as typed"

for lang in fa en; do
	printf '1 -3\n-1/3 1\n' | ahp --lang $lang
	is $? 1 "$lang: a negative entry: exit 1"
	if [ $lang = fa ]; then
		want='سطر ۱، ستون ۲: درایه باید مثبت باشد'
	else
		want='line 1, column 2: an entry must be positive'
	fi
	holds "$(cat "$TMP/err")" "$want" "$lang: -3 is named as not positive, not as not a number"
done

# the figures of the message itself are still Persian
printf '1 12\n1/12 1\n' | ahp
holds "$(cat "$TMP/err")" 'سطر ۱، ستون ۲: ۱۲ بیرون از مقیاس' "fa: a value outside the scale in Persian digits"
printf '1 3x\n1/3 1\n' | ahp --lang en
holds "$(cat "$TMP/err")" "line 1, column 2: '3x' is not a number" "en: unchanged"
done_testing
