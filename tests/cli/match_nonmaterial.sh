# A non-material need (support, information, oversight, volunteering)
# takes no money: `hamyar match need` ranks its donors by their past
# participation of that kind (core_match_past_fit: each past pledge of its
# type counts 2, of another non-material type 1, fit = w / (w + 2)), not
# by capacity in rials, and prints those two counts where a material need
# has capacity and free capacity; a donor who never gave comes last, and
# one with an open pledge on the need is not proposed again, from either
# side (`match donor` says why it has nothing).  From a donor, such a
# need's gap is SPEC §3's, its estimated cost less its material pledges,
# as `rank` and the screens give it («۰» with no cost, «۳۰٬۰۰۰٬۰۰۰»;
# before, «-», beside the score its gap had made).  Before, a rich donor who had never taken part came
# first (fit 1: any capacity "covers" a need with no gap), and the donor
# already pledged to the need was proposed to it again and again.
. "$HAMYAR_SRC/tests/lib.sh"
needs_db
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-40,person,زهرا حسینی‌نژاد,TBZ,support information,,1"
	echo "TST-41,person,علی‌رضا كريمي,تبريز,support,900000000,1"
	echo "TST-42,person,مهدی رضایی,TBZ,support equipment,50000000,1"
	echo "TST-43,person,فاطمه عبدالله‌زاده,TBZ,support,,1"
	echo "TST-44,org,مؤسسهٔ خیریهٔ امید,TBZ,support oversight,,1"
} >"$TMP/donors.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-24,TST-1,support,برگزاری نشست آگاهی‌بخشی محله,,4,4,5000,1403/03/01,approved"
	echo "TST-25,TST-1,information,گزارش‌دهی محله‌ای,,3,3,2000,۱۴۰۳/03/05,approved"
	echo "TST-26,TST-1,support,همراهی در طرح امنیت مدارس,,3,4,3000,1402/03/05,done"
	echo "TST-27,TST-1,oversight,نظارت بر ساخت اتاق نگهبانی,,3,4,3000,1402/03/05,done"
} >"$TMP/needs.csv"
# TST-40: a support and an information pledge, both fulfilled (same 1,
# other 1: 3/5); TST-44: an oversight one (other 1: 1/3) and a support
# one cancelled (not counted); TST-42: a material pledge only (0, but he
# gave: before TST-41, who never did); TST-43: support pledges fulfilled
# (2 same: 2/3) and one still open on TST-24 itself
{
	echo "id,donor,need,type,amount,in_kind,pledged_on,status"
	echo "TST-50,TST-40,TST-26,support,,۴ ساعت,1402/04/01,fulfilled"
	echo "TST-51,TST-40,TST-25,information,,2 ساعت,1403/04/01,fulfilled"
	echo "TST-52,TST-44,TST-27,oversight,,بازدید ماهانه,1402/05/01,fulfilled"
	echo "TST-53,TST-44,TST-26,support,,۳ ساعت,1402/05/01,cancelled"
	echo "TST-54,TST-42,TST-21,equipment,10000000,,1403/05/01,fulfilled"
	echo "TST-55,TST-43,TST-26,support,,۲ ساعت,1402/04/11,fulfilled"
	echo "TST-56,TST-43,TST-26,support,,۲ ساعت,1402/04/12,fulfilled"
	echo "TST-57,TST-43,TST-24,support,,۲ ساعت,1403/06/01,pledged"
} >"$TMP/pledges.csv"
import_each "$DB" donors needs pledges
ok $? "five donors of Tabriz interested in support, three non-material needs, their pledges"

"$HAMYAR" --db "$DB" match need TST-24 >"$TMP/out" 2>"$TMP/err"
is $? 0 "match need TST-24: exit 0"
is "$(awk '{print $1}' "$TMP/out" | tr '\n' ' ')" "TST-40 TST-44 TST-42 TST-41 " \
    "by past participation: 1 same and 1 other, 1 other, then who gave anything, who never did last"
grep -q "^TST-43 " "$TMP/out"; is $? 1 "TST-43, pledged to TST-24 and not done yet, is not proposed again"
is "$(awk '$1 == "TST-40" {print $2, $3, $4}' "$TMP/out")" "0.6000 ۱ ۱" \
    "TST-40: fit 3/5, one pledge of its type, one of another non-material type"
is "$(awk '$1 == "TST-44" {print $2, $3, $4}' "$TMP/out")" "0.3333 ۰ ۱" \
    "TST-44: the cancelled support pledge does not count"
is "$(awk '$1 == "TST-41" {print $2, $3, $4}' "$TMP/out")" "0.0000 ۰ ۰" \
    "TST-41: 900,000,000 rials of capacity fit nothing here, and are not printed"
grep -qE "900000000|۹۰۰٬۰۰۰٬۰۰۰" "$TMP/out"; is $? 1 "... no capacity in rials for a non-material need"

"$HAMYAR" --db "$DB" match donor TST-43 >"$TMP/out" 2>"$TMP/err"
is $? 0 "match donor TST-43: exit 0"
is "$(cat "$TMP/out")" "" "... nothing: his only need in his interests has his open pledge"
grep -qF "$(printf 'خیّر TST-43 برای هر نیازِ پذیرای تعهد')" "$TMP/err"
ok $? "... and says so, not a bare «no matches»"

"$HAMYAR" --db "$DB" match donor TST-42 >"$TMP/out" 2>&1
is $? 0 "match donor TST-42: exit 0"
is "$(awk '$1 == "TST-24" {print $3, $4}' "$TMP/out")" "0.0000 ۰" \
    "from a donor, a non-material need with no cost: its gap ۰ (SPEC §3), not «-»"
is "$(awk '$1 == "TST-21" {print $4}' "$TMP/out")" "۷۰٬۰۰۰٬۰۰۰" "... a material need's gap as before (grouped, as the report's)"

# the same, in English
"$HAMYAR" --db "$DB" --lang en match need TST-24 >/dev/null 2>&1
"$HAMYAR" --db "$DB" --lang en match donor TST-43 >"$TMP/out" 2>"$TMP/err"
grep -qF "Donor TST-43 already has an open pledge on each need of his interests" "$TMP/err"
ok $? "en: why TST-43 has nothing"

# a non-material need with an estimated cost: its gap, as rank gives it
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTST-28,TST-1,support,حمایت از ورزش محله‌ای,30000000,3,3,2000,1403/03/05,approved\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n2.csv" >/dev/null 2>&1; ok $? "a support need with an estimated cost of 30,000,000"
"$HAMYAR" --db "$DB" match donor TST-42 >"$TMP/out" 2>&1
is "$(awk '$1 == "TST-28" {print $4}' "$TMP/out")" "۳۰٬۰۰۰٬۰۰۰" \
    "from a donor, the non-material need's gap, its estimated cost (no material pledge), not «-»"
is "$(awk '$1 == "TST-28" {print $4}' "$TMP/out")" \
    "$("$HAMYAR" --db "$DB" rank --explain --id TST-28 | awk '$1 == "کسری" {print $2}')" \
    "... the gap rank --explain gives it"
done_testing
