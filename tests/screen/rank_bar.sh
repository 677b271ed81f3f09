# The ranking screen's explanation at 80x24: a contribution's bar stays in
# its column.  Two needs that differ only in urgency: with TOPSIS the first
# owes its whole score (1.0000) to urgency, and the bar of 1.0 fills the
# space left of the numbers instead of running off the screen's edge and
# being cut with "…".
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
    "$HAMYAR" --db "$DB" import units "$WORK_DATA/units.csv" >/dev/null
ok $? "a database with two units"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-20,TST-1,space,فوری,100000000,5,3,1000,1403/01/15,identified"
	echo "TST-21,TST-1,space,عادی,100000000,2,3,1000,1403/01/15,identified"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null; ok $? "two needs that differ in urgency"

work_open "$DB"
scr_keys F4
scr_wait "$(vis 'چرا TST-20:')"; ok $? "the ranking explains TST-20"
row=$(scr_cap | grep -F "$(vis 'فوریت')" | tail -n 1)
printf '%s\n' "$row" | grep -q '█'; ok $? "urgency has a bar ($row)"
printf '%s\n' "$row" | grep -qF '…'; [ $? -ne 0 ]; ok $? "not cut at the screen's edge"
# 1.0 fills the bar's column: from the second cell of the line (the
# screen's margin) to the contribution.
printf '%s\n' "$row" | grep -qE "^ █{16}  "; ok $? "the bar of 1.0 fills its column (16 cells at 80 columns beside the value, normalised value, weight and part)"
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
