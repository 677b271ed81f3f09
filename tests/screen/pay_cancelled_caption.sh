# A payment typed on a cancelled pledge was said to be one only at F2,
# after the clerk had typed its amount and receipt: the caption beside the
# pledge showed the donor and amount as for any other.  Now it says
# «(لغوشده)» before them as soon as the pledge is typed, as «(غیرفعال)»
# does for a deactivated record; a pledge still open has no such word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges /dev/stdin >/dev/null 2>&1 <<'CSV'
id,donor,need,type,amount,pledged_on,status
TST-30,TST-12,TST-22,space,846000000,1403/05/01,cancelled
TST-31,TST-12,TST-22,space,120000000,1403/05/02,pledged
CSV
ok $? "fixture: TST-30 cancelled, TST-31 pledged"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type 'tst-۳۰'; scr_keys Tab
scr_wait "$(vis '۸۴۶٬۰۰۰٬۰۰۰')"; ok $? "the cancelled pledge's caption beside it"
scr_settle
row=$(scr_cap | grep -F TST-30)
holds "$row" "$(vis '(لغوشده)')" "the caption says the pledge is cancelled"
scr_keys BTab; scr_keys C-u
for i in 1 2 3 4 5 6 7 8 9 10; do scr_keys BSpace; done
scr_type TST-31; scr_keys Tab
scr_wait "$(vis '۱۲۰٬۰۰۰٬۰۰۰')"; ok $? "the open pledge's caption beside it"
scr_settle
row=$(scr_cap | grep -F TST-31)
case $row in *"$(vis 'لغوشده')"*) ok 1 "an open pledge is not said cancelled: $row" ;;
*) ok 0 "an open pledge is not said cancelled" ;; esac
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null
scr_keys y; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
