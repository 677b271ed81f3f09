# A need's pledges and a pledge's payments are all read, however many.
# Before, only the first 200 pledges of a need and 100 payments of a pledge
# were: with 210 and 150 the headings said «… از ۲۰۰» and «… از ۱۰۰», End
# stopped at the 200th pledge and the 100th payment, and the rest were
# neither shown nor counted.  Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
# 210 pledges of TST-22, TST-5001 .. TST-5210; 150 payments of 1,000 rials
# on the first, receipts R-1 .. R-150
{
	echo 'id,donor,need,type,amount,hours,pledged_on'
	i=5001; while [ $i -le 5210 ]; do echo "TST-$i,TST-1$((i % 3)),TST-22,equipment,500000,,1403/05/01"; i=$((i + 1)); done
} >"$TMP/p.csv"
{
	echo 'id,pledge,paid_on,amount,receipt'
	i=1; while [ $i -le 150 ]; do printf 'TST-%d,TST-5001,1403/06/01,1000,R-%d\n' $((6000 + i)) $i; i=$((i + 1)); done
} >"$TMP/y.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null
ok $? "fixture: 210 pledges of TST-22, 150 payments on the first"

fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
range() {
	if [ $lang = fa ]; then v "$(fa "$1–$2 از $3")"; else echo "$1–$2 of $3"; fi
}
pids() { scr_cap | grep -vF "$(v "$pword")" | grep -oE 'TST-5[0-9]{3}'; }
rids() { scr_cap | "$HAMYAR" text digits-en | grep -oE 'R-[0-9]+'; }
line_of() { scr_cap | grep -F -- "$1"; }
keys() { _k=$1; _n=$2; while [ "$_n" -gt 0 ]; do tm send-keys -t main "$_k"; _n=$((_n - 1)); done; sleep 0.2; scr_settle; }

for lang in fa en; do
	if [ $lang = fa ]; then
		v() { vis "$1"; }
		pword='پرداخت‌های تعهد'; plhead='تعهدها'
	else
		v() { printf '%s\n' "$1"; }
		pword='Payments of pledge'; plhead='Pledges'
	fi
	work_pledges "$DB" $lang
	scr_wait "$(v "$pword TST-5001")" >/dev/null; scr_settle
	np=$(pids | wc -l | tr -d ' ')
	line_of "$(v "$plhead")" | grep -qF -- "$(range 1 "$np" 210)"
	ok $? "$lang 80x24: the pledges' heading counts 210 pledges"
	ny=$(rids | wc -l | tr -d ' ')
	line_of "$(v "$pword")" | grep -qF -- "$(range 1 "$ny" 150)"
	ok $? "$lang 80x24: the payments' heading counts 150 payments"
	keys Tab 1; keys End 1
	is "$(rids | tail -n 1)" R-150 "$lang 80x24: End in the payments shows the 150th last"
	line_of "$(v "$pword")" | grep -qF -- "$(range $((150 - ny + 1)) 150 150)"
	ok $? "$lang 80x24: the heading then says $((150 - ny + 1))-150 of 150"
	keys Tab 1; keys End 1
	scr_wait "$(v "$pword TST-5210")" >/dev/null
	is "$(pids | tail -n 1)" TST-5210 "$lang 80x24: End in the pledges shows the 210th last"
	line_of "$(v "$plhead")" | grep -qF -- "$(range $((210 - np + 1)) 210 210)"
	ok $? "$lang 80x24: the heading then says $((210 - np + 1))-210 of 210"

	work_pledges_quit $lang; ok $? "$lang: quits"
done
done_testing
