# More than 16 moves in one bundle: the import's summary names the first
# 16 and counts the rest in one line.  The rest may be needs given a unit
# of another county, not units: the line says "units or needs" (before,
# "and 2 more units moved ... with their needs" for 18 needs, no unit).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
xfer() {
	rm -f "$TMP/b"	# another station's bundle there is kept by export
	"$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b" 2>/dev/null &&
	"$HAMYAR" --lang "${4:-en}" --db "$2" sync import "$TMP/b" >"$TMP/out"
}
printf 'kind,name,county,address\npost,پاسگاه ممقان,TBZ,ممقان\npost,پاسگاه گوگان,AZS,گوگان\n' >"$TMP/u.csv"
{
	echo 'unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do
		echo "HQ-1,equipment,بی‌سیم دستی $i,9000000,3,3,1405/08/02,assessed"
	done
} >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "HQ: 18 needs of a Tabriz unit"
xfer "$Q" "$T" TBZ && xfer "$Q" "$M" MRG; ok $? "TBZ and MRG hold them"
{
	echo 'id,unit'
	for i in 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do echo "HQ-$i,HQ-2"; done
} >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/m.csv" >/dev/null 2>&1; ok $? "HQ gives all 18 Azarshahr's unit"
xfer "$Q" "$T" TBZ; ok $? "TBZ imports the bundle"
is "$(grep -c '^need HQ-[0-9]* (.*) moved with this bundle' "$TMP/out")" 16 "... its summary names 16 needs moved"
grep -qxF 'and 2 more units or needs moved to another county (hamyar audit says which)' "$TMP/out"
ok $? "... and counts the other two as units or needs"
grep -q 'more units moved' "$TMP/out"; r=$?; [ $r -ne 0 ]; ok $? "... not as units moved with their needs"
xfer "$Q" "$M" MRG fa; ok $? "MRG imports it (Persian)"
grep -qxF 'و ۲ واحد یا نیاز دیگر هم به شهرستان دیگری رفتند (hamyar audit می‌گوید کدام‌ها)' "$TMP/out"
ok $? "... said in Persian"
done_testing
