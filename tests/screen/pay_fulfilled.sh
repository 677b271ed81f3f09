# A payment typed in the payment form (main menu 6) on a pledge already
# fulfilled was saved at once when it did not take the payments past the
# amount: 0 rials on a pledge paid in full, or on an equipment pledge
# given in kind that the clerk marked fulfilled.  Now F2 asks, as for a
# payment over its pledge, naming the pledge's status («ایفاشده»); no
# keeps the form, yes saves.  A payment on a cancelled pledge is asked
# about more strongly: what is paid on it does not count as received for
# its need.  A payment on an open pledge is saved with no question.
# import payments says the same (tests/cli/import_pay_fulfilled.sh).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ASK='هشدار در: مشارکت. با این حال این رکورد ذخیره شود؟'
FUL='مشارکتِ این پرداخت پیش‌تر ایفا شده است (وضعیتش: ایفاشده)'
CANC='مشارکتِ این پرداخت لغو شده است (وضعیتش: لغوشده)'

work_fixture "$DB"
cat >"$TMP/p.csv" <<'CSV'
id,donor,need,type,amount,in_kind,pledged_on,status
TST-30,TST-12,TST-22,space,۱۲۰٬۰۰۰٬۰۰۰,,1403/05/01,pledged
TST-31,TST-11,TST-21,equipment,,ده دوربين مداربسته,1403/05/02,fulfilled
TST-32,TST-12,TST-22,space,846000000,,1403/05/03,cancelled
TST-33,TST-10,TST-20,space,50000000,,1403/05/04,pledged
CSV
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1
ok $? "fixture: four pledges"
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/06/01,120000000,فیش ۱۲\n' |
	"$HAMYAR" --db "$DB" import payments - >/dev/null 2>&1
ok $? "... TST-30 paid in full (fulfilled), TST-31 in kind marked fulfilled, TST-32 cancelled"
npay() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -c ",$1,"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
# pay PLEDGE AMOUNT: a new payment typed in the form, and F2
pay() {
	scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
	scr_type "$1"; scr_keys Tab
	scr_type '۱۴۰۳/۰۷/۰۲'; scr_keys Tab
	scr_type "$2"; scr_keys Tab
	scr_keys F2
}
pay TST-30 '۰'
scr_wait "$(vis "$ASK")"; ok $? "0 rials on TST-30, paid in full: F2 asks about the pledge"
scr_cap | grep -qF "$(vis "$FUL")"; ok $? "... saying it is already fulfilled, naming its status"
scr_keys n; scr_gone "$(vis "$ASK")"
scr_wait "$(vis 'ذخیره نشد')"; ok $? "no: not saved, the form stays"
is "$(npay TST-30)" 1 "still one payment on TST-30"
scr_keys F2; scr_wait "$(vis "$ASK")"; ok $? "F2 again asks again"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')"; ok $? "yes: saved"
is "$(npay TST-30)" 2 "two payments on TST-30"

pay TST-31 0
scr_wait "$(vis "$ASK")"; ok $? "0 rials on TST-31, in kind and fulfilled: F2 asks"
scr_cap | grep -qF "$(vis "$FUL")"; ok $? "... saying it is already fulfilled"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')"; ok $? "yes: saved"
is "$(npay TST-31)" 1 "one payment on TST-31"

pay TST-32 '۵٬۰۰۰٬۰۰۰'
scr_wait "$(vis "$CANC")"; ok $? "5,000,000 on the cancelled TST-32: F2 asks, naming its status"
scr_cap | grep -qF "$(vis 'دریافت‌شدهٔ نیازش شمرده نمی‌شود')"; ok $? "... and that it will not count as received"
scr_keys n; scr_wait "$(vis 'ذخیره نشد')"; ok $? "no: not saved"
is "$(npay TST-32)" 0 "no payment on TST-32"
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null
scr_keys y; scr_wait "$(vis 'جست‌وجو:')" >/dev/null

pay TST-33 '۱۰٬۰۰۰٬۰۰۰'
scr_wait "$(vis 'جست‌وجو:')"; ok $? "10,000,000 on the open TST-33: saved with no question"
is "$(npay TST-33)" 1 "one payment on TST-33"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
