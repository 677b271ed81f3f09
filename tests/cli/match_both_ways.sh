# hamyar match proposes the same pairs from a donor as from a need.  Before,
# a need in progress with money still short, and a volunteer need with no
# cost (so no gap), got their donors from the need («match need»), and the
# matching screen recorded a pledge on them, but from any of those donors
# they were missing («match donor» listed only the ranked needs:
# identified, assessed or approved, with a gap), so a clerk who started
# from the donor was told no need of his county was open to him.  Now a
# donor's needs are every need that takes a pledge (core_match_need_closed:
# not done or rejected, of an active unit, a material one with a gap),
# the ranked ones first by their score, then the others, whose score is
# «-» (they are not ranked).
. "$HAMYAR_SRC/tests/lib.sh"
units_db
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-20,TST-1,equipment,دوربین‌های مداربسته ورودی شهر,80000000,3,3,4000,1403/02/01,approved"
	echo "TST-21,TST-1,space,بازسازی ساختمان کلانتری ۱۲ تبريز,300000000,4,4,9000,1402/11/05,in_progress"
	echo "TST-22,TST-1,policing,گشت داوطلبانهٔ محله‌ها,,2,3,9000,1403/03/01,approved"
	echo "TST-23,TST-1,equipment,بی‌سيم‌های دستی گشت,60000000,3,3,4000,1403/02/01,done"
	echo "TST-24,TST-1,space,ساخت پاسگاه جدید,90000000,3,3,4000,1403/02/01,rejected"
} >"$TMP/needs.csv"
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-10,org,شرکت فولاد آذر,TBZ,space equipment policing,500000000,1"
	echo "TST-11,person,رضا موسوی‌نژاد,TBZ,policing,,1"
} >"$TMP/donors.csv"
import_each "$DB" needs donors
ok $? "five needs of Tabriz (approved, in progress, volunteer, done, rejected) and two donors"

# from the needs: who is proposed for each
for n in TST-20 TST-21 TST-22; do
	"$HAMYAR" --db "$DB" match need $n >"$TMP/out" 2>"$TMP/err"
	is $? 0 "match need $n: exit 0"
	awk '{print $1}' "$TMP/out" >"$TMP/donors.$n"
done
is "$(tr '\n' ' ' <"$TMP/donors.TST-21")" "TST-10 " "the need in progress TST-21 gets TST-10"
is "$(tr '\n' ' ' <"$TMP/donors.TST-22")" "TST-10 TST-11 " "the volunteer need TST-22 gets both"

# from the donors: the same pairs
"$HAMYAR" --db "$DB" match donor TST-10 >"$TMP/out" 2>"$TMP/err"
is $? 0 "match donor TST-10: exit 0"
is "$(awk '{print $1}' "$TMP/out" | sort | tr '\n' ' ')" "TST-20 TST-21 TST-22 " \
    "TST-10 gets the approved, the in-progress and the volunteer need, not the done or rejected"
is "$(awk 'NR==1{print $1}' "$TMP/out")" "TST-20" "the ranked need first"
is "$(awk '$1=="TST-21"{print $2}' "$TMP/out")" "-" "the need in progress, not ranked, has score «-»"
"$HAMYAR" --db "$DB" match donor TST-11 >"$TMP/out" 2>"$TMP/err"
is $? 0 "match donor TST-11: exit 0"
is "$(awk '{print $1}' "$TMP/out" | tr '\n' ' ')" "TST-22 " "the volunteer TST-11 gets the volunteer need"
is "$(wc -c <"$TMP/err" | tr -d ' ')" 0 "... and nothing on stderr («no matches» before)"
done_testing
