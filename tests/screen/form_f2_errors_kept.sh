# F2 on a payment form with its pledge and amount left empty says under
# each «خطا: پر کردن این خانه لازم است».  The clerk fills the pledge
# (TST-30, typed in lower case with Persian digits) and goes on: the
# amount, still empty, must stay marked.  The change that clears F2's
# warnings when a value changes (a payment past one pledge no longer past
# another, pay_form_stale_warn.sh) took F2's errors with them, and the
# amount's mark went as the pledge was typed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
NEED='خطا: پر کردن این خانه لازم است'

work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-30, a pledge"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_keys F2; scr_wait "$(vis "$NEED")" >/dev/null
is "$(scr_cap | grep -cF "$(vis "$NEED")")" 2 "F2 on an empty form: the pledge and the amount are marked"
scr_type 'tst-۳۰'; scr_keys Tab
scr_wait "$(vis 'کارخانهٔ قند')" >/dev/null; ok $? "the pledge typed: its donor shown beside it"
scr_settle
is "$(scr_cap | grep -cF "$(vis "$NEED")")" 1 "the amount, still empty, is still marked"
scr_cap | grep -F "$(vis "$NEED")" | grep -qF "$(vis 'مبلغ')"; is $? 1 "... on its own line under the amount (not the amount's label)"
scr_keys Tab; scr_type '۵۰٬۰۰۰٬۰۰۰'; scr_keys Tab; scr_settle
is "$(scr_cap | grep -cF "$(vis "$NEED")")" 0 "the amount typed: no mark left"
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"; ok $? "F2: saved"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
