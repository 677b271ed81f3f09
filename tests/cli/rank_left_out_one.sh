# hamyar rank's first line counts the open needs it leaves out; in Persian
# its verbs were plural whatever the count: «1 نیاز باز کسری ندارند ... و
# رتبه‌بندی نشدند».  The message now has plural forms (the catalogs'
# msgid_plural, Persian's second form for more than one), so one need
# reads singular («1 نیاز باز کسری ندارد ... و رتبه‌بندی نشد»), more than
# one plural as before; the same for the needs of an inactive unit.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "init"
{
	echo "id,kind,name,county,active"
	echo "TST-1,station,کلانتری ۱۲ تبريز,TBZ,1"
	echo "TST-2,post,پاسگاه عجب‌شیر,AJB,1"
} >"$TMP/units.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-10,TST-1,equipment,دوربين‌های مداربسته ورودی,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-12,TST-1,policing,گشت داوطلبان محله,,4,4,9000,1403/04/01,assessed"
	echo "TST-16,TST-2,costs,سوخت خودروهای گشت,۳۰٬۰۰۰٬۰۰۰,2,4,9000,1403/04/01,identified"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import units "$TMP/units.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null
ok $? "three needs; TST-12 without a cost"
printf 'id,kind,name,county,active\nTST-2,post,پاسگاه عجب‌شیر,AJB,0\n' >"$TMP/off.csv"
"$HAMYAR" --db "$DB" import units "$TMP/off.csv" >/dev/null; ok $? "TST-2 made inactive: its one need is left out"

"$HAMYAR" --db "$DB" rank >"$TMP/fa"; ok $? "rank: exit 0"
is "$(head -n 1 "$TMP/fa")" "1 نیاز به روش TOPSIS اولویت‌بندی شد؛ 1 نیاز باز کسری ندارد (هزینه‌اش کامل تعهد شده یا برآورد هزینه ندارد) و رتبه‌بندی نشد؛ 1 نیاز باز از واحدی غیرفعال رتبه‌بندی نشد" \
    "one need without a gap, one of an inactive unit: singular verbs"
"$HAMYAR" --lang en --db "$DB" rank >"$TMP/en"
is "$(head -n 1 "$TMP/en")" "needs ranked: 1, by topsis; open needs not ranked for having no gap (pledged in full, or no estimated cost): 1; open needs of a unit marked inactive, not ranked: 1" \
    "in English as before"

# two of each: plural
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTST-17,TST-1,space,ساخت سایه‌بان,,2,2,800,1403/06/01,identified\nTST-18,TST-2,space,نمازخانه,30000000,2,2,800,1403/06/01,approved\n' >"$TMP/more.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/more.csv" >/dev/null; ok $? "another need without a cost, another of the inactive unit"
is "$("$HAMYAR" --db "$DB" rank | head -n 1)" "1 نیاز به روش TOPSIS اولویت‌بندی شد؛ 2 نیاز باز کسری ندارند (هزینه‌شان کامل تعهد شده یا برآورد هزینه ندارند) و رتبه‌بندی نشدند؛ 2 نیاز باز از واحدهای غیرفعال رتبه‌بندی نشدند" \
    "two of each: plural verbs"
done_testing
