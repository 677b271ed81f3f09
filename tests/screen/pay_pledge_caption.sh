# A payment's form names its pledge beside the pledge's id by the need
# too (its id, and its title where the row has the room), its donor's
# name cut less: one donor's two pledges of one amount on two needs, each
# partly paid, read apart.  Before, «علیرضا کریمی… — ۳۰۰٬۰۰۰٬۰۰۰» on
# both: the name cut to two words and no need.  80x24 and 100 columns.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
NAME='علیرضا کریمی‌اصل مقدم'
work_fixture "$DB"; ok $? "fixture"
printf 'id,kind,name,county\nTST-16,person,%s,TBZ\n' "$NAME" >"$TMP/d.csv"
printf 'id,donor,need,type,amount,pledged_on\n%s\n%s\n' \
    'TST-30,TST-16,TST-20,space,300000000,1403/05/01' \
    'TST-31,TST-16,TST-22,space,300000000,1403/05/02' >"$TMP/p.csv"
printf 'id,pledge,paid_on,amount\n%s\n%s\n' \
    'TST-40,TST-30,1403/06/01,150000000' 'TST-41,TST-31,1403/06/02,150000000' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null
ok $? "two pledges of 300,000,000 of one donor on TST-20 and TST-22, each half paid"

# the pledge's row of payment $1's form holds the need $2
pay_row() {
	scr_keys 6; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_type "$1"; scr_settle; scr_keys Enter
	scr_wait "$(vis "پرداخت $1")" >/dev/null
}
pay_quit() {
	scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
}
for cols in 80 100; do
	SCR_SIZE=${cols}x24 scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null
	pay_row TST-40
	row_has TST-30 TST-20; ok $? "$cols: TST-40's pledge TST-30 names its need TST-20"
	row_has TST-30 "$(vis '۳۰۰٬۰۰۰٬۰۰۰')"; ok $? "$cols: ... and its amount"
	row_has TST-30 "$(vis 'علیرضا کریمی‌اصل')"; ok $? "$cols: ... and more of the donor's name than two words"
	row_has TST-30 TST-22; is $? 1 "$cols: ... not the other need"
	pay_quit
	pay_row TST-41
	row_has TST-31 TST-22; ok $? "$cols: TST-41's pledge TST-31 names its need TST-22"
	pay_quit
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$cols: the program quits cleanly"
done
done_testing
