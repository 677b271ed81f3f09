# A text over its field's limit (core_text_max) that reached a database
# another way (an older version that had no limit, put here past
# validation by tests/store/put_raw) is not lost by sync: a bundle carries
# it whole, as the station stored it, and HQ keeps it (a record from
# another station is kept as it comes).  An import at HQ of a file without
# that column keeps it; one changing it to another text too long is
# refused, naming the field and the limit, and writes nothing; the text
# shortened, the change is taken.
. "$HAMYAR_SRC/tests/lib.sh"

PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
# 400 characters: «بنیاد خیریهٔ مهر‌آفرین » (ZWNJ inside) over and over, then ی
long=$(awk 'BEGIN { w = "بنیاد خیریهٔ مهر‌آفرین "; s = "";
	for (k = 0; k + 23 <= 399; k += 23) s = s w;
	for (; k < 400; k++) s = s "ی"; printf "%s", s }')
id=$("$PUT" "$T" "$long" TBZ); ok $? "TBZ holds a donor with a name of 400 characters ($id)"
is "$(field "$T" "$id" name)" "$long" "... stored whole there"
bundle "$T" "$Q" HQ; ok $? "TBZ's bundle imported at HQ"
is "$(field "$Q" "$id" name)" "$long" "HQ keeps the name whole: nothing dropped"

printf 'id,mobile\n%s,09141234567\n' "$id" >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/m.csv" >/dev/null 2>"$TMP/err"; ok $? "a mobile given to it at HQ by import, the name not in the file: taken"
is "$(field "$Q" "$id" mobile)" "09141234567" "... the mobile stored"
is "$(field "$Q" "$id" name)" "$long" "... the stored name kept whole"
printf 'id,name\n%s,%sی\n' "$id" "$long" >"$TMP/l.csv"
"$HAMYAR" --db "$Q" export all --format json >"$TMP/before.json"
"$HAMYAR" --db "$Q" import donors "$TMP/l.csv" >/dev/null 2>"$TMP/err"; rc=$?
is $rc 1 "the long name changed by import, still too long: refused (exit 1)"
holds "$(cat "$TMP/err")" "l.csv: سطر 2، ستون 2 (name): «بنیاد خیریهٔ مهر‌آفرین" "... naming the line and the column, quoting the cell's start"
holds "$(cat "$TMP/err")" "بلندتر از اندازه‌ای است که این خانه می‌پذیرد: حداکثر 150 نویسه" "... and the limit"
"$HAMYAR" --db "$Q" export all --format json >"$TMP/after.json"
cmp -s "$TMP/before.json" "$TMP/after.json"; ok $? "... nothing written"
printf 'id,name,mobile\n%s,بنیاد خیریهٔ مهر‌آفرین,09141234567\n' "$id" >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/n.csv" >/dev/null 2>"$TMP/err"; ok $? "with its name shortened: taken"
is "$(field "$Q" "$id" mobile)" "09141234567" "... the mobile stored"
done_testing
