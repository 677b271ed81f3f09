# The need's pledges screen (a need, F7) with more pledges, and a pledge
# with more payments, than an 80x24 screen has rows for: both tables scroll
# under their selection as the dashboard's counties do.  Before, only the
# first (rows-8)/2 pledges were drawn: Down to the 7th or 8th showed its
# payments but never its row, the payments were cut after the 7th, and
# nothing said more rows existed.  Now the heading of each table says which
# rows are shown («۱–۶ از ۸»); Up/Down, PgUp/PgDn, Home/End reach every
# pledge, and after Tab every payment of the selected pledge.  At 80x24 and
# 100x40, Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
# eight pledges of TST-22 from the fixture's three donors (one of them of
# hours); twelve payments on the last, R-201 .. R-212
{
	echo 'id,donor,need,type,amount,hours,pledged_on'
	for i in 1 2 3 4 5 6 7 8; do
		if [ $i = 4 ]; then
			echo "TST-3$i,TST-1$((i % 3)),TST-22,policing,,40,1403/05/0$i"
		else
			echo "TST-3$i,TST-1$((i % 3)),TST-22,equipment,${i}000000,,1403/05/0$i"
		fi
	done
} >"$TMP/p.csv"
{
	echo 'id,pledge,paid_on,amount,receipt'
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
		printf 'TST-%d,TST-38,1403/06/%02d,10000,R-%d\n' $((50 + i)) $i $((200 + i))
	done
} >"$TMP/y.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null
ok $? "fixture: eight pledges of TST-22, twelve payments on the last (TST-38)"

ALL="TST-31 TST-32 TST-33 TST-34 TST-35 TST-36 TST-37 TST-38"
ALLR="R-201 R-202 R-203 R-204 R-205 R-206 R-207 R-208 R-209 R-210 R-211 R-212"
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
# the pledge ids on the pledges' rows, top down (not the payments' heading)
pids() { scr_cap | grep -vF "$(v "$pword")" | grep -oE 'TST-3[1-8]'; }
# the receipt numbers on the payments' rows, top down, as R-2NN
rids() { scr_cap | "$HAMYAR" text digits-en | grep -oE 'R-[0-9]+'; }
# range FIRST LAST N: the heading's note of the rows shown, as on the screen
range() {
	if [ $lang = fa ]; then v "$(fa "$1–$2 از $3")"; else echo "$1–$2 of $3"; fi
}
# the line of the screen holding TEXT
line_of() { scr_cap | grep -F -- "$1"; }
# keys K N: press K n times, then wait for the repaint
keys() { k=$1; n=$2; while [ "$n" -gt 0 ]; do tm send-keys -t main "$k"; n=$((n - 1)); done; sleep 0.2; scr_settle; }
# seen_all WANT LISTER KEY: press KEY until the last of WANT is shown, up to
# 12 times; prints every item the lister showed on the way, in order
seen_all() {
	want=$1; lister=$2; key=$3
	seen=$($lister)
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
		$lister | grep -qx "${want##* }" && break
		keys "$key" 1
		seen=$(printf '%s\n%s\n' "$seen" "$($lister)" | awk '!s[$0]++')
	done
	printf '%s\n' "$seen" | tr '\n' ' '
}

for lang in fa en; do
	if [ $lang = fa ]; then
		v() { vis "$1"; }
		pword='پرداخت‌های تعهد'; plhead='تعهدها'; nopay='هنوز پرداختی نیست'
	else
		v() { printf '%s\n' "$1"; }
		pword='Payments of pledge'; plhead='Pledges'; nopay='No payments yet'
	fi
	work_pledges "$DB" $lang
	scr_wait "$(v "$pword TST-31")"; ok $? "$lang 80x24: the need's pledges, the first selected"
	shown=$(pids | wc -l | tr -d ' ')
	[ "$shown" -ge 2 ] && [ "$shown" -lt 8 ]; ok $? "$lang 80x24: some of the eight pledges are shown ($shown rows)"
	is "$(pids | tr '\n' ' ')" "$(printf '%s\n' $ALL | head -n "$shown" | tr '\n' ' ')" \
	    "$lang 80x24: the first $shown in order"
	line_of "$(v "$plhead")" | grep -qF -- "$(range 1 "$shown" 8)"
	ok $? "$lang 80x24: the pledges' heading says rows 1-$shown of 8 are shown"

	# Down to the last pledge: its row comes into view with its payments
	keys Down 7
	scr_wait "$(v "$pword TST-38")" >/dev/null
	pids | grep -qx TST-38; ok $? "$lang 80x24: Down to the 8th pledge shows its row"
	is "$(pids | tail -n 1)" TST-38 "$lang 80x24: it is the last row"
	line_of "$(v "$plhead")" | grep -qF -- "$(range $((8 - shown + 1)) 8 8)"
	ok $? "$lang 80x24: the heading then says $((8 - shown + 1))-8 of 8"
	# the rows shown of its twelve payments, and the heading says so
	pshown=$(rids | wc -l | tr -d ' ')
	[ "$pshown" -ge 2 ] && [ "$pshown" -lt 12 ]; ok $? "$lang 80x24: some of its twelve payments are shown ($pshown rows)"
	is "$(rids | tr '\n' ' ')" "$(printf '%s\n' $ALLR | head -n "$pshown" | tr '\n' ' ')" \
	    "$lang 80x24: the first $pshown payments in order"
	line_of "$(v "$pword")" | grep -qF -- "$(range 1 "$pshown" 12)"
	ok $? "$lang 80x24: the payments' heading says 1-$pshown of 12"

	# Home, End, PgDn, PgUp over the pledges
	keys Home 1
	scr_wait "$(v "$pword TST-31")" >/dev/null
	is "$(pids | tr '\n' ' ')" "$(printf '%s\n' $ALL | head -n "$shown" | tr '\n' ' ')" \
	    "$lang 80x24: Home goes back to the first rows, the first pledge selected"
	is "$(seen_all "$ALL" pids PgDn)" "$ALL " "$lang 80x24: PgDn reaches all eight pledges, in order"
	keys PgUp 1
	pids | grep -qx TST-31; ok $? "$lang 80x24: PgUp turns the page back to the first pledge"
	keys End 1
	scr_wait "$(v "$pword TST-38")" >/dev/null; ok $? "$lang 80x24: End selects the last pledge"
	is "$(pids | tail -n 1)" TST-38 "$lang 80x24: and shows its row"
	keys Up 1
	scr_wait "$(v "$pword TST-37")" >/dev/null && scr_wait "$(v "$nopay")" >/dev/null
	ok $? "$lang 80x24: Up selects the 7th: it has no payments"
	keys Down 1
	scr_wait "$(v "$pword TST-38")" >/dev/null

	# Tab: the keys move through the payments
	keys Tab 1
	is "$(seen_all "$ALLR" rids PgDn)" "$ALLR " "$lang 80x24: after Tab, PgDn reaches all twelve payments, in order"
	line_of "$(v "$pword")" | grep -qF -- "$(range $((12 - pshown + 1)) 12 12)"
	ok $? "$lang 80x24: the payments' heading then says $((12 - pshown + 1))-12 of 12"
	keys Home 1
	is "$(rids | head -n 1)" R-201 "$lang 80x24: Home goes back to the first payment"
	keys End 1
	is "$(rids | tail -n 1)" R-212 "$lang 80x24: End to the last"
	keys PgUp 1
	rids | grep -qx R-212; is $? 1 "$lang 80x24: PgUp turns the page back"
	pids | grep -qx TST-38; ok $? "$lang 80x24: the pledge stays selected and shown meanwhile"
	keys Tab 1
	keys Up 1
	scr_wait "$(v "$pword TST-37")" >/dev/null; ok $? "$lang 80x24: Tab again: Up moves in the pledges"

	scr_keys F1; scr_wait "┌" >/dev/null
	scr_cap | grep -qF "PgUp/PgDn"; ok $? "$lang: F1 names the keys that move through the rows"
	is "$(scr_cap | grep -o '│.*│' | grep -c '…')" 0 "$lang: no line of the help is cut"
	scr_keys Escape; scr_gone "┌" >/dev/null

	# a taller terminal: every pledge and payment, no note of rows hidden
	scr_resize 100 40
	keys End 1
	scr_wait "$(v "$pword TST-38")" >/dev/null
	is "$(pids | tr '\n' ' ')" "$ALL " "$lang 100x40: all eight pledges shown"
	is "$(rids | tr '\n' ' ')" "$ALLR " "$lang 100x40: all twelve payments of the last shown"
	scr_cap | grep -qF -- "$(range 1 8 8)"; is $? 1 "$lang 100x40: no heading says rows are hidden"
	scr_resize 80 24
	is "$(pids | tail -n 1)" TST-38 "$lang 80x24 again: the selected last pledge stays in view"
	if [ $lang = en ]; then
		# F5 on the last pledge, its first payments in view: the payment
		# recorded, the 13th, is brought into view
		keys Tab 1; keys Home 1; keys Tab 1
		rids | grep -qx R-201; ok $? "$lang 80x24: the first payments in view"
		scr_keys F5; scr_wait "Paid on (Y/M/D):" >/dev/null; scr_keys Enter
		scr_wait "Amount (rials):" >/dev/null; scr_keys Enter
		scr_wait "Receipt no.:" >/dev/null; scr_type 'R-299'; scr_keys Enter
		scr_wait "Payment recorded; pledge TST-38" >/dev/null; scr_settle
		rids | grep -qx R-299; ok $? "$lang 80x24: a payment recorded is shown in its table"
		line_of "$pword" | grep -qF -- " of 13"; ok $? "$lang 80x24: the heading counts 13 payments"
	fi

	work_pledges_quit $lang; ok $? "$lang: quits"
done
done_testing
