# A Tabriz clerk (keys only, as another real uid: nobody through setpriv;
# root only) types another county's donor id, then need id, into a new
# pledge: each is refused under its field, naming the field, and neither
# the Ahar donor's name nor the Ahar need's title is shown.  Before, the
# form put «کارخانهٔ قند اهر» beside TST-12 and let F2 go to the store
# (which takes a pledge to his own county's need from any donor).  His own
# county's donor still shows its name.  A pledge HQ recorded from the Ahar
# donor to a Tabriz need is his county's too: opened, its donor is not
# named, there and among his need's pledges, and he may still save it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'donor,need,type,amount,pledged_on\nTST-12,TST-20,space,25000000,1403/05/03\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "HQ: Ahar's donor pledges to a Tabriz need (TST-24)"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"
before=$("$HAMYAR" --db "$DB" export pledges | wc -l)

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "a new pledge, on its donor"
scr_type 'TST-12'; scr_keys Tab
scr_wait "$(vis 'از شهرستانی دیگر است')"; ok $? "Ahar's donor TST-12 is refused"
row_has "$(vis 'خطا:')" "$(vis 'خیّر:')"; ok $? "... the message naming the field (خیّر)"
scr_cap | grep -qF "$(vis 'قند')"; is $? 1 "... and the donor's name is not shown"
scr_type 'TST-22'; scr_keys Tab; scr_settle
row_has "$(vis 'نیاز:')" "$(vis 'از شهرستانی دیگر است')"; ok $? "Ahar's need TST-22 is refused, naming the field (نیاز)"
scr_cap | grep -qF "$(vis 'سقف')"; is $? 1 "... and its title is not shown"
scr_keys F2; scr_settle
scr_cap | grep -qF "$(vis 'ذخیره نشد')"; ok $? "F2 does not save it"
scr_cap | grep -qF "$(vis 'قند')"; is $? 1 "... nor shows the donor's name then"
is "$("$HAMYAR" --db "$DB" export pledges | wc -l)" "$before" "nothing is stored"
# his own county's donor and need: their names shown, as before
scr_keys BTab BTab C-u; scr_type 'TST-10'; scr_keys Tab; scr_settle
scr_wait "$(vis 'شرکت فولاد آذر')"; ok $? "Tabriz's donor TST-10 shows its name"
scr_keys C-u; scr_type 'TST-20'; scr_keys Tab; scr_settle
scr_wait "$(vis 'ساخت اتاق نگهبانی')"; ok $? "Tabriz's need TST-20 its title"
scr_cap | grep -qF "$(vis 'از شهرستانی دیگر است')"; is $? 1 "and neither is refused"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"
# the pledge HQ recorded from Ahar's donor to his county's need
scr_wait "TST-24"; ok $? "HQ's pledge to a Tabriz need is in his list"
scr_cap | grep -qF "$(vis 'قند')"; is $? 1 "... without the Ahar donor's name"
# nor is it found by that name (the search reads the donor's caption)
scr_type 'قند'; scr_settle
scr_cap | grep -q "TST-24"; is $? 1 "searching for the Ahar donor's name does not find it"
scr_keys BSpace BSpace BSpace; scr_wait "TST-24" >/dev/null
scr_keys End Enter
scr_wait "$(vis 'مشارکت TST-24')"; ok $? "he opens it"
scr_keys Tab; scr_settle	# (a field's name is shown when not on it)
scr_cap | grep -qF "$(vis 'قند')"; is $? 1 "its donor is not named"
scr_cap | grep -qF "$(vis 'پرونده‌ای از شهرستانی دیگر')"; ok $? "... but said to be another county's"
scr_keys F2; scr_wait "$(vis 'ذخیره شد')"; ok $? "and it saves unchanged, not refused"
scr_cap | grep -qF "$(vis 'قند')"; is $? 1 "... the list and the saved line not naming the donor either"
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
# the same pledge among his need's pledges (dashboard, the need, F7)
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F3; scr_type 'اتاق'
scr_wait "TST-20"; scr_keys Enter
scr_wait "$(vis 'نیاز TST-20')"; scr_keys F7
scr_wait "$(vis 'تعهدها و پرداخت‌ها')"; ok $? "the pledges of his need TST-20"
row_has "TST-24" "$(vis 'پرونده‌ای')"; ok $? "TST-24's donor is said to be another county's"
scr_cap | grep -qF "$(vis 'قند')"; is $? 1 "... and not named"
scr_keys F10; scr_wait "$(vis 'نیاز TST-20')"; scr_keys F10
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
