# A new station's first week: the office moves its records from the
# spreadsheets it kept before (SPEC §4, §12; README "CSV import").  Files
# as office software writes them; values as clerks typed them.  A value
# the program could read two ways is refused, never read the wrong way.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
# A donor file with one value in a column (amounts go in capacity), as a
# spreadsheet writes it (Excel's "CSV UTF-8": BOM, CR LF).
donors_with() {	# donors_with FILE HEADER VALUE...: one donor a value
	f=$1 h=$2; shift 2
	printf '\357\273\277name,kind,county,%s\r\n' "$h" >"$f"
	i=1
	for v in "$@"; do printf 'خیّر %s,شخص حقیقی,تبریز,%s\r\n' "$i" "$v" >>"$f"; i=$((i + 1)); done
}
export_col() {	# export_col KIND FIELD: the field's exported column, one a line
	"$HAMYAR" --db "$D" export "$1" | tr -d '\r' | awk -F, -v f="$2" 'NR == 1 {
		sub(/^\357\273\277/, ""); for (i = 1; i <= NF; i++) if ($i == f) c = i; next }
		{ print $c }'
}

# ---- amounts: digits grouped by threes, and only so.  A comma that marks
# decimals (12000000,00 from a region that writes them so, 1,5) is not a
# group separator: read as one, it made 1,200,000,000 of 12 million.
donors_with "$TMP/dec.csv" capacity '"12000000,00"' '"1,5"' '"۱۲٬۰۰"' '"1,2,3"' '"12,0000,000"' '1 5'
"$HAMYAR" --lang en --db "$D" import donors "$TMP/dec.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "amounts whose commas do not group by threes: refused"
is "$(grep -c 'column 4 (capacity): Digits are grouped by threes' "$TMP/err")" 6 \
    "... each of the six, saying digits are grouped by threes"
is "$(export_col donors capacity)" "" "... and nothing was written"
donors_with "$TMP/grp.csv" capacity '"12,000,000"' '۱۲٬۰۰۰٬۰۰۰' '"1,500"' '12 000 000' '۲۵،۰۰۰' '999'
"$HAMYAR" --lang en --db "$D" import donors "$TMP/grp.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "amounts grouped by threes are read"
is "$(export_col donors capacity | tr '\n' ' ')" "12000000 12000000 1500 12000000 25000 999 " "... as the numbers they show"
printf 'id,kind,name,county\nTBZ-50,station,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>&1
printf 'unit,category,title,urgency,impact,identified_on,status,population\nTBZ-50,space,ساختمان,5,4,1403/01/05,identified,"120000,5"\n' >"$TMP/pop.csv"
"$HAMYAR" --lang en --db "$D" import needs "$TMP/pop.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a population of 120000,5 is refused, not read as 1,200,005"
grep -q 'column 8 (population): Digits are grouped by threes' "$TMP/err"; ok $? "... for its grouping"

# An amount in a Currency format: the unit, ریال, taken off; تومان refused.
# (Not 12,000,000: خیّر 1 of that capacity is stored, and the row would
# repeat it.)
donors_with "$TMP/cur.csv" capacity '"15,000,000 ريال"' '"1,200,000 تومان"'
"$HAMYAR" --lang en --db "$D" import donors "$TMP/cur.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "an amount in tomans: refused"
grep -q 'line 3, column 4 (capacity): Amounts are in rials: write this one in rials (a toman is ten rials)' "$TMP/err"; ok $? "... saying amounts are in rials"
grep -q 'line 2, column 4' "$TMP/err"; is $? 1 "... 15,000,000 ريال is good"	# (خیّر 1 again: warned on his name)

# ---- dates as clerks and spreadsheets write them.  Jalali in any digits
# and either separator; a two-digit year (03/1/5 was year 3) and the year
# last (a spreadsheet's 3/24/2024, a clerk's 05/01/1403) are refused; an
# ISO Gregorian date (a bank statement's 2024-03-24, stored as the Jalali
# year 2024 before) is kept as the day it names, with a warning.
needs_dated() {	# needs_dated FILE DATE...: one need a date
	f=$1; shift
	printf 'unit,category,title,urgency,impact,identified_on,status\r\n' >"$f"
	for v in "$@"; do printf 'TBZ-50,space,نیاز %s,5,4,%s,identified\r\n' "$v" "$v" >>"$f"; done
}
needs_dated "$TMP/short.csv" 03/1/5 99/12/01 05/01/1403 3/24/2024 24/03/2024
"$HAMYAR" --lang en --db "$D" import needs "$TMP/short.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "dates with a short year or the year last: refused"
grep -q 'line 2, column 6 (identified_on): Write the year with four digits, as in 1403/01/05' "$TMP/err"
ok $? "03/1/5: the year with four digits"
grep -q 'line 3, column 6 (identified_on): Write the year with four digits' "$TMP/err"; ok $? "99/12/01: the same"
is "$(grep -c 'A date is written year/month/day' "$TMP/err")" 3 "the year last (3 rows): year/month/day"
is "$(export_col needs identified_on)" "" "... nothing written"
# A year mistyped (1043 for 1403, 1504 for 1405, 2204 for 2024) was
# stored as typed: a year before 1300, or more than 50 years after today's,
# is refused as mistyped, showing the form a date is written in.
needs_dated "$TMP/typo.csv" 1043/01/05 ۱۰۴۳/۰۷/۱۲ 1504/01/05 2204-03-24 1299/12/29 1403/01/05 1453/12/29
HAMYAR_TODAY=1403/06/15 "$HAMYAR" --lang en --db "$D" import needs "$TMP/typo.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "dates of a mistyped year: refused"
grep -q 'line 2, column 6 (identified_on): The year looks mistyped: write the date as in 1403/01/05' "$TMP/err"
ok $? "1043/01/05: the year looks mistyped, the form shown"
is "$(grep -c 'The year looks mistyped' "$TMP/err")" 5 "... 1043 in Persian digits, 1504, 2204 and 1299 too (5 rows)"
# (1453, a day still to come, is warned about as such: not refused)
grep 'line [78],' "$TMP/err" | grep -v 'warning: This date is after today' | grep -q .
is $? 1 "... 1403 and today's year + 50 (1453) are good"
is "$(export_col needs identified_on)" "" "... nothing written"
HAMYAR_TODAY=1403/06/15 "$HAMYAR" --db "$D" import needs "$TMP/typo.csv" 2>&1 >/dev/null | grep -q 'سطر 2، ستون 6 (identified_on): سال تاریخ اشتباه تایپ شده به نظر می‌رسد: تاریخ را مانند 1403/01/05 بنویسید'
ok $? "... in Persian the same, its example date in ASCII digits"
needs_dated "$TMP/dates.csv" 1403/1/5 ۱۴۰۳/۰۱/۰۵ 1403-01-05 ١٤٠٣/١/٥ 2024-03-24 2025/03/21
"$HAMYAR" --lang en --db "$D" import needs "$TMP/dates.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "Jalali dates in any digits, and Gregorian ones"
is "$(export_col needs identified_on | tr '\n' ' ')" "1403/01/05 1403/01/05 1403/01/05 1403/01/05 1403/01/05 1404/01/01 " \
    "... each the day it names"
grep -q 'line 6, column 6 (identified_on): warning: 2024-03-24 is a Gregorian date: kept as 1403/01/05, the same day of the Jalali calendar' "$TMP/err"
ok $? "... a Gregorian one with a warning naming the day kept"
is "$(grep -c 'warning' "$TMP/err")" 2 "... only the two Gregorian ones warned about"

# ---- a file separated by semicolons, as Excel writes any CSV (its "CSV
# UTF-8 (Comma delimited)" too) where the region's list separator is one:
# Persian headers, an amount grouped by commas (not quoted: no comma
# separates here), a quoted address of two lines with a semicolon in it,
# empty columns at the end and a blank last line.  Refused before with the
# advice to save it with commas, which such an Excel cannot do.
printf '\357\273\277نام;نوع;شهرستان;تلفن همراه;نشانی;توان مشارکت (ریال);;\r\n' >"$TMP/semi.csv"
printf 'نرگس امینی;شخص حقیقی;مراغه;0914 765 4321;"مراغه، خیابان امام; کوچهٔ ۲\r\nپلاک ۳";12,000,000;;\r\n;;;;;;;\r\n\r\n' >>"$TMP/semi.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/semi.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a file separated by semicolons is read"
"$HAMYAR" --db "$D" export donors | tr -d '\r' >"$TMP/d.csv"
grep -q '^TBZ-[0-9]*,person,نرگس امینی,,,09147654321,,MRG,"مراغه، خیابان امام; کوچهٔ 2$' "$TMP/d.csv"; ok $? "... each cell in its field"
grep -q '^پلاک 3",,12000000,,,1$' "$TMP/d.csv"; ok $? "... the address's second line, the amount"
# cells copied from a spreadsheet into a text editor: tabs
printf 'name\tkind\tcounty\tnotes\n رضا توکلی \tperson\tTBZ\t  \n' >"$TMP/tab.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/tab.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a file separated by tabs is read"
"$HAMYAR" --db "$D" export donors | tr -d '\r' | grep -q '^TBZ-[0-9]*,person,رضا توکلی,,,,,TBZ,,,,,,1$'; ok $? "... each cell in its field"

# ---- Excel's short form of a long number (1.23457E+09 in the CSV, six of
# its digits kept): refused, saying so and how to save the digits, not
# "only digits are allowed" of a value the clerk sees as digits.
printf 'name,kind,county,national_id,mobile,legal_id,capacity\n' >"$TMP/sci.csv"
printf 'خیّر یک,person,TBZ,1.23457E+09,,,\nخیّر دو,person,TBZ,,9.14123E+09,,\nشرکت سه,org,TBZ,,,1.01E+10,\nخیّر چهار,person,TBZ,,,,2.5E+11\n' >>"$TMP/sci.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/sci.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "numbers in scientific form: refused"
is "$(grep -c 'The spreadsheet wrote this number shortened (as 1.23457E+09), its other digits lost: format the column as Number with no decimals, or as Text' "$TMP/err")" 4 \
    "... each (national id, mobile, legal id, amount) with what happened and what to do"
grep -q 'line 2, column 4 (national_id)' "$TMP/err" && grep -q 'line 5, column 7 (capacity)' "$TMP/err"; ok $? "... by line and column"
"$HAMYAR" --db "$D" import donors "$TMP/sci.csv" >"$TMP/out" 2>"$TMP/err"
grep -q 'سطر 2، ستون 4 (national_id): برنامهٔ صفحه‌گسترده این عدد را کوتاه‌شده نوشته است' "$TMP/err"; ok $? "... in Persian by default"

# ---- Excel's Number format (two decimals) and Percent format: a whole
# number after a point and zeros, a progress of 40%, are what they show; a
# fraction of rials is still refused.
printf 'unit,category,title,urgency,impact,identified_on,status,estimated_cost,population\r\n' >"$TMP/dec2.csv"
printf 'TBZ-50,space,ساختمان تازه,5,4,1403/02/01,identified,"2,500,000,000.00",120000.0\r\n' >>"$TMP/dec2.csv"
"$HAMYAR" --lang en --db "$D" import needs "$TMP/dec2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "2,500,000,000.00 and 120000.0 are read"
"$HAMYAR" --db "$D" export needs | tr -d '\r' | grep -q ',ساختمان تازه,,2500000000,5,4,120000,1403/02/01,'; ok $? "... as the whole numbers they show"
nid=$("$HAMYAR" --db "$D" export needs | tr -d '\r' | sed -n 's/^\(TBZ-[0-9]*\),.*,ساختمان تازه,.*/\1/p')
printf 'need,title,planned_start,progress\n%s,تخریب,1403/03/01,40%%\n%s,پی‌ریزی,1403/04/01,۱۰۰٪\n' "$nid" "$nid" >"$TMP/st.csv"
"$HAMYAR" --lang en --db "$D" import stages "$TMP/st.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "progress 40% and ۱۰۰٪ are read"
is "$(export_col stages progress | tr '\n' ' ')" "40 100 " "... as 40 and 100"
donors_with "$TMP/frac.csv" capacity 1500.50 ۲۰٫۵ 1.2345
"$HAMYAR" --lang en --db "$D" import donors "$TMP/frac.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "1500.50, ۲۰٫۵ and 1.2345 rials are refused"
is "$(grep -c 'An amount is a whole number of rials' "$TMP/err")" 3 "... as not whole numbers of rials"
# dots grouping digits by threes, as many in Iran write amounts, are read
donors_with "$TMP/dots.csv" capacity '۲۰.۰۰۰.۰۰۰' '20.000.000' '۱٫۲۵۰٫۰۰۰'
"$HAMYAR" --lang en --db "$D" import donors "$TMP/dots.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "۲۰.۰۰۰.۰۰۰, 20.000.000 and ۱٫۲۵۰٫۰۰۰ are read"
is "$(export_col donors capacity | grep -c -x -e 20000000 -e 1250000)" 3 "... as 20000000 twice and 1250000"

# ---- choices as the forms show them, typed as clerks type them: a space
# where the label has a ZWNJ (شناسایی شده, هزینه های), Arabic ي/ك, and
# انتظامی for «انتظامی (داوطلبانه)», the type's name in the programme.
printf 'واحد,زمینه مشارکت,عنوان,فوریت,اثرگذاری,تاریخ شناسایی,وضعیت\n' >"$TMP/ch.csv"
printf 'TBZ-50,تامین هزینه های خدماتی و امنیتی,برق اضطراری,۴,۳,۱۴۰۳/۰۲/۱۰,شناسایی شده\n' >>"$TMP/ch.csv"
printf 'TBZ-50,انتظامی,گشت محله,3,3,1403/02/10,ارزيابي شده\n' >>"$TMP/ch.csv"
"$HAMYAR" --lang en --db "$D" import needs "$TMP/ch.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "Persian choices with spaces for ZWNJ, انتظامی"
"$HAMYAR" --db "$D" export needs | tr -d '\r' >"$TMP/n.csv"
grep -q ',costs,برق اضطراری,.*,identified,TBZ,1$' "$TMP/n.csv" && grep -q ',policing,گشت محله,.*,assessed,TBZ,1$' "$TMP/n.csv"
ok $? "... read as the choices they name"
printf 'نوع,نام,شهرستان\nهیأت مذهبی,هیئت انصارالحسین,TBZ\nهيئت مذهبي,هیئت محبان,TBZ\n' >"$TMP/grp2.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/grp2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a religious board written هیأت or هيئت"
is "$(export_col groups kind | tr '\n' ' ')" "religious_board religious_board " "... is one"
donors_with "$TMP/int.csv" interests '"توسعه فضاهای انتظامی، تامین هزینه های خدماتی و امنیتی، انتظامی"'
"$HAMYAR" --lang en --db "$D" import donors "$TMP/int.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "interests typed so"
export_col donors interests | grep -qx 'space costs policing'; ok $? "... read as space, costs and policing"
donors_with "$TMP/bad.csv" interests 'انتظامی داوطلبانه، ورزشی'
"$HAMYAR" --lang en --db "$D" import donors "$TMP/bad.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a word that is no type is still refused"
grep -q "line 2, column 4 (interests): Not a participation type" "$TMP/err"; ok $? "... with the types allowed"

# ---- columns: any order, English names in any case, the form's labels
# with extra spaces, Arabic ي/ك or no ZWNJ; the row numbers most office
# sheets start with (ردیف) are passed over; a column the program does not
# know is refused, saying what to do with it.
printf '\357\273\277ردیف, شهرستان ,NAME,کد ملي,Kind,زمینه های علاقه مندی\r\n1,مرند,سارا نوروزی,12345687,شخص حقیقی,حمایتی\r\n' >"$TMP/cols.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/cols.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a row-number column (ردیف) and headers as typed"
"$HAMYAR" --db "$D" export donors | tr -d '\r' | grep -q ',person,سارا نوروزی,0012345687,,,,MRD,,support,'; ok $? "... each value in its field, the id's leading zeros back"
# An office sheet numbers its rows ahead of those filled in: a row whose
# only value is its number ("2,,,,,") is an empty row, passed over; it was
# refused for every required cell left empty.  A row with a value besides
# its number is still read, and refused for what it lacks.
printf 'ردیف,نام و نام خانوادگی,نوع,شهرستان,کد ملی\r\n1,پرویز شکوهی‌نیا,person,مرند,1361234563\r\n2,,,,\r\n۳,,,,\r\n 4 ,, ,,\r\n' >"$TMP/numbered.csv"
"$HAMYAR" --db "$D" import donors "$TMP/numbered.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "rows numbered ahead of the filled ones: passed over"
sed 's/^/# /' "$TMP/err"
export_col donors name | grep -qx 'پرویز شکوهی‌نیا'; ok $? "... the filled row imported"
printf 'ردیف,نام و نام خانوادگی,نوع,شهرستان\n1,,,مرند\n' >"$TMP/numbered2.csv"
"$HAMYAR" --db "$D" import donors "$TMP/numbered2.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a numbered row with a county and no name: refused"
grep -q 'سطر 2، ستون 2 (نام و نام خانوادگی): پر کردن این خانه لازم است' "$TMP/err"; ok $? "... naming the empty name"
# Two stations' sheets joined into one file (copied one under the other,
# or "cat a.csv b.csv", the second with a BOM of its own): its header row
# again is passed over with a note naming its line; each of its cells was
# refused as a value ("نوع" is no kind), drowning the real errors.
printf '\357\273\277نام,نوع,شهرستان,کد ملی\r\nفاطمه صالحی‌نژاد,person,مرند,1581234562\r\n' >"$TMP/joined.csv"
printf '\357\273\277نام,نوع,شهرستان,کد ملی\r\nحسين جعفري,person,جلفا,0034567895\r\n' >>"$TMP/joined.csv"
"$HAMYAR" --db "$D" import donors "$TMP/joined.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "two sheets joined: imported"
holds "$(cat "$TMP/err")" "joined.csv: سطر 3: همان سطر نام ستون‌ها دوباره آمده است" "... the second header row passed over, by its line"
holds "$(cat "$TMP/out")" "۲ ردیف وارد شد: ۲ تازه" "... the two donors, no more"
# a row that only looks like the header (one cell differs) is a row
printf 'نام,نوع,شهرستان\nنام,نوع,مرند\n' >"$TMP/nothdr.csv"
"$HAMYAR" --db "$D" import donors "$TMP/nothdr.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a row like the header but for its county: read as a row"
grep -q 'سطر 2، ستون 2 (نوع): ' "$TMP/err"; ok $? "... its kind refused"
printf 'ردیف,نام,نوع,شهرستان,کد پستی\n1,علی,حقیقی,تبریز,5155511111\n' >"$TMP/unk.csv"
"$HAMYAR" --db "$D" import donors "$TMP/unk.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "an unknown column (کد پستی: no field holds it): refused"
grep -q 'سطر 1، ستون 5: ستون «کد پستی» شناخته نیست' "$TMP/err"; ok $? "... named by line and column"
grep -q 'mobile (تلفن همراه)،.*نام هر ستون ناشناخته را یکی از این نام‌ها یا برچسب‌ها بگذارید، یا آن ستون را پاک کنید' "$TMP/err"
ok $? "... with the columns allowed and what to do"

# A sheet's empty first row (",,,,") above the header is passed over; so
# is a title alone on the first line above it (one cell, the others
# empty), with a note naming it: it was refused as an unknown column, with
# every column allowed listed before the advice to delete its line.
printf ',,,,\r\nname,kind,county,notes,\r\nمهدی صادقی,person,TBZ,,\r\n' >"$TMP/empty1.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/empty1.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a row of empty cells above the header: passed over"
export_col donors name | grep -qx 'مهدی صادقی'; ok $? "... the row under the header imported"
printf 'فهرست خیّرین شهرستان مرند ۱۴۰۳,,,\nname,kind,county,notes\nعلی‌اکبر رضايي,person,MRD,خیّر قديمی\n' >"$TMP/title.csv"
"$HAMYAR" --db "$D" import donors "$TMP/title.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a title above the header: passed over"
export_col donors name | grep -qx 'علی‌اکبر رضایی'; ok $? "... the row under the header imported"
grep -q 'سطر 1: «فهرست خیّرین شهرستان مرند ۱۴۰۳» عنوانی بالای نام ستون‌ها خوانده شد و از آن گذشتیم؛ نام ستون‌ها از سطر 2 خوانده می‌شود' "$TMP/err"
ok $? "... saying so in a note"
grep -q 'ستون.*شناخته نیست' "$TMP/err"; is $? 1 "... not an unknown column"
# under a title, a header with a bad column: the header's own error, at
# line 3 (an empty line first), and nothing written
printf '\n"فهرست گروه‌های مرجع، مرند",,\nname,county,کد پستی\nهیئت انصار,MRD,5155511111\n' >"$TMP/title2.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/title2.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a title and a bad header: refused"
grep -qF "title2.csv: line 2: 'فهرست گروه‌های مرجع، مرند' is read as a title above the column names, and passed over; the column names are read from line 3" "$TMP/err"; ok $? "... the title named"
grep -qF "title2.csv: line 3, column 3: unknown column 'کد پستی'" "$TMP/err"; ok $? "... the header's unknown column named"
export_col groups name | grep -qx 'هیئت انصار'; is $? 1 "... nothing written"
# Two and three title lines above the header (a sheet's title, the date it
# was made): each passed over with its note; under two titles a header
# with an unknown column is refused with that column named; a fourth lone
# cell is past what is taken as titles: line 1 is read as the header.
printf 'فهرست خیّرین شهرستان مرند,,,\r\n"تهیه‌شده در ۱۴۰۳/۰۲/۱۰",,,\r\nنام,نوع,شهرستان,تلفن همراه\r\nزهرا علی‌نژاد,حقيقي,مرند,۰۹۱۴٣٣3۴۴۵۵\r\nكاظم يزدانی‌پور,حقیقی,MRD,\r\n' >"$TMP/titles2.csv"
"$HAMYAR" --db "$D" import donors "$TMP/titles2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "two title lines above the header: passed over"
export_col donors name | grep -qx 'زهرا علی‌نژاد'; ok $? "... the first row under the header imported"
export_col donors name | grep -qx 'کاظم یزدانی‌پور'; ok $? "... and the second, its ي and ك as ی and ک"
"$HAMYAR" --db "$D" export donors | tr -d '\r' | grep -q ',زهرا علی‌نژاد,.*,09143334455,'; ok $? "... the mobile's mixed digits read"
grep -q 'سطر 1: «فهرست خیّرین شهرستان مرند» عنوانی بالای نام ستون‌ها خوانده شد و از آن گذشتیم؛ نام ستون‌ها از سطر 3 خوانده می‌شود' "$TMP/err"
ok $? "... a note for line 1"
grep -q 'سطر 2: «تهیه‌شده در ۱۴۰۳/۰۲/۱۰» عنوانی بالای نام ستون‌ها خوانده شد و از آن گذشتیم؛ نام ستون‌ها از سطر 3 خوانده می‌شود' "$TMP/err"
ok $? "... and one for line 2"
printf 'فهرست گروه‌های مرجع\n\nشهرستان مرند\nتهیه‌شده در 1403/02/10\nنام,نوع,شهرستان\nهیئت عاشقان ثارالله,religious_board,مرند\n' >"$TMP/titles3.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/titles3.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "three title lines (an empty line among them): passed over"
grep -qF "titles3.csv: line 4: 'تهیه‌شده در 1403/02/10' is read as a title above the column names, and passed over; the column names are read from line 5" "$TMP/err"; ok $? "... the third named (English)"
export_col groups name | grep -qx 'هیئت عاشقان ثارالله'; ok $? "... the row imported"
printf 'فهرست گروه‌های مرجع، مرند\nتهیه‌شده در ۱۴۰۳/۰۲/۱۰\nname,county,کد پستی\nهیئت انصار المهدي,MRD,5155511111\n' >"$TMP/titles_bad.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/titles_bad.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "two titles and a bad header: refused"
grep -qF "titles_bad.csv: line 3, column 3: unknown column 'کد پستی'" "$TMP/err"; ok $? "... the header's unknown column named"
grep -qF "titles_bad.csv: line 2: 'تهیه‌شده در ۱۴۰۳/۰۲/۱۰' is read as a title" "$TMP/err"; ok $? "... the titles named"
export_col groups name | grep -q 'انصار المهدی'; is $? 1 "... nothing written"
printf 'فهرست خیّرین\nشهرستان مرند\nسال ۱۴۰۳\nتهیه‌شده در ۱۴۰۳/۰۲/۱۰\nname,kind,county\nرضا کاظمی‌فر,person,MRD\n' >"$TMP/titles4.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/titles4.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "four lone cells above the header: refused"
grep -qF "titles4.csv: line 1, column 1: unknown column 'فهرست خیّرین'" "$TMP/err"; ok $? "... line 1 read as the header"
grep -qF "titles4.csv: line 1: the first line that is not empty is read as the column names; if 'فهرست خیّرین' is a title above them, delete its line" "$TMP/err"; ok $? "... with the advice about titles"
# one cell on each of the first two lines: a one-column file whose header
# is mistyped, most likely, not a title: the first line is the header,
# refused with the columns allowed and the advice about titles
printf 'نامم\nمریم کریمی\n' >"$TMP/one.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/one.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "one unknown cell on lines 1 and 2: refused"
grep -qF "one.csv: line 1, column 1: unknown column 'نامم'" "$TMP/err"; ok $? "... line 1 read as the header"
grep -qF "one.csv: line 1: the first line that is not empty is read as the column names; if 'نامم' is a title above them, delete its line" "$TMP/err"; ok $? "... with the advice about titles"
printf 'فهرست خیرین\n' >"$TMP/only.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/only.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a title and nothing else: refused"
grep -qF "only.csv: line 1, column 1: unknown column 'فهرست خیرین'" "$TMP/err"; ok $? "... read as the header, as before"

# ---- counties as clerks write them: Arabic letters, a space where the
# name has a ZWNJ or none (بستان آباد, عجب شیر, هشت رود), the word
# شهرستان before it, the English name in any case and spacing.
printf 'name,kind,county\n' >"$TMP/cty.csv"
for c in 'بستان آباد' 'عجب شير' 'هشت رود' 'شهرستان مراغه' 'khoda afarin' 'KhodaAfarin' 'آذر شهر'; do
	printf 'خیّر %s,person,%s\n' "$c" "$c" >>"$TMP/cty.csv"
done
"$HAMYAR" --lang en --db "$D" import donors "$TMP/cty.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "county names as typed"
is "$("$HAMYAR" --db "$D" export donors | tr -d '\r' | grep ',person,خیر [^0-9]' | awk -F, '{ printf "%s ", $8 }')" "BST AJB HST MRG KHD KHD AZS " "... each the county it names"
printf 'name,kind,county\nx,person,شهر تبریز\n' >"$TMP/cty2.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/cty2.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a name that is no county's is refused"

# ---- the round trip: export all, open and save each file as spreadsheet
# programs do (python's csv module: LibreOffice's plain LF file without a
# BOM; Excel's CSV UTF-8 with every number as it shows it, leading zeros
# dropped: 0012345687 12345687, 09147654321 9147654321), import it back:
# nothing changes, nothing is added, and the import says so.
"$HAMYAR" --db "$D" export all --out "$TMP/x1" >/dev/null 2>&1; ok $? "export all"
"$HAMYAR" --db "$D" audit >"$TMP/audit1"
resave() {	# resave MODE FROM TO
	python3 - "$@" <<'PY'
import csv, os, sys
mode, src, dst = sys.argv[1:4]
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    with open(os.path.join(src, fn), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if mode == "excel":
        rows = [rows[0]] + [[str(int(c)) if c.isdigit() and len(c) < 16 else c for c in r] for r in rows[1:]]
    with open(os.path.join(dst, fn), "w", encoding="utf-8-sig" if mode == "excel" else "utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n" if mode == "excel" else "\n").writerows(rows)
PY
}
for mode in plain excel; do
	resave $mode "$TMP/x1" "$TMP/y_$mode"; ok $? "$mode: the files opened and saved again"
	grep -q ',12345687,' "$TMP/y_excel/donors.csv" 2>/dev/null || [ $mode = plain ]; ok $? "$mode: (a national id without its zeros)"
	r=0 said=
	for k in groups donors units needs pledges payments stages recognitions; do
		"$HAMYAR" --lang en --db "$D" import $k "$TMP/y_$mode/$k.csv" >"$TMP/out" 2>"$TMP/err" || { r=1; sed 's/^/# /' "$TMP/err"; }
		grep -q '^rows imported: [0-9]* (new: 0, updated: 0, unchanged: [0-9]*)$' "$TMP/out" || said="$said $k"
	done
	ok $r "$mode: every file imports back"
	is "$said" "" "$mode: each import says 0 new, 0 updated, all unchanged"
	"$HAMYAR" --db "$D" export all --out "$TMP/x2_$mode" >/dev/null 2>&1
	diff -r "$TMP/x1" "$TMP/x2_$mode" >/dev/null; ok $? "$mode: the export after it is the same, byte for byte"
	"$HAMYAR" --db "$D" audit | cmp -s - "$TMP/audit1"; ok $? "$mode: nothing in the audit log"
done

done_testing
