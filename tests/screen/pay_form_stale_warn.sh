# In the payment form (main menu 6), a payment of 20,000,000 on TST-31, a
# pledge of 15,000,000, is warned about at F2 under the amount («... از
# مبلغ تعهدشده بیشتر می‌شود»).  When the clerk answers no, goes back to
# the pledge and types TST-30 (100,000,000, nothing paid) in its place, the
# warning no longer holds: it goes from under the amount as the pledge is
# left.  Before, it stayed there until the next F2, telling of a pledge the
# form no longer names.  A warning still true comes back at F2.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
OVER="$(vis 'جمع پرداخت‌های این تعهد از مبلغ')"
ASK="$(vis 'با این حال این رکورد ذخیره شود؟')"

work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-30 of 100,000,000 and TST-31 of 15,000,000"
npay() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, -v p="$1" '$2 == p { n++ } END { print n + 0 }'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type 'tst-۳۱'; scr_keys Tab
scr_type '۱۴۰۳/۰۶/01'; scr_keys Tab
scr_type '۲۰٬000,000'; scr_keys Tab
scr_keys F2
scr_wait "$ASK"; ok $? "20,000,000 on a pledge of 15,000,000: asked at F2"
scr_keys n; scr_gone "$ASK" >/dev/null
scr_wait "$OVER"; ok $? "no: the warning is under the amount"
scr_keys BTab BTab C-u; scr_type 'TST-30'; scr_keys Tab
scr_settle
scr_cap | grep -qF "TST-30"; ok $? "the pledge is now TST-30"
scr_gone "$OVER" 3; ok $? "another pledge with room left: the warning is gone"
scr_keys BTab BTab C-u; scr_type 'TST-31'; scr_keys Tab; scr_settle
scr_keys F2
scr_wait "$ASK"; ok $? "TST-31 again: F2 asks again"
scr_cap | grep -qF "$OVER"; ok $? "... and the warning is back under the amount"
scr_keys n; scr_gone "$ASK" >/dev/null
scr_keys BTab BTab C-u; scr_type 'TST-30'; scr_keys Tab; scr_settle
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"; ok $? "TST-30: saved at once"
is "$(npay TST-30)" 1 "the payment is on TST-30"
is "$(npay TST-31)" 0 "none on TST-31"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
