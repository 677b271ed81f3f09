# Cancelling a pledge something was paid on (F8 on a need's pledges
# screen): the question says that what was paid leaves the need's
# «received» too, with the sum, as it does (store_need_sums counts the
# payments of pledges not cancelled).  Before, it said only that the
# pledge would no longer count, and 40,000,000 received went from the
# head without a word.  A pledge with nothing paid is asked as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22, pledges TST-30 and TST-31"
printf 'pledge,paid_on,amount,receipt\nTST-30,۱۴۰۳/۰۷/۱۲,"۴۰٬۰۰۰٬۰۰۰",فيش ۱۱\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null; ok $? "40,000,000 paid on TST-30"

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_wait "$(vis 'دریافت‌شده: ۴۰٬۰۰۰٬۰۰۰')"; ok $? "received: 40,000,000"
scr_keys F8
scr_wait "$(vis 'این تعهد لغو شود؟')"; ok $? "F8 asks"
scr_cap | grep -qF "$(vis '۴۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "naming what was paid on it"
scr_cap | grep -qF "$(vis 'دریافت‌شده شمرده نمی‌شود.')"; ok $? "which will no longer count as received"
scr_keys y
scr_wait "$(vis 'تعهد لغو شد: TST-30')"; ok $? "cancelled"
scr_cap | grep -qF "$(vis 'دریافت‌شده: ۰')"; ok $? "and received is 0, as said"
scr_keys Down; scr_wait "$(vis 'پرداخت‌های تعهد TST-31')"
scr_keys F8
scr_wait "$(vis 'این تعهد لغو شود؟ دیگر برای نیاز به حساب نمی‌آید.')"; ok $? "nothing paid on TST-31: asked as before"
scr_cap | grep -qF "$(vis 'دریافت‌شده شمرده نمی‌شود.')"; is $? 1 "with nothing of received"
scr_keys n
work_pledges_quit; ok $? "back out, and the program ends"
done_testing
