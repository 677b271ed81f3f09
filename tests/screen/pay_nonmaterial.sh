# Money typed in the payment form (main menu 6) on a non-material pledge
# (support, 40 hours, no amount) was saved at once without a word, and
# the payments' total went up: with no pledged amount the over-pledge
# check had nothing to compare.  Now F2 asks, as it does for a payment
# over its pledge, naming the amount and saying the pledge is
# non-material, of its own type (حمایتی; the warning listed all four
# non-material types); no keeps the form, yes saves.
# import payments says the same (tests/cli/import_pay_nonmaterial.sh).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ASK='هشدار در: مبلغ (ریال). با این حال این رکورد ذخیره شود؟'
WHY='مشارکتِ این پرداخت معنوی (حمایتی) است'

work_fixture "$DB"
printf 'id,donor,need,type,hours,pledged_on,status\nTST-32,TST-12,TST-22,support,۴۰,1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "fixture: TST-32, a support pledge of 40 hours and no amount"
npay() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -c ',TST-32,'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type TST-32; scr_keys Tab
scr_type '۱۴۰۳/۰۶/01'; scr_keys Tab
scr_type '2٬000,٠٠٠'; scr_keys Tab
scr_keys F2
scr_wait "$(vis "$ASK")"; ok $? "2,000,000 on it: F2 asks, naming the amount"
scr_cap | grep -qF "$(vis "$WHY")"; ok $? "... saying its pledge is non-material, of support"
scr_cap | grep -qF "$(vis "مبلغ (ریال): $WHY")"; ok $? "... the question itself too, as under the field"
scr_keys n; scr_gone "$(vis "$ASK")"
scr_wait "$(vis 'ذخیره نشد')"; ok $? "no: not saved, the form stays"
is "$(npay)" 0 "no payment on TST-32"
scr_keys F2; scr_wait "$(vis "$ASK")"; ok $? "F2 again asks again"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')"; ok $? "yes: saved"
is "$(npay)" 1 "one payment on TST-32"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
