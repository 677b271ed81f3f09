# hamyar audit in Persian writes a record's figures in Persian digits, and
# the text stored beside them (a title, a name) in those digits too, as
# every screen shows stored text: «فوریت: (خالی) -> "۴"», «جمعیت تحت
# پوشش: ... "۳۰٬۰۰۰"» (grouped, as rank --explain writes it), «عنوان: ...
# "ساخت پاسگاه ۲ مراغه"», a Latin word's digits as written (`4MP`).
# Before, the amounts were Persian («۵۰۰٬۰۰۰٬۰۰۰») and the rest of the
# entry ASCII ("4", "30000", "ساخت پاسگاه 2 مراغه").  Under --lang en, and
# for a user who chose ASCII digits, as stored (ASCII); ids keep ASCII.
# Dates, the entry's own date and time in its heading and a date field's
# value, are in the same digits («۱۴۰۵/۰۹/۰۷ ۰۸:۱۵:۰۲», «۱۴۰۳/۰۲/۰۱»):
# before, they stayed ASCII among the Persian figures.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null 2>&1; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی ۲ مراغه,MRG\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه 2 مراغه,500000000,4,3,30000,1403/02/01,approved'
	echo 'MRG-11,MRG-1,equipment,دوربین 4MP کلانتري ۱۱,50000000,2,5,1200,1403/02/01,approved'
} >"$TMP/n.csv"
for k in u:units n:needs; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null 2>&1; ok $? "import ${k#*:}"
done

"$HAMYAR" --db "$DB" audit --id MRG-10 >"$TMP/fa"; ok $? "audit --id MRG-10"
line() { grep -qxF "$1" "$TMP/fa"; ok $? "$2"; }
line '  هزینهٔ برآوردی (ریال): (خالی) -> "۵۰۰٬۰۰۰٬۰۰۰"' "fa: the estimated cost in Persian digits, as before"
line '  فوریت: (خالی) -> "۴"' "fa: urgency in Persian digits"
line '  اثرگذاری: (خالی) -> "۳"' "fa: impact in Persian digits"
line '  جمعیت تحت پوشش: (خالی) -> "۳۰٬۰۰۰"' "fa: the population grouped in Persian digits"
line '  عنوان: (خالی) -> "ساخت پاسگاه ۲ مراغه"' "fa: the title in the figures' digits"
line '  شناسه: (خالی) -> "MRG-10"' "fa: the id as stored"
line '  تاریخ شناسایی: (خالی) -> "۱۴۰۳/۰۲/۰۱"' "fa: a date in Persian digits too (was ASCII)"
today_fa=$(echo "$("$HAMYAR" date g2j "$(date +%Y-%m-%d)")" | "$HAMYAR" text digits-fa)
sed -n 1p "$TMP/fa" | grep -Eq "^$today_fa [۰۱۲۳۴۵۶۷۸۹]{2}:[۰۱۲۳۴۵۶۷۸۹]{2}:[۰۱۲۳۴۵۶۷۸۹]{2} "
ok $? "fa: the heading's date and time in Persian digits ($today_fa)"
"$HAMYAR" --db "$DB" audit --id MRG-11 >"$TMP/fa"
line '  عنوان: (خالی) -> "دوربین 4MP کلانتری ۱۱"' "fa: a Latin word's digits as written"
"$HAMYAR" --db "$DB" audit --id MRG-1 >"$TMP/fa"
line '  نام: (خالی) -> "پاسگاه انتظامی ۲ مراغه"' "fa: a unit's name too"

"$HAMYAR" --lang en --db "$DB" audit --id MRG-10 >"$TMP/en"; ok $? "audit --lang en"
grep -qxF '  urgency: (empty) -> "4"' "$TMP/en"; ok $? "en: urgency as stored"
grep -qxF '  population: (empty) -> "30000"' "$TMP/en"; ok $? "en: the population as stored"
grep -qxF '  title: (empty) -> "ساخت پاسگاه 2 مراغه"' "$TMP/en"; ok $? "en: the title as stored"
grep -qxF '  identified_on: (empty) -> "1403/02/01"' "$TMP/en"; ok $? "en: a date as stored"
sed -n 1p "$TMP/en" | grep -Eq '^1[34][0-9]{2}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} '; ok $? "en: the heading's date and time in ASCII"

PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$DB" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$DB" audit --id MRG-10 >"$TMP/fa"
line '  فوریت: (خالی) -> "4"' "fa, ASCII digits chosen: urgency in ASCII"
line '  جمعیت تحت پوشش: (خالی) -> "30,000"' "fa, ASCII digits chosen: the population grouped with commas, as the amounts"
line '  عنوان: (خالی) -> "ساخت پاسگاه 2 مراغه"' "fa, ASCII digits chosen: the title as stored"
line '  تاریخ شناسایی: (خالی) -> "1403/02/01"' "fa, ASCII digits chosen: a date in ASCII"
sed -n 1p "$TMP/fa" | grep -Eq '^1[34][0-9]{2}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} '; ok $? "fa, ASCII digits chosen: the heading's date and time in ASCII"
done_testing
