# Whom to honour: in a ceremony, F7 lists donors by what they gave in the
# year before its date: total paid (their payments dated in the period)
# and the count of their non-material pledges, most paid first, with
# each one's county and the date of the last other ceremony that
# honoured him.  Enter adds the selected donor to the ceremony, which is
# saved with him.  Before, a supervisor had no list of donors by what
# they gave: F5 picked one by name only.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر) has pledges TST-30, TST-31"
# two people with ZWNJ in their names (one typed with an Arabic yeh)
printf 'id,kind,name,county\nTST-13,person,محمدرضا نوروزي‌فر,TBZ\nTST-14,person,زهرا صالح‌پور,AHR\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two more donors"
{
	echo 'id,donor,need,type,amount,hours,pledged_on,status'
	echo 'TST-40,TST-13,TST-20,space,90000000,,1401/12/01,pledged'
	echo 'TST-41,TST-14,,support,,40,1403/03/01,pledged'
	echo 'TST-42,TST-14,,policing,,10,1403/04/01,pledged'
	echo 'TST-43,TST-14,,support,,5,1401/01/01,pledged'
	echo 'TST-44,TST-10,,information,,5,1403/06/01,cancelled'
} >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "pledges: TST-13 material, TST-14 non-material"
{
	echo 'pledge,paid_on,amount,receipt'
	echo 'TST-30,۱۴۰۳/۰۶/۱۰,"۶۰٬۰۰۰٬۰۰۰",فیش ۱'
	echo 'TST-31,1403/07/01,15000000,فیش ۲'
	echo 'TST-40,1403/03/01,50000000,فیش ۳'
	echo 'TST-40,1402/01/10,30000000,فیش ۴'
} >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null; ok $? "payments: TST-12 75M in the year, TST-13 50M (30M a year before)"
{
	echo 'id,held_on,title,place,donors'
	echo 'TST-50,1402/12/20,تجلیل از خیّرین دههٔ فجر,سالن اجتماعات فرمانداری,TST-13'
	echo 'TST-51,1403/10/15,تجلیل از خیّرین هفتهٔ ناجا,سالن همایش,TST-11'
} >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "two ceremonies; TST-51 on 1403/10/15 honours TST-11"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, -v c="$1" '$1 == c { print $5 }'; }

work_open "$DB"
scr_keys F7; scr_wait "TST-51" >/dev/null
scr_keys Enter
scr_wait "$(vis 'هفتهٔ ناجا')" >/dev/null
scr_cap | tail -n 1 | grep -qF "$(vis 'به‌ترتیب کمک')"; ok $? "the ceremony's key bar shows F7 (by giving)"
scr_keys F7
scr_wait "$(vis 'خیّرین به‌ترتیب کمک: ۱۴۰۲/۱۰/۱۶ - ۱۴۰۳/۱۰/۱۵')"
ok $? "F7 lists donors by giving, the year up to the ceremony's date in its title"
scr_settle
row_has "$(vis 'کارخانهٔ قند اهر')" "$(fa_amount 75000000)"; ok $? "TST-12: 75,000,000 paid in the year"
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(fa_amount 50000000)"; ok $? "TST-13: 50,000,000 (the payment of 1402/01/10 left out)"
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(vis '۱۴۰۲/۱۲/۲۰')"; ok $? "... last honoured on 1402/12/20"
row_has "$(vis 'زهرا صالح‌پور')" "$(vis 'اهر')"; ok $? "TST-14 listed, of Ahar"
scr_cap | grep -F "$(vis 'زهرا صالح‌پور')" | grep -qF "$(vis '  ۲  ')"; ok $? "... with 2 non-material pledges (not the one of 1401)"
scr_cap | grep -qF "$(vis 'شرکت فولاد آذر')"; is $? 1 "TST-10 (only a cancelled pledge) not listed"
a=$(scr_cap | grep -nF "$(vis 'کارخانهٔ قند اهر')" | cut -d: -f1)
b=$(scr_cap | grep -nF "$(vis 'محمدرضا نوروزی‌فر')" | cut -d: -f1)
c=$(scr_cap | grep -nF "$(vis 'زهرا صالح‌پور')" | cut -d: -f1)
[ -n "$a" ] && [ -n "$b" ] && [ -n "$c" ] && [ "$a" -lt "$b" ] && [ "$b" -lt "$c" ]
ok $? "most paid first: TST-12, TST-13, then TST-14 (non-material only)"
scr_keys F1; scr_wait "$(vis 'به‌طور پیش‌فرض ۳۶۵ روز تا')"; ok $? "F1 says how the period is chosen"
scr_keys Escape; scr_gone "$(vis 'به‌طور پیش‌فرض ۳۶۵ روز تا')" >/dev/null
scr_keys Down; scr_keys Enter
scr_wait "$(vis 'خیّر افزوده شد: TST-13 (محمدرضا نوروزی‌فر)')"; ok $? "Enter adds the selected donor, said with his id and name"
is "$(donors TST-51)" "TST-11 TST-13" "the ceremony is saved with him after TST-11"
scr_settle
scr_cap | grep -qF "$(vis 'خیّرین به‌ترتیب کمک')"; ok $? "the list stays open for the next"
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(vis 'همین مراسم')"; ok $? "... him marked as in this ceremony (for his last honoured)"
scr_keys Down; scr_keys Enter
scr_wait "$(vis 'خیّر افزوده شد: TST-14 (زهرا صالح‌پور)')"; ok $? "a second Enter adds the next one (TST-14), named"
is "$(donors TST-51)" "TST-11 TST-13 TST-14" "... saved after him: the second write on the ceremony as the first left it"
scr_keys Up; scr_keys Enter; scr_settle
is "$(donors TST-51)" "TST-11 TST-13 TST-14" "Enter on one already in it adds nothing"
# the period changed: from 1401/01/01 the 30M payment and the 1401 pledge count
scr_keys F3; scr_wait "$(vis 'از تاریخ (سال/ماه/روز):')" >/dev/null
scr_keys C-u; scr_type '۱۴۰۱/۰۱/۰۱'; scr_keys Enter
scr_wait "$(vis 'تا تاریخ (سال/ماه/روز):')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین به‌ترتیب کمک: ۱۴۰۱/۰۱/۰۱ - ۱۴۰۳/۱۰/۱۵')"; ok $? "F3 changes the period"
scr_settle
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(fa_amount 80000000)"; ok $? "... TST-13 now 80,000,000, first"
scr_keys F3; scr_wait "$(vis 'از تاریخ (سال/ماه/روز):')" >/dev/null
scr_keys C-u; scr_type '۱۴۰۳/۱۳/۴۰'; scr_keys Enter
scr_wait "$(vis '«از تاریخ» تاریخ نیست')"; ok $? "a date that is not one is said, naming the field"
scr_keys Enter
# HQ filters by county: Ahar's donors alone, then every county again
scr_keys F4; scr_wait "$(vis 'همهٔ شهرستان‌ها') │" >/dev/null
scr_pick 'اهر'
scr_wait "$(vis 'شهرستان: اهر')"; ok $? "F4 filters by county, named in the heading"
scr_settle
scr_cap | grep -qF "$(vis 'محمدرضا نوروزی‌فر')"; is $? 1 "... Tabriz's TST-13 left out"
scr_cap | grep -qF "$(vis 'زهرا صالح‌پور')"; ok $? "... Ahar's TST-14 listed"
scr_keys F10
scr_gone "$(vis 'خیّرین به‌ترتیب کمک')" >/dev/null
# The list counts the period's payments, the letter all of them, and its
# total line says so: TST-13, listed at 50,000,000 for the year, is
# thanked for 80,000,000 (the 30,000,000 of 1402/01/10 too) «از ۱۰
# فروردین ۱۴۰۲ تا امروز»: from his first payment's day (before, «تا
# امروز» alone, which did not say from when).
# Before, the line read «جمع مبالغ دریافت‌شده» alone, which a supervisor
# read as the list's 50,000,000.
scr_keys Home Down; scr_settle
scr_keys F6; scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')" >/dev/null
scr_keys C-u; scr_type "$TMP/t13.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "TST-13's letter written"
grep -qF 'محمدرضا نوروزی‌فر' "$TMP/t13.html"; ok $? "... to him"
sed 's/<[^>]*>//g' "$TMP/t13.html" | grep -qF 'جمع مبالغ دریافت‌شده از ۱۰ فروردین ۱۴۰۲ تا امروز: ۸۰٬۰۰۰٬۰۰۰ ریال (هشتاد میلیون ریال)'
ok $? "... thanking him for all he paid, 80,000,000, from his first payment to this day"
scr_keys F10; scr_wait "$(vis 'مراسم')" >/dev/null
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
