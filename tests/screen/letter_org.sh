# A thank-you letter to an organisation (a firm, a foundation) thanks it as
# one: «آن مجموعهٔ محترم», not «جنابعالی», and wishes it success, not
# health.  Before, every letter addressed the donor as a person, so a
# clerk printed «... مشارکت ارزشمند جنابعالی ... سلامتی روزافزون شما» for
# «شرکت فولاد آذر».  A person's letter is as it was.
# The heading above the name is the organisation's management's, «مدیریت
# محترم», not «خیّر گرامی» (a person), which it read before.  And each
# letter says what the donor gave: the need and the money received on it,
# in Persian digits grouped with «٬», a cancelled pledge not among them,
# the person's volunteer hours.  Before, no letter said what it thanked for.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'kind,name,national_id,county\nperson,زهرا حسيني‌فر,۰۰۷۶۲۲۹۶۴۵,TBZ\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/p.csv" >/dev/null; ok $? "a person among the donors"
pid=$("$HAMYAR" --db "$DB" export donors | grep 'زهرا' | cut -d, -f1)
printf 'donor,need,type,amount,hours,pledged_on,status\n%s\n%s\n%s\n' \
    'TST-10,TST-20,space,250000000,,1403/03/01,pledged' \
    'TST-10,TST-21,equipment,30000000,,1403/04/01,cancelled' \
    "$pid,,policing,,40,1403/05/01,pledged" >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "the firm's pledges (one cancelled), her hours"
plg=$("$HAMYAR" --db "$DB" export pledges | grep ',250000000,' | cut -d, -f1)
printf 'pledge,paid_on,amount,receipt\n%s,۱۴۰۳/۰۳/۲۰,"۲۵۰٬۰۰۰٬۰۰۰",فيش ۱۲\n' "$plg" >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null; ok $? "250,000,000 received on the firm's pledge $plg"
printf 'held_on,title,place,donors\n1403/10/15,تجلیل از خیّرین هفتهٔ ناجا,سالن همایش,TST-10 %s\n' "$pid" >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "a ceremony honouring a firm and a person"

letter() {	# letter FILE: F6 on the donor selected, the letter to FILE
	scr_keys F6; scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')" >/dev/null
	scr_keys C-u; scr_type "$1"; scr_keys Enter
	scr_wait "$(vis 'تقدیرنامه نوشته شد در')"
}
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "$(vis 'هفتهٔ ناجا')"; scr_keys F7
scr_wait "$(vis 'شرکت فولاد آذر')"; ok $? "the ceremony's donors"
letter "$TMP/org.html"; ok $? "the firm's letter written"
grep -qF 'شرکت فولاد آذر' "$TMP/org.html"; ok $? "... to the firm"
grep -qF 'مشارکت ارزشمند آن مجموعهٔ محترم' "$TMP/org.html"; ok $? "... thanking the organisation"
grep -qF 'جنابعالی' "$TMP/org.html"; is $? 1 "... not a person"
grep -qF 'سلامتی' "$TMP/org.html"; is $? 1 "... nor wishing it health"
grep -qF 'مدیریت محترم</div>' "$TMP/org.html"; ok $? "... addressed to its management"
grep -qF 'خیّر گرامی' "$TMP/org.html"; is $? 1 "... not as a benefactor in person"
grep -qF 'ساخت اتاق نگهبانی' "$TMP/org.html"; ok $? "... naming the need it funded"
grep -qF '۲۵۰٬۰۰۰٬۰۰۰ ریال' "$TMP/org.html"; ok $? "... and the money received, in Persian digits"
# the sum from the day of the first payment, and in words (the tags
# taken out: the day and the words are spans)
sed 's/<[^>]*>//g' "$TMP/org.html" | grep -qF 'جمع مبالغ دریافت‌شده از ۲۰ خرداد ۱۴۰۳ تا امروز: ۲۵۰٬۰۰۰٬۰۰۰ ریال (دویست و پنجاه میلیون ریال)'
ok $? "... and in all, from her first payment, in digits and in words"
grep -qF '250' "$TMP/org.html"; is $? 1 "... no ASCII digits in it"
grep -qF 'دوربین مداربسته' "$TMP/org.html"; is $? 1 "... not the need of its cancelled pledge"
grep -qF '۳۰٬۰۰۰٬۰۰۰' "$TMP/org.html"; is $? 1 "... nor its amount"
scr_keys Down; scr_settle
letter "$TMP/person.html"; ok $? "the person's letter written"
grep -qF 'زهرا حسینی‌فر' "$TMP/person.html"; ok $? "... to her"
grep -qF 'مشارکت ارزشمند جنابعالی' "$TMP/person.html"; ok $? "... thanking her as a person, as before"
grep -qF 'سلامتی روزافزون شما' "$TMP/person.html"; ok $? "... and wishing her health"
grep -qF 'خیّر گرامی</div>' "$TMP/person.html"; ok $? "... addressed as a benefactor"
grep -qF 'مدیریت محترم' "$TMP/person.html"; is $? 1 "... not as a management"
grep -qF '۴۰ ساعت' "$TMP/person.html"; ok $? "... her volunteer hours said"
grep -qF 'جمع مبالغ' "$TMP/person.html"; is $? 1 "... and no sum of money she did not give"
done_testing
