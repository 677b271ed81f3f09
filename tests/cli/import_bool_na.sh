# «نه» (no) is an answer of a yes/no cell, as بله and خیر are: a yes/no
# field never takes a number, so it is not «نُه» (nine) there.  Before, it
# was refused, in the active column of every kind.  With a direction mark
# or a ZWNJ copied with it, too; «نُه» written with its damma stays refused.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county,active\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG,بله\nMRG-2,station,کلانتری ۱۱ مراغه,MRG,نه\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >"$TMP/out" 2>&1; ok $? "a unit imported with active «نه»"
"$HAMYAR" --db "$DB" export units --out "$TMP/e.csv"; ok $? "export units"
tr -d '\r' <"$TMP/e.csv" | grep -q '^MRG-2,.*,0$'; ok $? "... MRG-2 inactive"
tr -d '\r' <"$TMP/e.csv" | grep -q '^MRG-1,.*,1$'; ok $? "... MRG-1 active"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی,900000000,4,4,1403/02/01,identified,1'
	echo 'MRG-11,MRG-1,equipment,خرید بی‌سیم,40000000,3,3,1403/02/01,identified,1'
} >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "two needs"
printf 'id,active\nMRG-10,\342\200\217نه\nMRG-11,نه\342\200\214\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/d.csv" >"$TMP/out" 2>&1; ok $? "needs deactivated with «نه» (an RLM before, a ZWNJ after)"
"$HAMYAR" --db "$DB" export needs --out "$TMP/ne.csv"; ok $? "export needs"
is "$(tr -d '\r' <"$TMP/ne.csv" | grep -c ',0$')" "2" "... both deleted"
printf 'id,active\nMRG-10,نُه\n' >"$TMP/nine.csv"
"$HAMYAR" --db "$DB" --lang en import needs "$TMP/nine.csv" >/dev/null 2>"$TMP/err"; is $? 1 "«نُه» (nine, with its damma): refused"
holds "$(cat "$TMP/err")" "1 (yes) for a record in use, 0 (no) for a deleted one" "... said as before"
done_testing
