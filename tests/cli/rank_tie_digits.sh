# `rank --explain` is read by a person: its raw values are in the user's
# digits («فوریت ۳»), and so is the rank in the line that says why two
# needs with the same score stand in their order.  Before, that line kept
# ASCII digits under the Persian figures: «هم‌امتیاز و هم‌تاریخ با
# TST-9، رتبهٔ 2: ...» below «جمعیت ۴٬۰۰۰».  The id keeps its ASCII
# digits (TST-9), as the scores and the parts do (ASCII with a point, for
# scripts, also in the line of scores shown alike); under --lang en and
# for a user who chose ASCII digits the rank is ASCII, as the raw values.
. "$HAMYAR_SRC/tests/lib.sh"
units_db
# TST-9 and TST-10 tie (same criteria, same day: the id decides); TST-11
# scores higher.  Titles typed with an Arabic yeh, a ZWNJ and Latin.
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-9,TST-1,equipment,دوربين‌های مداربسته ورودی Tabriz,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-10,TST-1,equipment,دوربین‌های مداربسته خروجی ۲,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-11,TST-2,space,تعمیر سقف پاسگاه‌ اهر,120000000,4,5,3000,1402/11/01,assessed"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null; ok $? "three open needs, two of them tied"

# the lines under need $1 in $TMP/ex
under() { awk -v id="$1" '$1 ~ /^[0-9]+$/ { on = ($2 == id); next } on' "$TMP/ex"; }
tieline() { under "$1" | grep -e 'هم‌امتیاز' -e 'Same score'; }
"$HAMYAR" --db "$DB" rank --explain >"$TMP/ex"; ok $? "rank --explain"
holds "$(under TST-10)" "جمعیت" "fa: TST-10's criteria"
holds "$(under TST-10)" "۴٬۰۰۰" "... its population in Persian digits"
is "$(tieline TST-10 | sed 's/^ *//')" "هم‌امتیاز و هم‌تاریخ با TST-9، رتبهٔ ۲: به ترتیب شناسه پس از آن آمده است." \
    "fa: under TST-10, the rank of TST-9 in Persian digits, its id in ASCII"
is "$(tieline TST-9 | sed 's/^ *//')" "هم‌امتیاز و هم‌تاریخ با TST-10، رتبهٔ ۳: به ترتیب شناسه پیش از آن آمده است." \
    "fa: under TST-9, TST-10's rank ۳"
# no ASCII digit left in the tie lines but the ids'
left=$( { tieline TST-9; tieline TST-10; } | sed 's/TST-[0-9]*//g' | grep -c '[0-9]')
is "$left" 0 "fa: no ASCII digit in the tie lines but the ids'"

"$HAMYAR" --lang en --db "$DB" rank --explain >"$TMP/ex"
is "$(tieline TST-10 | sed 's/^ *//')" "Same score and date as TST-9, rank 2: after it, by id." \
    "--lang en: the rank in ASCII, as the raw values"
holds "$(under TST-10)" "4,000" "--lang en: the population in ASCII"

PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$DB" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$DB" rank --explain >"$TMP/ex"
is "$(tieline TST-10 | sed 's/^ *//')" "هم‌امتیاز و هم‌تاریخ با TST-9، رتبهٔ 2: به ترتیب شناسه پس از آن آمده است." \
    "ASCII digits chosen: the rank in ASCII, as the raw values"
holds "$(under TST-10)" "4,000" "... the population 4,000"
# rank without --explain, for scripts: no tie line, positions in ASCII
is "$("$HAMYAR" --db "$DB" rank | sed 1d | awk '{print $1 $2}' | tr '\n' ' ')" "1TST-11 2TST-9 3TST-10 " \
    "rank's rows: positions and ids in ASCII"
done_testing
