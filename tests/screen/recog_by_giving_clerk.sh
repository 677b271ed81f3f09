# A Tabriz clerk (another real uid: nobody through setpriv; root only)
# lists donors by giving in his county's ceremony (F7): Tabriz's donors
# only, Ahar's left out however much they paid, and no F4 (his county is
# fixed).  Enter adds one, saved.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر, Ahar) has pledges TST-30, TST-31"
printf 'id,kind,name,county\nTST-13,person,محمدرضا نوروزي‌فر,TBZ\n' >"$TMP/d.csv"
printf 'id,donor,need,type,amount,hours,pledged_on,status\nTST-40,TST-13,TST-20,space,90000000,,1403/02/01,pledged\n' >"$TMP/p.csv"
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/06/10,60000000,فیش ۱\nTST-40,۱۴۰۳/۰۳/۰۱,"۲۰٬۰۰۰٬۰۰۰",فیش ۲\n' >"$TMP/y.csv"
printf 'id,held_on,title,place,donors\nTST-50,1403/10/15,تجلیل هفتهٔ ناجا در تبريز,سالن همایش تبریز,TST-10\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1
ok $? "Ahar's TST-12 paid 60M, Tabriz's TST-13 20M; a Tabriz ceremony TST-50"
scr_nobody_user clerk TBZ "a Tabriz clerk"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, -v c="$1" '$1 == c { print $5 }'; }

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F7
scr_wait "TST-50" >/dev/null; scr_keys Enter
scr_wait "$(vis 'هفتهٔ ناجا')" >/dev/null
scr_keys F7; scr_wait "$(vis 'خیّرین به‌ترتیب کمک')"; ok $? "F7 lists donors by giving"
scr_settle
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(fa_amount 20000000)"; ok $? "his county's TST-13, 20,000,000 paid"
scr_cap | grep -qF "$(vis 'قند اهر')"; is $? 1 "Ahar's TST-12 not listed, though he paid more"
scr_cap | tail -n 1 | grep -qF "$(vis 'شهرستان')"; is $? 1 "no F4 county filter on his bar"
scr_keys Enter
scr_wait "$(vis 'خیّر افزوده شد: TST-13')"; ok $? "Enter adds him"
is "$(donors TST-50)" "TST-10 TST-13" "the ceremony is saved with him"
scr_keys F10; scr_gone "$(vis 'خیّرین به‌ترتیب کمک')" >/dev/null	# the list stays open after Enter
scr_keys F10; scr_wait "$(vis 'مراسم')" >/dev/null
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
