# export --headers fa writes a Persian sheet, Persian throughout: under
# the Persian header, a choice is the Persian label the form shows
# (شخص حقیقی, شناسایی‌شده, not person, identified), a county its Persian
# name (میانه, not MNH), a yes/no field بله or خیر (not 1 or 0), and a list
# of choices (a donor's interests) its labels separated by «، », since
# the labels have spaces of their own.  Ids, dates (Jalali) and numbers
# stay as they are, in ASCII digits, which spreadsheets read as numbers.
# Import reads such a sheet back: export all --headers fa -> a fresh
# database -> export all --headers fa gives the same files, and the
# English exports of the two databases are the same too.
. "$HAMYAR_SRC/tests/lib.sh"

A="$TMP/a" B="$TMP/b"
BOM=$(printf '\357\273\277')
"$HAMYAR" --db "$A" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init station TBZ"
"$HAMYAR" --db "$B" init --station HQ >/dev/null 2>&1; ok $? "init station HQ"

# Records as a county office keeps them: ZWNJ names, units in three
# counties (بستان‌آباد with its ZWNJ), a donor with two interests (one
# label with brackets), an inactive donor, a need in each status, pledges
# in each status, a deleted stage.
cat >"$TMP/units.csv" <<'EOF'
id,kind,name,county,address
TBZ-1,station,کلانتری ۱۱ میانه,MNH,میانه، خیابان امام
TBZ-2,post,پاسگاه انتظامی بستان‌آباد,BST,
TBZ-3,command,فرماندهی انتظامی هشترود,HST,
EOF
cat >"$TMP/groups.csv" <<'EOF'
id,kind,name,county,contact,phone
TBZ-4,religious_board,هیئت امنای مسجد جامع میانه,MNH,سیدمحمدرضا موسوی‌نژاد,04152223344
TBZ-5,imam_office,دفتر امام جمعهٔ بستان‌آباد,BST,,
EOF
cat >"$TMP/donors.csv" <<'EOF'
id,kind,name,national_id,mobile,phone,county,address,interests,capacity,introduced_by,active
TBZ-11,person,زهرا احمدی‌نژاد,0012345679,09141234567,,MNH,میانه، کوی فرهنگیان,space policing,250000000,TBZ-4,1
TBZ-12,org,شرکت تعاونی نیک‌اندیشان آذر,,,04135551234,BST,,costs,,,1
TBZ-13,person,علی‌اکبر کریمی,,,,HST,,,,,0
EOF
cat >"$TMP/needs.csv" <<'EOF'
id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status
TBZ-21,TBZ-1,space,احداث ساختمان کلانتری ۱۱ میانه,4600000000,5,4,38500,1404/12/28,identified
TBZ-22,TBZ-1,equipment,خرید خودروی گشت,820000000,4,3,,1404/11/02,assessed
TBZ-23,TBZ-2,costs,هزینه‌های خدماتی پاسگاه,150000000,3,3,,1404/10/15,approved
TBZ-24,TBZ-2,information,سامانهٔ دوربین‌های محله,300000000,3,4,,1404/09/01,in_progress
TBZ-25,TBZ-3,support,بازسازی نمازخانهٔ فرماندهی,90000000,2,2,,1404/05/05,done
TBZ-26,TBZ-3,oversight,نظارت بر پارک‌ها,10000000,1,1,,1404/04/04,rejected
EOF
cat >"$TMP/pledges.csv" <<'EOF'
id,donor,need,type,amount,in_kind,hours,pledged_on,status
TBZ-31,TBZ-11,TBZ-21,space,500000000,,,1405/01/15,partial
TBZ-32,TBZ-12,TBZ-23,costs,150000000,,,1405/02/01,fulfilled
TBZ-33,TBZ-11,TBZ-24,policing,,,120,1405/03/03,pledged
TBZ-34,TBZ-12,,equipment,,۲ دستگاه رایانه,,1405/04/04,cancelled
EOF
cat >"$TMP/payments.csv" <<'EOF'
id,pledge,paid_on,amount,receipt
TBZ-41,TBZ-31,1405/02/01,200000000,000123
TBZ-42,TBZ-32,1405/02/10,150000000,4567
EOF
cat >"$TMP/stages.csv" <<'EOF'
id,need,title,planned_start,planned_end,actual_end,progress,active
TBZ-51,TBZ-24,نصب دوربین‌ها,1405/01/10,1405/06/30,,40,1
TBZ-52,TBZ-25,اجرا,1404/06/01,1404/08/01,1404/08/01,100,1
TBZ-53,TBZ-24,طراحی اولیه,1405/01/01,1405/01/05,,0,0
EOF
cat >"$TMP/recognitions.csv" <<'EOF'
id,held_on,title,place,donors
TBZ-61,1405/08/01,همایش تجلیل از خیّرین,تالار فرهنگ میانه,TBZ-11 TBZ-12
EOF
import_each "$A" units groups donors needs pledges payments stages recognitions
ok $? "the records imported"

"$HAMYAR" --db "$A" export all --headers fa --out "$TMP/fa" 2>"$TMP/err"; ok $? "export all --headers fa"
row() {	# row FILE ID: the row of record ID, without its CR
	grep "^$2," "$1" | tr -d '\r'
}
is "$(row "$TMP/fa/donors.csv" TBZ-11)" \
    "TBZ-11,شخص حقیقی,زهرا احمدی‌نژاد,0012345679,,09141234567,,میانه,میانه، کوی فرهنگیان,توسعهٔ فضاهای انتظامی، انتظامی (داوطلبانه),250000000,TBZ-4,,بله" \
    "a donor: kind, county, interests (separated by «، ») and active in Persian; ids, national id, mobile and capacity as they are"
is "$(row "$TMP/fa/donors.csv" TBZ-12 | cut -d, -f2,8,10,14)" "شخص حقوقی,بستان‌آباد,تأمین هزینه‌های خدماتی و امنیتی,بله" \
    "an organisation of بستان‌آباد (its ZWNJ kept)"
is "$(row "$TMP/fa/donors.csv" TBZ-13 | cut -d, -f14)" "خیر" "an inactive donor: خیر"
is "$(row "$TMP/fa/groups.csv" TBZ-4 | cut -d, -f2,4,7)" "هیئت مذهبی,میانه,بله" "a group: kind, county, active"
is "$(row "$TMP/fa/groups.csv" TBZ-5 | cut -d, -f2)" "دفتر امام جمعه" "... the imam's office"
is "$(tr -d '\r' <"$TMP/fa/units.csv" | sed 1d | cut -d, -f2,4 | tr '\n' ';')" \
    "کلانتری,میانه;پاسگاه,بستان‌آباد;فرماندهی,هشترود;" "units: kinds and counties in Persian"
is "$(tr -d '\r' <"$TMP/fa/needs.csv" | sed 1d | cut -d, -f3,11,12,13 | tr '\n' ';')" \
    "توسعهٔ فضاهای انتظامی,شناسایی‌شده,میانه,بله;تجهیزات عمومی,ارزیابی‌شده,میانه,بله;تأمین هزینه‌های خدماتی و امنیتی,تصویب‌شده,بستان‌آباد,بله;اطلاعاتی,در حال اجرا,بستان‌آباد,بله;حمایتی,انجام‌شده,هشترود,بله;نظارتی,ردشده,هشترود,بله;" \
    "needs: category, each status, county and active in Persian"
is "$(row "$TMP/fa/needs.csv" TBZ-21 | cut -d, -f1,2,6-10)" "TBZ-21,TBZ-1,4600000000,5,4,38500,1404/12/28" \
    "... its ids, numbers and Jalali date as they are, in ASCII digits"
is "$(tr -d '\r' <"$TMP/fa/pledges.csv" | sed 1d | cut -d, -f4,9 | tr '\n' ';')" \
    "توسعهٔ فضاهای انتظامی,بخشی ایفاشده;تأمین هزینه‌های خدماتی و امنیتی,ایفاشده;انتظامی (داوطلبانه),تعهدشده;تجهیزات عمومی,لغوشده;" \
    "pledges: type and each status in Persian"
is "$(row "$TMP/fa/payments.csv" TBZ-41)" "TBZ-41,TBZ-31,1405/02/01,200000000,000123,بله" "a payment: its receipt's zeros kept, active بله"
is "$(tr -d '\r' <"$TMP/fa/stages.csv" | sed 1d | cut -d, -f1,7,8 | tr '\n' ';')" "TBZ-51,40,بله;TBZ-52,100,بله;TBZ-53,0,خیر;" \
    "stages: progress as a number, a deleted one خیر"
is "$(row "$TMP/fa/recognitions.csv" TBZ-61 | cut -d, -f5,7)" "TBZ-11، TBZ-12,بله" "a ceremony's donors separated by «، » too"
# no English code left in any cell: a choice's name, a county's code
for k in groups donors units needs pledges payments stages recognitions; do
	tr -d '\r' <"$TMP/fa/$k.csv" | sed 1d | tr ',' '\n'
done | grep -E -x '[a-z_]+|[A-Z]{3}' >"$TMP/codes"
is "$(sort -u "$TMP/codes" | tr '\n' ' ')" "" "no cell of the Persian sheets holds an English code"

# the English export stays codes
"$HAMYAR" --db "$A" export donors >"$TMP/en.csv"
is "$(row "$TMP/en.csv" TBZ-11 | cut -d, -f2,8,10,14)" "person,MNH,space policing,1" "the English export keeps the codes"

# Round trip: the Persian sheets into a fresh database
"$HAMYAR" --db "$B" import all "$TMP/fa" >"$TMP/out" 2>"$TMP/err"; ok $? "the Persian sheets import into a fresh database"
sed 's/^/# /' "$TMP/err"
grep -q "هشدار" "$TMP/err"; is $? 1 "... without a warning"
"$HAMYAR" --db "$B" export all --headers fa --out "$TMP/fa2" 2>/dev/null; ok $? "... and export again"
"$HAMYAR" --db "$A" export all --out "$TMP/en1" 2>/dev/null
"$HAMYAR" --db "$B" export all --out "$TMP/en2" 2>/dev/null
r=0 r2=0
for k in groups donors units needs pledges payments stages recognitions; do
	cmp -s "$TMP/fa/$k.csv" "$TMP/fa2/$k.csv" || { r=1; echo "# fa $k.csv differs"; diff "$TMP/fa/$k.csv" "$TMP/fa2/$k.csv" | sed 's/^/# /'; }
	cmp -s "$TMP/en1/$k.csv" "$TMP/en2/$k.csv" || { r2=1; echo "# en $k.csv differs"; diff "$TMP/en1/$k.csv" "$TMP/en2/$k.csv" | sed 's/^/# /'; }
done
ok $r "export --headers fa -> import -> export --headers fa: identical files"
ok $r2 "... and the English exports of the two databases are identical"
# and into the database they came from: nothing changes
"$HAMYAR" --lang en --db "$A" import all "$TMP/fa" --allow-repeats >"$TMP/out" 2>"$TMP/err"; ok $? "the Persian sheets imported back where they came from"
holds "$(tail -1 "$TMP/out")" "(new: 0, updated: 0, unchanged: 24)" "... every row unchanged"

# A clerk's edit of the sheet: the interests typed with a space for the
# ZWNJ, Arabic ي, and the English code beside a Persian label in one
# cell; a county written with a space for its ZWNJ; a status and a yes/no
# in Persian.
{ sed -n 1p "$TMP/fa/donors.csv"
  printf 'TBZ-13,شخص حقیقی,علی‌اکبر کریمی,,,,,بستان آباد,,تامين هزينه های خدماتی و امنیتی، policing,,,,بله\r\n'; } >"$TMP/edit.csv"
"$HAMYAR" --db "$A" import donors "$TMP/edit.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "an edited Persian sheet is read"
sed 's/^/# /' "$TMP/err"
"$HAMYAR" --db "$A" export donors >"$TMP/en.csv"
is "$(row "$TMP/en.csv" TBZ-13 | cut -d, -f8,10,14)" "BST,costs policing,1" "... its county, interests and active as meant"
done_testing
