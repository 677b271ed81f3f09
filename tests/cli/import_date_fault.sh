# A date that is no day of the calendar is refused naming its fault, in the
# import as in the forms and `date j2g`: month 13, day 32, Mehr 31, Esfand
# 31, Esfand 30 of a year that is not leap.  Before, the import said «چنین
# تاریخی در تقویم وجود ندارد» for each, leaving a clerk to find which of
# the year, month and day was wrong.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "a unit"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی,900000000,4,4,۱۴۰۳/۱۳/۰۱,identified,1'
	echo 'MRG-11,MRG-1,space,تعمیر سقف کلانتری,50000000,3,3,1403/07/31,identified,1'
	echo 'MRG-12,MRG-1,equipment,خرید بی‌سیم,40000000,3,3,١٤٠٣/١١/٣١,identified,1'
	echo 'MRG-13,MRG-1,equipment,دوربین مداربسته,40000000,3,3,1403/12/31,identified,1'
	echo 'MRG-14,MRG-1,equipment,نصب نرده,40000000,3,3,1403/02/32,identified,1'
	echo 'MRG-15,MRG-1,equipment,نصب چراغ,40000000,3,3,1402/12/30,identified,1'
} >"$TMP/n.csv"
"$HAMYAR" --db "$DB" --lang en import needs "$TMP/n.csv" >/dev/null 2>"$TMP/en"; is $? 1 "six bad dates: exit 1"
line() { grep -F "line $1," "$TMP/en" | sed 's/.*(identified_on): //'; }
is "$(line 2)" "There is no such month: a month is 1 to 12" "month 13 named"
is "$(line 3)" "Mehr has 30 days" "Mehr 31 named"
is "$(line 4)" "Bahman has 30 days" "Bahman 31 (Arabic-Indic digits) named"
is "$(line 5)" "Esfand has 29 days, 30 in a leap year" "Esfand 31 of a leap year named"
is "$(line 6)" "There is no such day: a day of the month is 1 to 31" "day 32 named"
is "$(line 7)" "This year is not a leap year: its Esfand has 29 days" "Esfand 30 of 1402, as before"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>"$TMP/fa"
holds "$(cat "$TMP/fa")" "سطر 2، ستون 8 (identified_on): چنین ماهی نیست: ماه از 1 تا 12 است" "in Persian, its numbers in ASCII"
holds "$(cat "$TMP/fa")" "سطر 3، ستون 8 (identified_on): مهر 30 روز دارد" "... Mehr 31"
! grep -qF 'چنین تاریخی در تقویم وجود ندارد' "$TMP/fa"; ok $? "... no longer «no such date» for any"
done_testing
