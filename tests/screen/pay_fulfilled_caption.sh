# The payment form's caption beside the pledge said «(لغوشده)» for a
# cancelled pledge but nothing for a fulfilled one, which the clerk learnt
# only at F2, after the amount and the receipt.  Now a fulfilled pledge is
# said «(ایفاشده)» («(fulfilled)» in English) as soon as it is typed: one
# paid in full (TST-30) and one given in kind, marked fulfilled (TST-31);
# an open pledge (TST-33) has no such word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"
cat >"$TMP/p.csv" <<'CSV'
id,donor,need,type,amount,in_kind,pledged_on,status
TST-30,TST-12,TST-22,space,۱۲۰٬۰۰۰٬۰۰۰,,1403/05/01,pledged
TST-31,TST-11,TST-21,equipment,,ده دوربين مداربسته,1403/05/02,fulfilled
TST-33,TST-10,TST-20,space,50000000,,1403/05/04,pledged
CSV
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1 &&
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/06/01,120000000,فیش ۱۲\n' |
	"$HAMYAR" --db "$DB" import payments - >/dev/null 2>&1
ok $? "fixture: TST-30 paid in full, TST-31 in kind marked fulfilled, TST-33 open"

# pledge_row ID: type pledge ID into the payment form's first field, Tab,
# and print its row once the caption is there
pledge_row() {
	scr_keys C-u; for i in 1 2 3 4 5 6 7 8 9 10; do scr_keys BSpace; done
	scr_type "$1"; scr_keys Tab
	scr_wait "$2" >/dev/null
	scr_settle
	scr_cap | grep -F "$1"
}
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
row=$(pledge_row TST-30 "$(vis '۱۲۰٬۰۰۰٬۰۰۰')")
holds "$row" "$(vis '(ایفاشده)')" "fa: the caption says TST-30, paid in full, is fulfilled"
scr_keys BTab
row=$(pledge_row TST-31 "$(vis 'ایفاشده')")
holds "$row" "$(vis '(ایفاشده)')" "fa: ... and TST-31, in kind, marked fulfilled"
scr_keys BTab
row=$(pledge_row TST-33 "$(vis '۵۰٬۰۰۰٬۰۰۰')")
case $row in *"$(vis 'ایفاشده')"*) ok 1 "fa: an open pledge is not said fulfilled: $row" ;;
*) ok 0 "fa: an open pledge is not said fulfilled" ;; esac
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null
scr_keys y; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null
scr_keys 6; scr_wait "Search:" >/dev/null
scr_keys F5; scr_wait "Paid on*:" >/dev/null
row=$(pledge_row TST-30 "120,000,000")
holds "$row" "(fulfilled)" "en: the caption says TST-30 is fulfilled"
done_testing
