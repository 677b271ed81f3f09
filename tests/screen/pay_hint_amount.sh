# An amount is never cut inside its digits.  The payment form shows beside
# the pledge its donor and amount («کارخانهٔ قند اهر — ۸۴۶٬۰۰۰٬۰۰۰ ریال»);
# at 70 columns the caption was cut at its end, «…۸۴۶», which a clerk
# reads as another amount.  Now the donor's name gives way and the amount
# stays whole, at 70x20 and at 80x24 (where «…۸۴۶٬۰۰۰٬» showed).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges /dev/stdin >/dev/null 2>&1 <<'CSV'
id,donor,need,type,amount,pledged_on,status
TST-30,TST-12,TST-22,space,846000000,1403/05/01,pledged
CSV
ok $? "fixture: TST-30, Qand Ahar's pledge of 846,000,000"

AMT='۸۴۶٬۰۰۰٬۰۰۰'
for size in 70x20 80x24; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
	scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
	scr_type TST-30; scr_keys Tab
	scr_wait "$(vis 'کارخانهٔ')"; ok $? "$size: the pledge's caption beside it"
	scr_settle
	row=$(scr_cap | grep -F TST-30)
	holds "$row" "$AMT" "$size: the amount whole beside the pledge"
	case $row in *…۸*|*…۰*|*۰…*|*٬…*) ok 1 "$size: no amount cut at an ellipsis: $row" ;;
	*) ok 0 "$size: no amount cut at an ellipsis" ;; esac
	scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null
	scr_keys y; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: the program quits cleanly"
done
done_testing
