# A payment on a cancelled pledge, opened in the payment form and saved
# again unchanged: one F2 saves it, no warning.  Before, each save of it
# warned again that its pledge is cancelled and needed a second F2.  Its
# amount changed, it is warned about again.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
CANC='مشارکتِ این پرداخت لغو شده است'
AGAIN='با این حال این رکورد ذخیره شود؟'
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import pledges - >/dev/null <<'CSV'
id,donor,need,type,amount,pledged_on,status
TST-31,TST-12,TST-22,space,15000000,1403/05/02,cancelled
CSV
ok $? "fixture: TST-31 (15,000,000) cancelled"
printf 'pledge,paid_on,amount,receipt\nTST-31,۱۴۰۳/۰۶/۱۰,"۵٬۰۰۰٬۰۰۰",فیش ۴۲\n' |
	"$HAMYAR" --db "$DB" import payments - >/dev/null 2>"$TMP/err"
ok $? "a payment of 5,000,000 on TST-31 imported"
grep -qF "$CANC" "$TMP/err"; ok $? "... warned: its pledge is cancelled"
Y=$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, '$2 == "TST-31" { print $1 }')
[ -n "$Y" ]; ok $? "the payment is $Y"
amount() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, -v y="$Y" '$1 == y { print $4 }'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 6; scr_wait "$Y"; scr_type "$Y"; scr_settle; scr_keys Enter
scr_wait "$(vis "پرداخت $Y")"; ok $? "$Y opens in the payment form"
scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "saved again unchanged: one F2 saves it"
scr_cap | grep -qF -- "$(vis "$AGAIN")"; is $? 1 "... with no warning"
scr_settle; scr_keys Enter
scr_wait "$(vis "پرداخت $Y")"; ok $? "it opens again"
scr_keys Tab Tab C-u; scr_type '6000000'; scr_keys Tab F2
scr_wait "$(vis "$AGAIN")"; ok $? "its amount changed to 6,000,000: warned, and not saved by the first F2"
scr_cap | grep -qF -- "$(vis "$CANC")"; ok $? "... that its pledge is cancelled"
is "$(amount)" 5000000 "... 5,000,000 still stored"
scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "a second F2 saves it"
is "$(amount)" 6000000 "... 6,000,000 stored"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
