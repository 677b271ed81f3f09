# A need's pledges at 80 columns: the type of a pledge is whole when the
# row has the room.  The status column kept the room of the widest status
# there is («Partly fulfilled», 16 cells) though every pledge here is only
# pledged («Pledged», 7): the donor and the type shared what was left and
# «Public equipment» read «Public equipme…», the donor's name cut too.
# Now the status takes the room of the statuses shown, and both the type
# and the names are whole.  Once a pledge is partly fulfilled its status
# is whole as before.  English and Persian, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'id,donor,need,type,amount,pledged_on\n%s\n%s\n' \
    'TST-30,TST-11,TST-22,equipment,15000000,1403/05/01' \
    'TST-31,TST-12,TST-22,equipment,100000000,1403/05/02' >"$TMP/p.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "fixture: two pledges of public equipment for TST-22, neither paid"

for lang in en fa; do
	if [ $lang = fa ]; then
		v() { vis "$1"; }
		pays='پرداخت‌های تعهد TST-30'; type='تجهیزات عمومی'; partly='بخشی ایفاشده'
	else
		v() { printf '%s\n' "$1"; }
		pays='Payments of pledge TST-30'; type='Public equipment'; partly='Partly fulfilled'
	fi
	work_pledges "$DB" $lang
	scr_wait "$(v "$pays")" >/dev/null; scr_settle
	row_has TST-30 "$(v "$type")" && row_has TST-31 "$(v "$type")"
	ok $? "$lang 80x24: the type whole ($type)"
	row_has TST-30 "$(vis 'بنیاد نیکوکاری مهر')" && row_has TST-31 "$(vis 'کارخانهٔ قند اهر')"
	ok $? "$lang 80x24: the donors' names whole"
	scr_cap | grep -qF '…'; is $? 1 "$lang 80x24: nothing cut with an ellipsis"
	work_pledges_quit $lang; ok $? "$lang: quits"
done

# a payment on the first: partly fulfilled, its status whole
printf 'pledge,paid_on,amount\nTST-30,1403/06/01,5000000\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null; ok $? "a payment on TST-30"
for lang in en fa; do
	if [ $lang = fa ]; then
		v() { vis "$1"; }
		pays='پرداخت‌های تعهد TST-30'; partly='بخشی ایفاشده'
	else
		v() { printf '%s\n' "$1"; }
		pays='Payments of pledge TST-30'; partly='Partly fulfilled'
	fi
	work_pledges "$DB" $lang
	scr_wait "$(v "$pays")" >/dev/null; scr_settle
	row_has TST-30 "$(v "$partly")"; ok $? "$lang 80x24: the status then whole ($partly)"
	work_pledges_quit $lang; ok $? "$lang: quits"
done
done_testing
