# A payment typed in the payment form (main menu 6) dated before its
# pledge was refused with «تاریخ پرداخت پیش از تاریخ تعهد است», which
# did not say the pledge's date: the clerk had to leave the form to look
# it up.  Now the error under the date names it, in Jalali and the
# screen's digits (۱۴۰۳/۰۵/۰۱), and F2 saves once a date on or after it
# is typed.  import payments names it too, in ASCII digits.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ERR='خطا: تاریخ پرداخت پیش از تاریخ تعهد (۱۴۰۳/۰۵/۰۱) است'

work_fixture "$DB"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-34,TST-12,TST-20,space,50000000,1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "fixture: TST-34, a pledge of 1403/05/01"
npay() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -c ',TST-34,'; }

printf 'مشارکت,تاریخ پرداخت,مبلغ\nTST-34,۱۴۰۳/۰۴/۲۰,۱۰٬۰۰۰٬۰۰۰\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>"$TMP/err"
is $? 1 "import: a payment of 1403/04/20 is refused"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (تاریخ پرداخت)" "... naming line 2 and the date's column"
holds "$(cat "$TMP/err")" "پیش از تاریخ تعهد (1403/05/01) است" "... and the pledge's date"
is "$(npay)" 0 "nothing written"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type TST-34; scr_keys Tab
scr_type '۱۴۰۳/۰۴/۲۰'; scr_keys Tab
scr_type '۱۰٬۰۰۰٬۰۰۰'; scr_keys Tab
scr_keys F2
scr_wait "$(vis 'ذخیره نشد')"; ok $? "F2 with 1403/04/20: not saved"
scr_cap | grep -qF "$(vis "$ERR")"; ok $? "... the error under the date names the pledge's date"
is "$(npay)" 0 "no payment on TST-34"
scr_keys C-u; scr_type '۱۴۰۳/۰۵/۰۱'
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"; ok $? "the pledge's own day: saved"
is "$(npay)" 1 "one payment on TST-34"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
