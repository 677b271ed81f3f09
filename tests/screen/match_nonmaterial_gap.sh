# The matching screen opened from a non-material need shows its gap in
# its head line, as it does for a material need: SPEC §3's gap (its
# estimated cost less its material pledges), the gap `hamyar rank
# --explain` gives it and the dashboard's top-ranked needs show, in the
# same format (tui_fmt_amount, with its currency), «کسری ۲۰٬۰۰۰٬۰۰۰ ریال»
# for TST-28 (a support need of 30,000,000 with a material pledge of
# 10,000,000 on it), "gap 20,000,000 rials" in English.  Before, its type
# («حمایتی», "Support") stood in the gap's place, with no gap.  At 80x24
# and 64x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTST-28,TST-1,support,حمایت از ورزش محله‌ای,30000000,3,3,2000,1403/03/05,approved\n' >"$TMP/n.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-60,TST-11,TST-28,costs,10000000,1403/04/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1
ok $? "TST-28, support, 30,000,000, a material pledge of 10,000,000 on it"
gap=$("$HAMYAR" --lang en --db "$DB" rank --id TST-28 --explain | awk '$1 == "gap" { print $2 }')
is "$gap" "20,000,000" "hamyar rank: its gap is 20,000,000"

open_match() {	# $1: the dashboard's heading, $2: the matches' heading
	scr_keys F6; scr_wait "$3" >/dev/null
	scr_keys Down Enter
	scr_type 'TST-28'; scr_wait "TST-28" >/dev/null; scr_keys Enter
	scr_wait "$2"; ok $? "$SCR_SIZE $4: the donors for TST-28"
	scr_settle
}
for SCR_SIZE in 80x24 64x24; do
	work_open "$DB"
	open_match "" "$(vis 'خیّرین جور با یک نیاز')" "$(vis 'از یک نیاز: خیّرین جور با آن')" fa
	head=$(scr_cap | sed -n 2p)
	holds "$head" "$(vis 'نیاز TST-28  کسری ۲۰٬۰۰۰٬۰۰۰ ریال')" "$SCR_SIZE fa: the head line shows its gap, as rank has it"
	holds "$head" "$(vis 'حمایت از ورزش')" "$SCR_SIZE fa: ... before its title"
	scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
	work_quit_dash "$SCR_SIZE fa: quits"

	scr_start "$DB" --lang en
	scr_wait "Main menu" >/dev/null; scr_keys 0
	scr_wait "Needs by county" >/dev/null; scr_settle
	open_match "" "Donors for a need" "From a need: the donors that fit" en
	head=$(scr_cap | sed -n 2p)
	holds "$head" "Need TST-28  gap 20,000,000 rials" "$SCR_SIZE en: the head line shows its gap"
	case $head in *Support*) ok 1 "$SCR_SIZE en: ... not its type in its place" ;; *) ok 0 "$SCR_SIZE en: ... not its type in its place" ;; esac
	scr_keys F10; scr_wait "Needs by county" >/dev/null
	scr_keys F10; scr_wait "Main menu" >/dev/null; scr_settle; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$SCR_SIZE en: quits"
done
done_testing
