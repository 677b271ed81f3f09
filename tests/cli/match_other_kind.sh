# hamyar match given the id of a record of another kind.  Before, `match
# need` with a donor's id said «نیازی با شناسهٔ ... نیست», as for a
# mistyped id, and the clerk looked for a need that was never there; ids
# are unique across kinds, so now it says whose id it is, and for a
# donor's id given as a need's (or the other way) the verb to use.
. "$HAMYAR_SRC/tests/lib.sh"
units_db
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-13,person,علی‌رضا كريمي,TBZ,equipment,90000000,1"
} >"$TMP/donors.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-20,TST-1,equipment,بی‌سيم‌های دستی گشت,60000000,3,3,4000,1403/02/01,identified"
} >"$TMP/needs.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-30,TST-13,TST-20,equipment,۲۰۰۰۰۰۰۰,1404/01/10,pledged\n' >"$TMP/pledges.csv"
import_each "$DB" donors needs pledges
ok $? "a donor TST-13, a need TST-20 and a pledge TST-30"

for lang in fa en; do
	if [ $lang = fa ]; then d='شناسهٔ یک خیّر'; n='شناسهٔ یک نیاز'; p='(مشارکت)'
	else d="is a donor's id"; n="is a need's id"; p='(pledge)'; fi

	"$HAMYAR" --lang $lang --db "$DB" match need tst-13 >"$TMP/out" 2>"$TMP/err"
	is $? 1 "$lang: match need with a donor's id: refused"
	is "$(wc -c <"$TMP/out" | tr -d ' ')" 0 "$lang: ... nothing on stdout"
	holds "$(cat "$TMP/err")" "TST-13 $d" "$lang: ... it says TST-13 is a donor's id"
	holds "$(cat "$TMP/err")" "hamyar match donor TST-13" "$lang: ... and gives the verb for a donor"

	"$HAMYAR" --lang $lang --db "$DB" match donor TST-20 >"$TMP/out" 2>"$TMP/err"
	is $? 1 "$lang: match donor with a need's id: refused"
	holds "$(cat "$TMP/err")" "TST-20 $n" "$lang: ... it says TST-20 is a need's id"
	holds "$(cat "$TMP/err")" "hamyar match need TST-20" "$lang: ... and gives the verb for a need"
	# the plural as everywhere else: «خیّرین», not «خیّرها»
	[ $lang = fa ] && { holds "$(cat "$TMP/err")" 'خیّرینی که با این نیاز جورند' "fa: ... for «the donors who fit it», as the program says it elsewhere"; }

	"$HAMYAR" --lang $lang --db "$DB" match need TST-30 >"$TMP/out" 2>"$TMP/err"
	is $? 1 "$lang: match need with a pledge's id: refused"
	holds "$(cat "$TMP/err")" "$p" "$lang: ... it says TST-30 is a pledge's id"

	# a mistyped id is still just not there
	"$HAMYAR" --lang $lang --db "$DB" match need TST-99 >"$TMP/out" 2>"$TMP/err"
	is $? 1 "$lang: match need with an id of no record: refused"
	if [ $lang = fa ]; then w='نیازی با شناسهٔ TST-99 نیست'; else w='no need TST-99'; fi
	holds "$(cat "$TMP/err")" "$w" "$lang: ... as no need"
done
done_testing
