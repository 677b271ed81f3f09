# A station moves the spreadsheets its clerks kept into Hamyar (SPEC §12;
# README "CSV import"): their columns are headed as clerks head them
# (موبایل, آدرس, نام و نام خانوادگی, شماره ملی ...), not as the forms label
# them, and the files went through Excel, which drops a receipt number's
# leading zeros.  A header that could be two fields is refused, naming
# them; a receipt of 000123 given back as 123 is not an edit.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
BOM=$(printf '\357\273\277')
export_rows() {	# export_rows KIND: the export without its BOM and CRs
	"$HAMYAR" --db "$D" export "$1" | tr -d '\r' | sed "1s/^$BOM//"
}

# ---- a donor sheet as a clerk kept it: the full name's header with
# Arabic ي and with ZWNJs in place of spaces, موبایل with Arabic ي, آدرس,
# کدملی and شماره ملی, تلفن ثابت, توضیحات with Arabic ي; Excel's BOM and
# CR LF.
printf '\357\273\277ردیف,نام و نام خانوادگي,نوع,شهرستان,موبايل,آدرس,کدملی,تلفن ثابت,توضيحات\r\n' >"$TMP/d1.csv"
printf '1,مریم رضایی‌فر,شخص حقیقی,مرند,۰۹۱۴۱۲۳۴۵۶۷,"مرند، کوی ولیعصر، پلاک ۱۲",0012345679,04142223333,خیّر قدیمی\r\n' >>"$TMP/d1.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/d1.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a donor sheet headed موبایل, آدرس, نام و نام خانوادگی, کدملی ... is read"
sed 's/^/# /' "$TMP/err"
is "$(export_rows donors | sed -n 2p)" "TBZ-1,person,مریم رضایی‌فر,0012345679,,09141234567,04142223333,MRD,مرند، کوی ولیعصر، پلاک 12,,,,خیر قدیمی,1" \
    "... each cell in its field (name, mobile, address, national id, phone, notes)"
printf 'نام‌ونام‌خانوادگی,نوع,شهرستان,شماره ملي,شماره همراه\nعلی‌اکبر کریمی,person,تبریز,0023456787,9147654321\n' >"$TMP/d2.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/d2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "نام‌ونام‌خانوادگی, شماره ملی, شماره همراه"
sed 's/^/# /' "$TMP/err"
export_rows donors | grep -q '^TBZ-2,person,علی‌اکبر کریمی,0023456787,,09147654321,,TBZ,'; ok $? "... read as name, national id and mobile"

# ---- a header that could be either of two fields is refused with both:
# a donor's شماره تماس (mobile or phone), a stage's تاریخ (three dates).
printf 'نام,نوع,شهرستان,شماره تماس\nحسین نوری,person,TBZ,09141112233\n' >"$TMP/amb.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/amb.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a donor's شماره تماس: refused"
grep -q "amb.csv: line 1, column 4: column 'شماره تماس' could be any of: mobile (Mobile), phone (Phone); head it with the name or label of the one it holds" "$TMP/err"
ok $? "... naming the two fields it could be"
"$HAMYAR" --db "$D" import donors "$TMP/amb.csv" >"$TMP/out" 2>"$TMP/err"
grep -q 'سطر 1، ستون 4: ستون «شماره تماس» می‌تواند هر یک از این‌ها باشد: mobile (تلفن همراه)، phone (تلفن)' "$TMP/err"; ok $? "... in Persian too"
is "$(export_rows donors | grep -c 'حسین نوری')" 0 "... and nothing was written"
# a group has one phone: شماره تماس is it; نام و نام خانوادگی could be
# the group's name or its contact person's
printf 'نوع,نام,شهرستان,نام رابط,شماره تماس\nهیئت مذهبی,هیئت انصار,TBZ,رضا امینی,04133334444\n' >"$TMP/g.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/g.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a group's شماره تماس and نام رابط"
sed 's/^/# /' "$TMP/err"
export_rows groups | grep -q ',religious_board,هیئت انصار,TBZ,رضا امینی,04133334444,1$'; ok $? "... read as its phone and contact"
printf 'نوع,نام و نام خانوادگی,شهرستان\nهیئت مذهبی,رضا امینی,TBZ\n' >"$TMP/g2.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/g2.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a group's نام و نام خانوادگی: refused"
grep -q "column 'نام و نام خانوادگی' could be any of: name (Name), contact (Contact person)" "$TMP/err"; ok $? "... naming name and contact"

# ---- ... unless the file's other columns leave it one field: beside
# موبایل, a donor's شماره تماس can only be his phone (and beside تلفن, his
# mobile); beside the group's نام, نام و نام خانوادگی is its contact person;
# beside two of a stage's dates, تاریخ is the third.  Before, refused.
printf 'نام,نوع,شهرستان,موبایل,شماره تماس\nحسین نوری,person,TBZ,۰۹۱۴۱۱۱۲۲۳۳,04133334444\n' >"$TMP/el1.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/el1.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a donor's شماره تماس beside موبایل: read"
sed 's/^/# /' "$TMP/err"
export_rows donors | grep -q ',person,حسین نوری,,,09141112233,04133334444,TBZ,'; ok $? "... as his phone"
printf 'نام,نوع,شهرستان,تلفن تماس,تلفن\nزهرا کاظمی,person,TBZ,09142223344,04134445555\n' >"$TMP/el2.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/el2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a donor's تلفن تماس beside تلفن: read"
export_rows donors | grep -q ',person,زهرا کاظمی,,,09142223344,04134445555,TBZ,'; ok $? "... as her mobile"
# both already named, or two such columns: still refused
printf 'نام,نوع,شهرستان,شماره تماس,تلفن تماس\nحسین نوری,person,TBZ,09141112233,04133334444\n' >"$TMP/el3.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/el3.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "شماره تماس and تلفن تماس, no other phone: refused"
grep -q "el3.csv: line 1, column 4: column 'شماره تماس' could be any of: mobile (Mobile), phone (Phone)" "$TMP/err" &&
grep -q "el3.csv: line 1, column 5: column 'تلفن تماس' could be any of: mobile (Mobile), phone (Phone)" "$TMP/err"; ok $? "... both named with what they could be"
printf 'نام,نوع,شهرستان,موبایل,تلفن,شماره تماس\nحسین نوری,person,TBZ,09141112233,04133334444,041\n' >"$TMP/el4.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/el4.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "شماره تماس beside both موبایل and تلفن: refused"
grep -q "el4.csv: line 1, column 6: column 'شماره تماس' could be any of: mobile (Mobile), phone (Phone)" "$TMP/err"; ok $? "... as before"
printf 'نام,نوع,شهرستان,موبایل,شماره تماس,تلفن تماس\nحسین نوری,person,TBZ,09141112233,04133334444,04133334444\n' >"$TMP/el5.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/el5.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "موبایل, شماره تماس and تلفن تماس: refused"
grep -q "el5.csv: line 1, column 6: column 'تلفن تماس' repeats column 5 (شماره تماس)" "$TMP/err"; ok $? "... the second phone repeats the first"
is "$(export_rows donors | grep -c 'حسین نوری')" 1 "... and nothing more written"
printf 'نوع,نام,شهرستان,نام و نام خانوادگی\nهیئت مذهبی,هیئت ابوالفضلی,TBZ,رضا امینی\n' >"$TMP/el6.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/el6.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a group's نام و نام خانوادگی beside نام: read"
export_rows groups | grep -q ',religious_board,هیئت ابوالفضلی,TBZ,رضا امینی,,1$'; ok $? "... as its contact person"

# ---- two headers of one field: an error naming both columns
printf 'نام,نوع,شهرستان,موبایل,تلفن همراه\nحسین نوری,person,TBZ,09141112233,09141112233\n' >"$TMP/two.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/two.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "موبایل and تلفن همراه in one file: refused"
grep -q "two.csv: line 1, column 5: column 'تلفن همراه' repeats column 4 (موبایل)" "$TMP/err"; ok $? "... naming both columns"

# ---- a kind's one date is its تاریخ; a stage's three are not guessed
printf 'id,kind,name,county\nTBZ-50,station,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "a unit"
printf 'واحد,زمینه مشارکت,عنوان نیاز,فوریت,اثرگذاری,تاریخ,وضعیت,برآورد هزینه,جمعیت\n' >"$TMP/n.csv"
printf 'TBZ-50,space,نوسازی ساختمان,5,4,۱۴۰۳/۰۱/۰۵,identified,"2,000,000,000",120000\n' >>"$TMP/n.csv"
"$HAMYAR" --lang en --db "$D" import needs "$TMP/n.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a need's تاریخ, عنوان نیاز, برآورد هزینه, جمعیت"
sed 's/^/# /' "$TMP/err"
need=$(export_rows needs | sed -n 's/^\(TBZ-[0-9]*\),TBZ-50,space,نوسازی ساختمان,,2000000000,5,4,120000,1403\/01\/05,identified,TBZ,1$/\1/p')
[ -n "$need" ]; ok $? "... each in its field"
printf 'need,عنوان,تاریخ\n%s,تخریب,1403/02/01\n' "$need" >"$TMP/st.csv"
"$HAMYAR" --lang en --db "$D" import stages "$TMP/st.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a stage's تاریخ: refused"
grep -q "column 'تاریخ' could be any of: planned_start (Planned start), planned_end (Planned end), actual_end (Actual end)" "$TMP/err"
ok $? "... naming its three dates"
printf 'need,عنوان,planned_start,planned_end,تاریخ\n%s,تخریب,1403/02/01,1403/03/01,۱۴۰۳/۰۳/۱۰\n' "$need" >"$TMP/st2.csv"
"$HAMYAR" --lang en --db "$D" import stages "$TMP/st2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a stage's تاریخ beside planned_start and planned_end: read"
sed 's/^/# /' "$TMP/err"
export_rows stages | grep -q ",$need,تخریب,1403/02/01,1403/03/01,1403/03/10,"; ok $? "... as its actual end"

# ---- payments headed as a bank's sheet heads them, receipts with zeros
# (a donor, a need and a pledge for them, with the fields' own names)
printf 'name,kind,county\nکاظم پرداخت‌چی,person,TBZ\n' >"$TMP/d3.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d3.csv" >/dev/null 2>&1; ok $? "another donor"
donor=$(export_rows donors | sed -n 's/^\(TBZ-[0-9]*\),person,کاظم پرداخت‌چی,.*/\1/p')
printf 'unit,category,title,urgency,impact,identified_on,status\nTBZ-50,costs,برق اضطراری,4,3,1403/01/10,identified\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n2.csv" >/dev/null 2>&1; ok $? "another need"
need2=$(export_rows needs | sed -n 's/^\(TBZ-[0-9]*\),TBZ-50,costs,برق اضطراری,.*/\1/p')
printf 'donor,need,type,amount,pledged_on\n%s,%s,costs,"900,000,000",1403/02/01\n' "$donor" "$need2" >"$TMP/p.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/p.csv" >/dev/null 2>&1; ok $? "a pledge"
pledge=$(export_rows pledges | sed -n 's/^\(TBZ-[0-9]*\),'"$donor"',.*/\1/p')
# a pledge sheet heads its type نوع, as the donors' sheet heads a donor's
# kind (the field's label is نوع مشارکت): read as the type, its values by
# name or Persian label
printf 'خیّر,نیاز,نوع,مبلغ تعهد,تاريخ\n%s,%s,تامین هزینه های خدماتی و امنیتی,"1,000,000",1403/02/02\n' "$donor" "$need2" >"$TMP/p2.csv"
"$HAMYAR" --lang en --db "$D" import pledges "$TMP/p2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a pledge sheet's نوع: read"
sed 's/^/# /' "$TMP/err"
export_rows pledges | grep -q ",$donor,$need2,costs,1000000,,,1403/02/02,"; ok $? "... as the pledge's type"
printf 'pledge,تاريخ واریز,مبلغ (ریال),شماره فيش\n%s,1403/02/04,5000,0042\n' "$pledge" >"$TMP/pay0.csv"
"$HAMYAR" --lang en --db "$D" import payments "$TMP/pay0.csv" --dry-run >"$TMP/out" 2>"$TMP/err"; ok $? "payments headed تاریخ واریز, مبلغ (ریال), شماره فیش"
sed 's/^/# /' "$TMP/err"
# an amount's column headed in another unit than rials (a clerk's tomans,
# a report's millions of rials) was read as rials: refused, by column
printf 'pledge,paid_on,مبلغ (تومان)\n%s,1403/02/04,5000\n' "$pledge" >"$TMP/tmn.csv"
"$HAMYAR" --lang en --db "$D" import payments "$TMP/tmn.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a column headed مبلغ (تومان): refused"
grep -q "tmn.csv: line 1, column 3: column 'مبلغ (تومان)' gives amounts in another unit than rials; amounts are in rials" "$TMP/err"; ok $? "... saying amounts are in rials"
printf 'name,kind,county,توان مشارکت (ميليون ريال)\nخیّر میلیونی,person,TBZ,12\n' >"$TMP/mln.csv"
"$HAMYAR" --db "$D" import donors "$TMP/mln.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a column headed توان مشارکت (میلیون ریال): refused"
grep -q 'سطر 1، ستون 4: ستون «توان مشارکت (ميليون ريال)» مبلغ‌ها را به یکایی جز ریال می‌دهد' "$TMP/err"; ok $? "... in Persian"
printf 'name,kind,county,توان مشارکت (ريال)\nخیّر ریالی,person,TBZ,12\n' >"$TMP/rl.csv"
"$HAMYAR" --db "$D" import donors "$TMP/rl.csv" --dry-run >"$TMP/out" 2>"$TMP/err"; ok $? "... (ريال) is good"
printf 'pledge,paid_on,amount,receipt\n' >"$TMP/pay.csv"
printf '%s,1403/02/05,100000000,000123\n%s,1403/02/06,100000000,۰۰۴۵۶۰\n%s,1403/02/07,100000000,0789\n' \
    "$pledge" "$pledge" "$pledge" >>"$TMP/pay.csv"
"$HAMYAR" --lang en --db "$D" import payments "$TMP/pay.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "payments with receipts 000123, ۰۰۴۵۶۰, 0789"
sed 's/^/# /' "$TMP/err"
is "$(export_rows payments | cut -d, -f3-5 | sed 1d | tr '\n' ' ')" "1403/02/05,100000000,000123 1403/02/06,100000000,004560 1403/02/07,100000000,0789 " \
    "... each in its field, the receipts with their zeros"

# ---- the round trip through Excel: the receipts come back without their
# leading zeros (000123 as 123); the import keeps the stored ones and
# counts the rows unchanged, not updated, and writes nothing.
export_rows payments >"$TMP/x.csv"
"$HAMYAR" --db "$D" audit >"$TMP/audit1"
awk -F, -v OFS=, 'NR > 1 { sub(/^0+/, "", $5) } { print }' "$TMP/x.csv" >"$TMP/y.csv"
grep -q ',123,1$' "$TMP/y.csv" && grep -q ',4560,1$' "$TMP/y.csv"; ok $? "(the receipts without their zeros)"
"$HAMYAR" --lang en --db "$D" import payments "$TMP/y.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "the payments imported back"
is "$(cat "$TMP/out")" "rows imported: 3 (new: 0, updated: 0, unchanged: 3)" "... 0 updated, 3 unchanged"
export_rows payments | cmp -s - "$TMP/x.csv"; ok $? "... the receipts as they were (000123, 004560, 0789)"
"$HAMYAR" --db "$D" audit | cmp -s - "$TMP/audit1"; ok $? "... nothing in the audit log"
# fewer zeros dropped (0123 for 000123) is the same receipt too; another
# number (1234), or zeros put in front of one (00789 for 0789), is an edit
sed 's/,000123,1$/,0123,1/; s/,004560,1$/,1234,1/; s/,0789,1$/,00789,1/' "$TMP/x.csv" >"$TMP/z.csv"
"$HAMYAR" --lang en --db "$D" import payments "$TMP/z.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "receipts 0123, 1234, 00789"
is "$(cat "$TMP/out")" "rows imported: 3 (new: 0, updated: 2, unchanged: 1)" "... 2 updated, 1 unchanged"
is "$(export_rows payments | cut -d, -f5 | sed 1d | tr '\n' ' ')" "000123 1234 00789 " "... 0123 kept as 000123, the others as given"
# a new payment's receipt is kept as given: how many zeros it lost is not known
printf 'pledge,paid_on,amount,receipt\n%s,1403/02/09,1000,123\n' "$pledge" >"$TMP/new.csv"
"$HAMYAR" --lang en --db "$D" import payments "$TMP/new.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a new payment, receipt 123"
export_rows payments | grep -q ',1403/02/09,1000,123,1$'; ok $? "... kept as 123, no zeros made up"

# ---- a donors sheet with no kind column (a clerk's list of people): a
# national id makes a person, a legal id an organisation; a row with
# neither is refused, saying the file has no column for it, and nothing
# is written.
printf 'نام و نام خانوادگی,شهرستان,کد ملی,شناسه ملی\nزهرا موسوی‌پور,TBZ,0034567895,\nشرکت پارس‌پيما,TBZ,,10101234565\n' >"$TMP/k1.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/k1.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a donors sheet with no kind column"
sed 's/^/# /' "$TMP/err"
export_rows donors | grep -q '^TBZ-[0-9]*,person,زهرا موسوی‌پور,0034567895,'; ok $? "... the one with a national id a person"
export_rows donors | grep -q '^TBZ-[0-9]*,org,شرکت پارس‌پیما,,10101234565,'; ok $? "... the one with a legal id an organisation"
export_rows donors >"$TMP/before_k2"
printf 'نام و نام خانوادگی,شهرستان,کد ملی\nرضا قاسمی,TBZ,\n' >"$TMP/k2.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/k2.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a row with neither id nor kind column: refused"
grep -q "k2.csv: line 2, field kind: neither a national id (a person) nor a legal id (an organisation) says which this donor is, and the file has no column for it: add the column; write one of: person (Person), org (Organisation)" "$TMP/err"
ok $? "... saying the file has no column for it, and the choices"
"$HAMYAR" --db "$D" import donors "$TMP/k2.csv" >"$TMP/out" 2>"$TMP/err"
grep -q 'سطر 2، فیلد «نوع» (kind): نه کد ملی (شخص حقیقی) و نه شناسهٔ ملی (شخص حقوقی)' "$TMP/err"; ok $? "... in Persian too"
export_rows donors | cmp -s - "$TMP/before_k2"; ok $? "... and nothing was written"

done_testing
