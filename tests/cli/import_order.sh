# A station's `export all` folder imported into a new database kind by
# kind, as a clerk moving to a new PC does it: donors before the group
# that introduced them, pledges before their donors.  The refusal named the
# id alone ("no record MRD-1"); it now says which kind it is and which
# file to import first.  In that order the folder comes back whole, and
# its export is the same, byte for byte.
. "$HAMYAR_SRC/tests/lib.sh"

A="$TMP/a"
B="$TMP/b"
"$HAMYAR" --db "$A" init --station MRD >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county,contact,phone\nimam_office,دفتر امام جمعهٔ مرند,مرند,حجت‌الاسلام رضایی,۰۴۱ ۴۲۲۲ ۳۳۴۴\n' >"$TMP/g.csv"
printf 'kind,name,county,address\nstation,کلانتری ۱۱ مرند,MRD,"میدان ساعت، کوچهٔ ۱۲\nپلاک ۳"\n' >"$TMP/u.csv"
printf '\357\273\277نام,نوع,کد ملی,شناسه ملی,موبایل,شهرستان,معرف\r\n' >"$TMP/d.csv"
printf 'محمدرضا نیک‌نام,شخص حقیقی,۰۰۷۶۲۲۹۶۴۵,,۰۹۱۴۱۲۳۴۵۶۷,مرند,MRD-1\r\n' >>"$TMP/d.csv"
printf 'شركت فولاد آذر,شخص حقوقی,,١٠١٠١٢٣٤٥٦٥,,مرند,\r\n' >>"$TMP/d.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRD-2,equipment,خرید دو دستگاه دوربین 4MP,"1,200,000,000",4,5,1403/05/01,identified\n' >"$TMP/n.csv"
printf 'donor,need,type,amount,hours,pledged_on\n10101234565,MRD-5,equipment,۵۰۰٬۰۰۰٬۰۰۰,,1403/06/01\n0076229645,,policing,,40,1403/06/02\n' >"$TMP/p.csv"
printf 'pledge,paid_on,amount,receipt\nMRD-6,1403/06/10,200000000,12354\nMRD-6,1403/07/10,100000000,RC-98765\n' >"$TMP/pay.csv"
for k in groups:g units:u donors:d needs:n pledges:p payments:pay; do
	"$HAMYAR" --db "$A" import "${k%%:*}" "$TMP/${k#*:}.csv" >/dev/null 2>"$TMP/err"
	ok $? "import ${k%%:*}"
done
"$HAMYAR" --db "$A" export all --out "$TMP/all" >/dev/null 2>&1; ok $? "export all"

"$HAMYAR" --db "$B" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$B" import donors "$TMP/all/donors.csv" >/dev/null 2>"$TMP/err"; is $? 1 "donors before their group: exit 1"
holds "$(cat "$TMP/err")" 'donors.csv: سطر 2، ستون 12 (introduced_by): رکورد MRD-1 (گروه مرجع) در اینجا نیست' \
    "... the missing record is named with its kind"
holds "$(cat "$TMP/err")" 'نخست آن پرونده را وارد کنید: hamyar import groups FILE' "... and the file to import first"
"$HAMYAR" --lang en --db "$B" import payments "$TMP/all/payments.csv" >/dev/null 2>"$TMP/err"; is $? 1 "payments before their pledge: exit 1"
holds "$(cat "$TMP/err")" 'line 2, column 2 (pledge): no record MRD-6 (pledge) here; if it is in a file of its own, as export all writes each kind, import that file first: hamyar import pledges FILE' \
    "... in English too"
"$HAMYAR" --db "$B" export all --out "$TMP/none" >/dev/null 2>&1
[ "$(cat "$TMP/none"/*.csv | grep -c MRD-)" -eq 0 ]; ok $? "... and nothing was written"

for k in groups units donors needs pledges payments stages recognitions; do
	"$HAMYAR" --db "$B" import "$k" "$TMP/all/$k.csv" >/dev/null 2>"$TMP/err"
	ok $? "import $k in order"
done
"$HAMYAR" --db "$B" export all --out "$TMP/again" >/dev/null 2>&1
diff -r "$TMP/all" "$TMP/again" >/dev/null; ok $? "export, import, export: the same files"

done_testing
