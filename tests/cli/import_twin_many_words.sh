# A donor's name whose word-index entries were cut at 32 (each word with a
# ZWNJ gives two, «آب‌ها» and «ها»; 16 or 17 such words and one more give
# 33 or 35) is still found as the twin of a row of another file with the
# same name (Arabic ي/ك, a space for a ZWNJ), as a name of 15 such words
# and one more (31 entries) is.  Before, the lookup probed the word index
# for the name's last word, whose entry had been cut off, and found
# nothing: no warning.
. "$HAMYAR_SRC/tests/lib.sh"

words() {	# words N WORD: WORD N times, spaced
	w=""; i=0
	while [ "$i" -lt "$1" ]; do w="$w $2"; i=$((i + 1)); done
	echo "${w# }"
}
for c in 15 16 17; do
	D="$TMP/db$c"
	"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init ($c words)"
	n=$(words "$c" "آب‌ها")
	printf 'kind,name,county\nperson,%s %s,TBZ\n' "$n" "كريمي" >"$TMP/a.csv"
	"$HAMYAR" --db "$D" import donors "$TMP/a.csv" >"$TMP/out" 2>"$TMP/err"
	ok $? "a donor of $c ZWNJ-joined words and one more imported"
	# the same name another way: Arabic ي/ك folded, a space for the ZWNJ
	# of the first word
	printf 'kind,name,county,mobile\nperson,آب ها %s %s,TBZ,09141234567\n' "$(words $((c - 1)) "آب‌ها")" "کریمی" >"$TMP/b.csv"
	"$HAMYAR" --db "$D" import donors "$TMP/b.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
	is $? 0 "... the same name in another file: taken ($c words)"
	holds "$(cat "$TMP/err")" "ستون 2 (name): هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-1" "... warned as TBZ-1's twin ($c words)"
done
done_testing
