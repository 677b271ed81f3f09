# A unit marked inactive (its Active field 0, as F8 or an import leaves
# it) takes no help now: its open needs stay stored and listed, but
# `hamyar rank` ranks them no more than a deactivated need, and says on
# its first line how many it left out for that; `hamyar match` proposes
# them to no donor and, asked about one, names the unit.  Before, they
# were ranked and matched as if the unit were active.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "init"
{
	echo "id,kind,name,county"
	echo "TST-1,station,کلانتری ۱۲ تبريز,TBZ"
	echo "TST-2,post,پاسگاه عجب‌شیر,TBZ"
} >"$TMP/units.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-10,TST-1,equipment,دوربين‌های مداربسته ورودی,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-11,TST-2,space,تعمیر سقف Block B,120000000,4,5,3000,1402/11/01,approved"
	echo "TST-12,TST-2,space,ساخت سایه‌بان,۴۰٬۰۰۰٬۰۰۰,2,2,800,1403/06/01,identified"
	echo "TST-13,TST-2,space,نمازخانه,30000000,2,2,800,1403/06/01,done"
} >"$TMP/needs.csv"
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-30,org,شرکت صنایع غذایی مهر,TBZ,space equipment,500000000,1"
} >"$TMP/donors.csv"
"$HAMYAR" --db "$DB" import units "$TMP/units.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null
ok $? "two units of Tabriz; TST-2 has two open needs and a done one"
is "$("$HAMYAR" --lang en --db "$DB" rank | head -n 1)" "needs ranked: 3, by topsis" "unit active: three needs ranked"
is "$("$HAMYAR" --db "$DB" match donor TST-30 | awk '{print $1}' | sort | tr '\n' ' ')" "TST-10 TST-11 TST-12 " \
    "... and matched with the donor"

printf 'id,kind,name,county,active\nTST-2,post,پاسگاه عجب‌شیر,TBZ,0\n' >"$TMP/off.csv"
"$HAMYAR" --db "$DB" import units "$TMP/off.csv" >/dev/null; ok $? "TST-2 made inactive"

"$HAMYAR" --lang en --db "$DB" rank >"$TMP/out"; ok $? "rank: exit 0"
is "$(head -n 1 "$TMP/out")" "needs ranked: 1, by topsis; open needs of a unit marked inactive, not ranked: 2" \
    "the first line counts the two open needs of the inactive unit (not its done one)"
is "$(sed 1d "$TMP/out" | awk '{print $2}' | tr '\n' ' ')" "TST-10 " "only the active unit's need is ranked"
"$HAMYAR" --db "$DB" rank >"$TMP/fa"
holds "$(head -n 1 "$TMP/fa")" "2 نیاز باز از واحدهای غیرفعال رتبه‌بندی نشدند" "in Persian too"
"$HAMYAR" --lang en --db "$DB" rank --json | grep -q 'TST-11'; is $? 1 "rank --json leaves it out too"

is "$("$HAMYAR" --db "$DB" match donor TST-30 | awk '{print $1}' | tr '\n' ' ')" "TST-10 " \
    "match donor: the inactive unit's needs are proposed no more"
"$HAMYAR" --lang en --db "$DB" match need TST-11 >"$TMP/m" 2>"$TMP/e"; ok $? "match need TST-11: exit 0"
is "$(cat "$TMP/m")" "" "... no donor proposed"
holds "$(cat "$TMP/e")" "Need TST-11 is of unit TST-2, which is inactive" "... and why, naming the unit"
"$HAMYAR" --db "$DB" match need TST-11 2>&1 | grep -qF 'از واحد TST-2 است که غیرفعال است'; ok $? "... in Persian too"

# import pledges: a pledge on its need is taken, and warned about
printf 'donor,need,type,amount,pledged_on\nTST-30,TST-11,space,50000000,1403/07/01\nTST-30,TST-10,equipment,10000000,1403/07/01\n' >"$TMP/p.csv"
"$HAMYAR" --lang en --db "$DB" import pledges "$TMP/p.csv" >"$TMP/io" 2>&1; ok $? "import pledges: exit 0"
holds "$(cat "$TMP/io")" "need TST-11 is of unit TST-2, which is inactive" "... the row on TST-11 is warned about, naming the unit"
is "$(grep -c 'which is inactive' "$TMP/io")" 1 "... the row on the active unit's TST-10 is not"
is "$("$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -c ',TST-1[01],')" 2 "... both are written"

# nothing lost: the needs are stored and exported as they were
is "$("$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep -c '^TST-1[123],TST-2,')" 3 "the unit's needs are all still stored"

# the unit active again: ranked and matched again
printf 'id,kind,name,county,active\nTST-2,post,پاسگاه عجب‌شیر,TBZ,1\n' >"$TMP/on.csv"
"$HAMYAR" --db "$DB" import units "$TMP/on.csv" >/dev/null; ok $? "TST-2 active again"
is "$("$HAMYAR" --lang en --db "$DB" rank | head -n 1)" "needs ranked: 3, by topsis" "... its needs ranked again, nothing said"
done_testing
