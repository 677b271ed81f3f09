# Needs that tie on the score are ordered by the rules of SPEC §8 (older
# identified_on, then id) and the explanation says so.  Before, two needs
# with the same score stood one above the other with nothing to tell why:
# «۰٫۳۰۸۷» twice, TST-9 over TST-10, in the list and in `rank --explain`.
# Now the line under the selected need's criteria names the need it ties
# with, its rank and the rule that decided, and `rank --explain` prints
# the same sentence under each tied need.  Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null &&
    "$HAMYAR" --db "$DB" import units "$WORK_DATA/units.csv" >/dev/null
ok $? "a database with two units"
# TST-9 and TST-10: the same criteria, the same date (the id decides, as a
# number: 9 before 10); TST-11 scores higher; the titles typed with an
# Arabic yeh and kaf, ZWNJ and Latin
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-9,TST-1,equipment,دوربين‌های مداربسته ورودی Tabriz,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-10,TST-1,equipment,دوربین‌های مداربسته خروجی شهر,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-11,TST-2,space,تعمیر سقف پاسگاه‌ اهر,120000000,4,5,3000,1402/11/01,assessed"
	echo "TST-12,TST-1,equipment,بی‌سیم‌های دستی گشت,90000000,2,2,1000,1403/05/01,identified"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null; ok $? "four open needs, two of them tied"
is "$("$HAMYAR" --db "$DB" rank | sed 1d | awk '{print $2}' | tr '\n' ' ')" "TST-11 TST-9 TST-10 TST-12 " \
    "hamyar rank: TST-9 before TST-10"

# rank --explain: under TST-10, the tie with TST-9 (rank 2) and its rule
for lang in fa en; do
	"$HAMYAR" --lang $lang --db "$DB" rank --explain >"$TMP/ex"
	if [ $lang = fa ]; then
		w='هم‌امتیاز و هم‌تاریخ با TST-9، رتبهٔ ۲: به ترتیب شناسه پس از آن'
		w2='هم‌امتیاز و هم‌تاریخ با TST-10، رتبهٔ ۳: به ترتیب شناسه پیش از آن'
	else
		w='Same score and date as TST-9, rank 2: after it, by id'
		w2='Same score and date as TST-10, rank 3: before it, by id'
	fi
	under() { awk -v id="$1" '$1 ~ /^[0-9]+$/ { on = ($2 == id); next } on' "$TMP/ex"; }
	holds "$(under TST-10)" "$w" "$lang: rank --explain says why TST-10 comes after TST-9"
	holds "$(under TST-9)" "$w2" "$lang: ... and why TST-9 comes before TST-10"
	under TST-11 | grep -q -e 'هم‌امتیاز' -e 'Same score'; is $? 1 "$lang: nothing of a tie under TST-11, which ties with none"
done

for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); dash=$(vis 'نیازها به تفکیک شهرستان')
		tie=$(vis 'هم‌امتیاز و هم‌تاریخ با TST-9، رتبهٔ ۲: به ترتیب شناسه پس از آن آمده است.')
		why=$(vis 'چرا TST-10')
	else
		menu='Main menu'; dash='Needs by county'
		tie='Same score and date as TST-9, rank 2: after it, by id.'
		why='Why TST-10'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; scr_keys 0
	scr_wait "$dash" >/dev/null; scr_keys F4
	scr_wait "TOPSIS" >/dev/null
	scr_keys Down Down; scr_wait "$why"; ok $? "$lang: TST-10 selected, its explanation shown"
	scr_cap | grep -qF -- "$tie"; ok $? "$lang 80x24: the explanation says TST-10 ties with TST-9 (rank 2) and the id decided"
	scr_keys Up Up
	scr_cap | grep -q -e "$(vis 'هم‌امتیاز')" -e 'Same score'; is $? 1 "$lang: nothing of a tie under TST-11"
	scr_keys F1; scr_wait "┌" >/dev/null
	if [ $lang = fa ]; then h=$(vis 'پیش‌تر، سپس شناسهٔ کوچک‌تر'); else h='identified earlier'; fi
	scr_cap | grep -qF -- "$h"; ok $? "$lang: F1 states the rule for equal scores"
	scr_keys Escape; scr_gone "┌" >/dev/null
	scr_keys F10; scr_wait "$dash" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
