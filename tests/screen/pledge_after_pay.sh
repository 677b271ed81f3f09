# A stored pledge edited in its form is checked against its payments, as a
# payment is checked against its pledge: dated after one of them (a day
# typed for another) it is refused, naming the field; its amount lowered
# below what is already paid is a warning a second F2 accepts.  The error
# names the first payment's date (۱۴۰۳/۰۷/۱۲), which it did not.  Before,
# both were saved without a word: a pledge of ۱۴۰۳/۰۸/۰۱ with payments
# of ۱۴۰۳/۰۷/۱۲, and one of 50,000,000 «fulfilled» by 100,000,000.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: pledge TST-30 of 100,000,000 made on 1403/05/01"
printf 'pledge,paid_on,amount,receipt\nTST-30,۱۴۰۳/۰۷/۱۲,60000000,فيش ۱۱\nTST-30,1403/07/20,"40,000,000",فیش ۱۲\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/p.csv" >/dev/null; ok $? "two payments on it, the first on 1403/07/12"
row() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep '^TST-30,'; }
AFTER="$(vis 'تاریخ تعهد پس از نخستین پرداخت')"
FIRST="$(vis 'خطا: تاریخ تعهد پس از نخستین پرداخت آن (۱۴۰۳/۰۷/۱۲)')"
FIRST_END="$(vis 'است: همان روز یا پیش از آن را بنویسید')"
BELOW="$(vis 'مبلغ تعهد از جمع پرداخت‌های')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 5
scr_wait "TST-30"; scr_keys Home Enter
scr_wait "$(vis 'مشارکت TST-30')"; ok $? "the form of pledge TST-30"
scr_keys Tab Tab Tab Tab Tab Tab		# to «pledged on»
scr_keys C-u; scr_type '۱۴۰۳/۰۸/۰۱'; scr_keys F2
scr_wait "$AFTER" 5; ok $? "dated after its first payment: the field says why"
scr_cap | grep -qF "$FIRST"; ok $? "... naming the first payment's date in Persian digits"
scr_cap | grep -qF "$FIRST_END"; ok $? "... and what to type, whole on the line below"
scr_cap | grep -qF "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید')"; ok $? "not saved"
row | grep -q ',1403/05/01,fulfilled,1$'; ok $? "the stored pledge is unchanged"
scr_keys C-u; scr_type '1403/07/12'; scr_keys F2
scr_wait "$(vis 'ذخیره شد')" 5; ok $? "the day of the first payment itself is saved"
row | grep -q ',100000000,,,1403/07/12,fulfilled,1$'; ok $? "stored so"

scr_wait "$(vis 'جست‌وجو:')"; scr_keys Home Enter	# saved, back in the list: again
scr_wait "$(vis 'مشارکت TST-30')"
scr_keys Tab Tab Tab			# to the amount
scr_keys C-u; scr_type '۵۰٬۰۰۰٬۰۰۰'; scr_keys F2
scr_wait "$BELOW" 5; ok $? "an amount below what is paid: a warning"
row | grep -q ',100000000,'; ok $? "not saved at the first F2"
scr_keys F2
scr_wait "$(vis 'ذخیره شد')" 5; ok $? "a second F2 saves it"
row | grep -q ',50000000,,,1403/07/12,'; ok $? "stored as confirmed"
scr_wait "$(vis 'جست‌وجو:')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
