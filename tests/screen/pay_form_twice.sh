# The payment form (main menu 6) warns, as the pledges screen asks, of a
# payment that repeats one of its pledge: the same receipt number (typed
# with ي for ی), or with no receipt the same amount on the same day; a
# second F2 saves it (two equal payments of one day do happen).  A payment
# re-saved unchanged is not warned about again.  Before, the same slip
# was saved twice without a word and its money counted twice.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: pledge TST-30 of 100,000,000"
printf 'pledge,paid_on,amount,receipt\nTST-30,۱۴۰۳/۰۷/۱۲,"۱۰٬۰۰۰٬۰۰۰",فیش ۱۱\nTST-30,1403/07/20,5000000,\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null; ok $? "two payments on it, one with no receipt"
npay() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, '$2 == "TST-30" { n++ } END { print n + 0 }'; }
SAME="$(vis 'پیش‌تر برای این تعهد ثبت شده است')"
LIST="$(vis 'جست‌وجو:')"
pay() {	# pay DATE AMOUNT RECEIPT: a new payment on TST-30 in the form, F2
	scr_keys F5
	scr_wait "$(vis 'تاریخ پرداخت*:')" || return 1
	scr_type TST-30; scr_keys Tab
	scr_keys C-u; scr_type "$1"; scr_keys Tab
	scr_type "$2"; scr_keys Tab
	[ -n "$3" ] && scr_type "$3"
	scr_keys F2
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 6
scr_wait "$LIST"
pay 1403/07/15 10000000 'فيش ۱۱'
scr_wait "$SAME" 5; ok $? "the same receipt number: warned about"
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null; ok $? "not saved by the first F2"
is "$(npay)" 2 "nothing stored yet"
scr_keys F2
scr_wait "$LIST"; ok $? "a second F2 saves it"
is "$(npay)" 3 "stored"

pay 1403/07/16 10000000 'فیش ۱۲'
scr_wait "$LIST"; ok $? "another receipt: saved at once"
is "$(npay)" 4 "stored"

pay '۱۴۰۳/۰۷/۲۰' '۵٬۰۰۰٬۰۰۰' ''
scr_wait "$SAME" 5; ok $? "no receipt, the same amount on the same day: warned about"
scr_keys F2; scr_wait "$LIST"
is "$(npay)" 5 "a second F2 saves it"

# the one saved over the warning, opened and saved unchanged: no warning
scr_keys Home Enter
scr_wait "TST-30" >/dev/null; scr_settle
scr_keys F2
scr_wait "$LIST"; ok $? "a payment re-saved unchanged is saved at once"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
