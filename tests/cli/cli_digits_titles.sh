# The text a report, `match need` and `match donor` print from the
# database (a need's or stage's title, a donor's name, a ceremony's title
# and place) is written in the digits of the figures beside it, as every
# screen shows stored text (README: «the digits in stored text ... in the
# same digits as the figures»): in Persian «ساخت پاسگاه ۲ مراغه — مرحلهٔ ۲
# اسکلت» after the dates and days in Persian digits, a Latin word's digits
# as written (`4MP`), and under --lang en as stored.  Titles are stored
# with ASCII digits whatever was typed, so before, those lines read
# «۱۴۰۴/۰۵/۰۱  ۳۱  ۴۰ ساخت پاسگاه 2 مراغه — مرحلهٔ 2 اسکلت» and
# «۹۰۰٬۰۰۰٬۰۰۰  ساخت پاسگاه 2 مراغه».  `rank`'s rows, whose position and
# score are ASCII for scripts, write the titles as stored, as before; the
# messages' numbers stay ASCII (cli_digits_ascii.sh).
. "$HAMYAR_SRC/tests/lib.sh"
export HAMYAR_TODAY=1404/06/01
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null 2>&1; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی ۲ مراغه,MRG\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه 2 مراغه,900000000,4,4,30000,1403/02/01,in_progress'
	echo 'MRG-11,MRG-1,equipment,دوربین 4MP کلانتري ۱۱,50000000,3,3,30000,1403/02/01,approved'
} >"$TMP/n.csv"
printf 'id,need,title,planned_start,planned_end,progress\nMRG-20,MRG-10,مرحلهٔ ۲ اسکلت,1403/03/01,1404/05/01,40\n' >"$TMP/s.csv"
printf 'id,kind,name,county,interests,capacity\nMRG-30,org,کارگاه ۲ برادران,MRG,equipment,700000000\n' >"$TMP/d.csv"
printf 'held_on,title,place,donors\n1404/05/20,تجلیل هفتهٔ ناجا 1404,سالن 3 فرمانداری,MRG-30\n' >"$TMP/r.csv"
for k in u:units n:needs s:stages d:donors r:recognitions; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null 2>&1; ok $? "import ${k#*:}"
done

ascii_digit() { printf '%s' "$1" | grep -q '[0-9]'; }
out=$("$HAMYAR" --db "$DB" report); ok $? "report"
late=$(printf '%s\n' "$out" | grep '^MRG-10 ')
holds "$late" 'ساخت پاسگاه ۲ مراغه — مرحلهٔ ۲ اسکلت' "report: the overdue stage's need and stage titles in Persian digits, as its dates"
ascii_digit "${late#MRG-10}"; is $? 1 "... no ASCII digit after the id on its line"
holds "$out" 'تجلیل هفتهٔ ناجا ۱۴۰۴ — سالن ۳ فرمانداری' "report: a ceremony's title and place in Persian digits"

out=$("$HAMYAR" --db "$DB" match donor MRG-30); ok $? "match donor"
holds "$out" 'دوربین 4MP کلانتری ۱۱' "match donor: a need's title in Persian digits, 4MP as written"
out=$("$HAMYAR" --db "$DB" match need MRG-11); ok $? "match need"
holds "$out" 'کارگاه ۲ برادران' "match need: a donor's name in Persian digits"

out=$("$HAMYAR" --lang en --db "$DB" report)
holds "$out" 'ساخت پاسگاه 2 مراغه — مرحلهٔ 2 اسکلت' "--lang en: the titles as stored, as its ASCII figures"
out=$("$HAMYAR" --lang en --db "$DB" match donor MRG-30)
holds "$out" 'دوربین 4MP کلانتری 11' "--lang en: match as stored"
out=$("$HAMYAR" --db "$DB" rank)
holds "$out" 'دوربین 4MP کلانتری 11' "rank: its rows' titles as stored, beside the ASCII position and score"
# rank --explain is for a person: its raw values are in the user's digits
# («۵۰٬۰۰۰٬۰۰۰»), and the title of the need on the row above them is too
# (before, «دوربین 4MP کلانتری 11» above «۵۰٬۰۰۰٬۰۰۰»)
out=$("$HAMYAR" --db "$DB" rank --explain --id MRG-11); ok $? "rank --explain --id"
holds "$out" 'MRG-11' "rank --explain: the need's row"
holds "$out" 'دوربین 4MP کلانتری ۱۱' "rank --explain: the row's title in Persian digits, as the raw values under it, 4MP as written"
holds "$out" '۵۰٬۰۰۰٬۰۰۰' "... under it, its gap in Persian digits"
out=$("$HAMYAR" --lang en --db "$DB" rank --explain --id MRG-11)
holds "$out" 'دوربین 4MP کلانتری 11' "--lang en: rank --explain's title as stored"
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$DB" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
out=$("$HAMYAR" --db "$DB" rank --explain --id MRG-11)
holds "$out" 'دوربین 4MP کلانتری 11' "ASCII digits chosen: rank --explain's title as stored"
holds "$out" '50,000,000' "... beside its gap with commas"
done_testing
