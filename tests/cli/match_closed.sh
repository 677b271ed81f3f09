# hamyar match when nothing should be proposed, and why.  Before, a need
# whose material gap was already covered by pledges got every donor of its
# county at the best fit, 1.0000, though a pledge from any of them has no
# amount to give (the matching screen then offered one that F2 refused:
# «مشارکت در تجهیزات باید مبلغ ... داشته باشد»); a done need got donors
# too; and an inactive donor, or one with no interests, got only «موردی جور
# نشد», with nothing to say it was the donor.  Now nothing is proposed for
# a need not open to pledges and stderr says why, naming the record; a
# volunteer need (non-material, no cost) still gets its volunteers.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
DATA="$HAMYAR_SRC/tests/data/screens"
"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
    "$HAMYAR" --db "$DB" import units "$DATA/units.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import donors "$DATA/donors.csv" >/dev/null
ok $? "a database with two units and three donors"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-20,TST-1,equipment,دوربین‌های مداربسته ورودی شهر,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-21,TST-1,equipment,بی‌سيم‌های دستی گشت,60000000,3,3,4000,1403/02/01,identified"
	echo "TST-22,TST-1,policing,گشت داوطلبانهٔ محله‌ها,,2,3,9000,1403/03/01,identified"
} >"$TMP/needs.csv"
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-13,person,علی‌رضا كريمي,TBZ,equipment,90000000,0"
	echo "TST-14,person,مریم حسین‌زاده,TBZ,,90000000,1"
	echo "TST-15,person,رضا موسوی,TBZ,policing,,1"
} >"$TMP/donors.csv"
printf 'donor,need,type,amount,pledged_on,status\nTST-10,TST-20,equipment,80000000,1404/01/10,pledged\n' >"$TMP/pledges.csv"
import_each "$DB" needs donors pledges
ok $? "needs, donors and a pledge covering TST-20"

# an open need still gets its donors (the two of Tabriz interested)
"$HAMYAR" --db "$DB" match need TST-21 >"$TMP/out" 2>"$TMP/err"
is $? 0 "match need TST-21: exit 0"
is "$(awk '{print $1}' "$TMP/out" | tr '\n' ' ')" "TST-10 TST-11 " "TST-21 (open) gets the donors of Tabriz interested in equipment"

for lang in fa en; do
	"$HAMYAR" --lang $lang --db "$DB" match need TST-20 >"$TMP/out" 2>"$TMP/err"
	is $? 0 "$lang: match need TST-20 (covered): exit 0"
	is "$(wc -l <"$TMP/out" | tr -d ' ')" 0 "$lang: no donor proposed for a need with no gap left"
	grep -q 'TST-20' "$TMP/err"; ok $? "$lang: stderr names the need"
	if [ $lang = fa ]; then w='کسری'; else w='no gap'; fi
	holds "$(cat "$TMP/err")" "$w" "$lang: ... and says it has no gap left"

	"$HAMYAR" --lang $lang --db "$DB" match donor TST-13 >"$TMP/out" 2>"$TMP/err"
	is $? 0 "$lang: match donor TST-13 (inactive): exit 0"
	if [ $lang = fa ]; then w='غیرفعال'; else w='inactive'; fi
	holds "$(cat "$TMP/err")" "$w" "$lang: stderr says the donor is inactive"
	grep -q 'TST-13' "$TMP/err"; ok $? "$lang: ... naming him"

	"$HAMYAR" --lang $lang --db "$DB" match donor TST-14 >"$TMP/out" 2>"$TMP/err"
	is $? 0 "$lang: match donor TST-14 (no interests): exit 0"
	if [ $lang = fa ]; then w='زمینه‌های علاقه‌مندی'; else w='no interests'; fi
	holds "$(cat "$TMP/err")" "$w" "$lang: stderr says the donor has no interests recorded"
done

# a volunteer need: no cost, so no gap, and still open to its volunteers
"$HAMYAR" --db "$DB" match need TST-22 >"$TMP/out" 2>"$TMP/err"
is "$(awk '{print $1}' "$TMP/out" | tr '\n' ' ')" "TST-15 " "the volunteer need TST-22 gets its volunteer"
done_testing
