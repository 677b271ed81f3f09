# On the ranking screen a need whose population served was left blank
# showed «۰» as its population, ranked as if it served no one, and F1 said
# nothing of it, nor that the gap is a cost (a smaller gap ranks higher),
# nor what «علاقه‌مندی» counts.  Now the population reads «نامشخص» and F1
# says how it is ranked (the median of the needs ranked that have one),
# that the gap is a cost, and that interest counts the county's active
# donors interested in the need's category.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTST-24,TST-1,equipment,بی‌سیم گشت ۲ عدد,60000000,4,4,,1403/03/01,identified\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "TST-24 with its population left blank"
pos=$("$HAMYAR" --db "$DB" rank | awk '$2 == "TST-24" { print $1 }')
[ -n "$pos" ]; ok $? "TST-24 is ranked ($pos)"

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
i=1
while [ "$i" -lt "$pos" ]; do scr_keys Down; i=$((i + 1)); done
scr_wait "$(vis 'چرا TST-24:')"; ok $? "TST-24 explained"
row_has "$(vis 'جمعیت')" "$(vis 'نامشخص')"
ok $? "its population reads «نامشخص»" || scr_cap | sed 's/^/# /'
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null
scr_wait "$(vis 'معیار هزینه است')"; ok $? "F1: the gap is a cost" || scr_cap | sed 's/^/# /'
scr_cap | grep -qF "$(vis 'هرچه کسری کمتر باشد، نیاز رتبهٔ بهتری')"; ok $? "F1: a smaller gap ranks higher"
scr_cap | grep -qF "$(vis 'علاقه‌مندی شمار خیّرین فعال')"; ok $? "F1: what interest counts"
scr_cap | grep -qF "$(vis 'میانهٔ جمعیت')"; ok $? "F1: an unknown population is ranked as the median"
scr_keys Escape; scr_gone "$(vis 'راهنما')" >/dev/null
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
