# rank --explain under TOPSIS says, once under the needs, what the figure
# after "->" is: the criterion's share of the score (the score split in
# proportion to the squares of the need's distances from the worst need),
# which may exceed its weight, as the gap's share does on the sample data.
# Before, nothing said so and a share above its weight read as a mistake.
# Under SAW the figure is weight x normalised, and no such line is printed.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "sample data"
"$HAMYAR" --lang en --db "$DB" rank --explain >"$TMP/ex"; ok $? "rank --explain (topsis)"
over=$(awk '$3 == "->" && $4 > $8 { n++ } END { print n + 0 }' "$TMP/ex")
[ "$over" -gt 0 ]; ok $? "a share above its weight on the sample data ($over)"
is "$(grep -c "share of the score" "$TMP/ex")" 1 "the line saying what the figure is, once"
holds "$(tail -n 1 "$TMP/ex")" "each criterion's part (the figure after its value) is its share of the score" "... under the needs"
holds "$(tail -n 1 "$TMP/ex")" "one may exceed its weight" "... saying it may exceed its weight"
"$HAMYAR" --db "$DB" rank --explain --top 1 >"$TMP/fa"; ok $? "in Persian"
holds "$(tail -n 1 "$TMP/fa")" "بخش آن از امتیاز است" "... the same line in Persian"
"$HAMYAR" --lang en --db "$DB" rank --explain --method saw >"$TMP/saw"; ok $? "rank --explain --method saw"
is "$(grep -c "share of the score" "$TMP/saw")" 0 "saw: no such line (its figure is weight x normalised)"
"$HAMYAR" --lang en --db "$DB" rank --top 3 >"$TMP/plain"; ok $? "rank without --explain"
is "$(grep -c "share of the score" "$TMP/plain")" 0 "... no such line"
done_testing
