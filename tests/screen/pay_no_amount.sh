# Money typed in the payment form (main menu 6) on a material pledge that
# names no amount (equipment given in kind: «دو دستگاه خودروی گشتِ پژو
# ۴۰۵», no rials) was saved at once without a word: the over-pledge check
# had no amount to compare with, and the non-material warning is not for
# a material pledge.  Now F2 asks, naming the amount's field and saying
# the pledge names no amount, so the payment cannot be checked against
# it; no keeps the form, yes saves.  import payments warns alike.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ASK='هشدار در: مبلغ (ریال). با این حال این رکورد ذخیره شود؟'
WHY='در مشارکتِ این پرداخت مبلغی تعهد نشده است'

work_fixture "$DB"
printf 'id,donor,need,type,in_kind,pledged_on,status\nTST-33,TST-12,TST-21,equipment,دو دستگاه خودروی گشتِ پژو ۴۰۵,1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "fixture: TST-33, an equipment pledge in kind, no amount"
npay() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -c ',TST-33,'; }

# import: the row is written, with a warning naming its line and column
printf 'مشارکت,تاریخ پرداخت,مبلغ,شماره فیش\nTST-33,۱۴۰۳/۰۶/۰۲,"۳٬۵۰۰٬۰۰۰",فيش ۷۷\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>"$TMP/err"
is $? 0 "import: money on it is imported, with a warning"
holds "$(cat "$TMP/err")" "سطر 2، ستون 3 (مبلغ)" "... naming line 2 and the amount's column"
holds "$(cat "$TMP/err")" "$WHY" "... saying its pledge names no amount"
is "$(npay)" 1 "one payment on TST-33"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type TST-33; scr_keys Tab
scr_type '۱۴۰۳/۰۶/01'; scr_keys Tab
scr_type '2٬000,٠٠٠'; scr_keys Tab
scr_keys F2
scr_wait "$(vis "$ASK")"; ok $? "2,000,000 on it in the form: F2 asks, naming the amount"
scr_cap | grep -qF "$(vis "$WHY")"; ok $? "... saying its pledge names no amount"
scr_keys n; scr_gone "$(vis "$ASK")"
scr_wait "$(vis 'ذخیره نشد')"; ok $? "no: not saved, the form stays"
is "$(npay)" 1 "no new payment on TST-33"
scr_keys F2; scr_wait "$(vis "$ASK")"; ok $? "F2 again asks again"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')"; ok $? "yes: saved"
is "$(npay)" 2 "two payments on TST-33"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
