# The stages' list (main menu 7) lists its overdue stages alone: F4's
# «فقط مراحل عقب‌افتاده» ("Overdue only") keeps the rows marked «!» (the
# same test, core_stage_overdue, decides both) and says so in the search
# line beside the count.  It stays beside a county filter, and «بدون
# صافی» clears both.  Before, F4 offered only «بدون صافی» and «شهرستان»,
# and a supervisor with 300 stages scrolled looking for «!».  Persian
# (bidi by the program) and English; HAMYAR_TODAY fixes the day.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\nMRG-2,station,کلانتری ۱۲ تبريز,TBZ\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی روستای قره‌آغاج,900000000,4,4,1403/02/01,in_progress'
	echo 'MRG-11,MRG-2,equipment,خرید بی‌سیم كلانتری ۱۲,50000000,3,3,1403/02/01,in_progress'
} >"$TMP/n.csv"
# overdue: MRG-20 and MRG-24 (Maragheh), MRG-23 (Tabriz); not: MRG-21
# (not due), MRG-22 (done on time), MRG-25 (done late: done, not overdue)
{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress'
	echo 'MRG-20,MRG-10,پی‌ریزی و اسکلت,1403/03/01,1403/09/30,,40'
	echo 'MRG-21,MRG-10,نازک‌کاری,1404/01/01,1404/12/29,,0'
	echo 'MRG-22,MRG-11,تحویل دستگاه‌ها,1403/03/01,1403/05/30,1403/05/28,100'
	echo 'MRG-23,MRG-11,نصب بی‌سيم‌ها,1403/06/01,1403/08/30,,60'
	echo 'MRG-24,MRG-10,سیم‌کشی برق,1403/10/01,1404/02/30,,0'
	echo 'MRG-25,MRG-11,آموزش کاربران,1404/04/01,1404/04/31,1404/05/10,100'
} >"$TMP/s.csv"
for k in u:units n:needs s:stages; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null; ok $? "import ${k#*:}"
done
SEARCH() { scr_cap | sed -n 2p; }
# the stages' rows on the screen (their ids are MRG-2x)
ROWS() { scr_cap | grep 'MRG-2[0-9]'; }
# picks the entry holding $1 of the popup open: Home, then Down to it
pick() {
	scr_keys Home; sleep 0.3
	_top=$(scr_cap | grep -n '┌' | head -n 1 | cut -d: -f1)
	_row=$(scr_cap | grep -nF -- "$1" | head -n 1 | cut -d: -f1)
	_k=$((_row - _top - 1))
	while [ "$_k" -gt 0 ]; do scr_keys Down; _k=$((_k - 1)); done
	sleep 0.3; scr_keys Enter
}

for lang in fa en; do
	if [ $lang = en ]; then
		v() { printf '%s\n' "$1"; }
		menu='Main menu'; fmenu='Filter by'; late='Overdue only'; county='County'
		nofilter='No filter'; records='Records:'; town='Marag'; mrg='County: Maragheh'; first='Azarshahr'
	else
		v() { vis "$1"; }
		menu='منوی اصلی'; fmenu='صافی بر پایهٔ'; late='فقط مراحل عقب‌افتاده'; county='شهرستان'
		nofilter='بدون صافی'; records='رکوردها:'; town='مراغ'; mrg='شهرستان: مراغه'; first='آذرشهر'
	fi
	# the count as the search line writes it
	cnt() { if [ $lang = en ]; then v "$records $1"; else v "$records $(printf '%s' "$1" | sed 's/0/۰/g; s/1/۱/g; s/2/۲/g; s/3/۳/g; s/6/۶/g')"; fi; }
	scr_start "$DB" --lang $lang
	scr_wait "$(v "$menu")" >/dev/null; ok $? "$lang: main menu"
	scr_keys 7; scr_wait 'MRG-25' >/dev/null; ok $? "$lang: the stages' list, all six"
	scr_settle
	all=$(ROWS | wc -l); is "$all" 6 "$lang: six rows"
	bang=$(ROWS | grep -c '!'); is "$bang" 3 "$lang: three of them marked «!»"
	scr_keys F4; scr_wait "$(v "$fmenu")" >/dev/null; ok $? "$lang: F4, the filter menu"
	scr_cap | grep -qF -- "$(v "$late")"; ok $? "$lang: ... offers «$late»"
	pick "$(v "$late")"
	scr_wait "$(cnt "$bang")" >/dev/null
	ok $? "$lang: the count is the «!» rows', $bang"
	scr_settle
	SEARCH | grep -qF -- "$(v "$late")"; ok $? "$lang: ... the search line names the filter"
	is "$(ROWS | wc -l)" "$bang" "$lang: ... $bang rows listed"
	is "$(ROWS | grep -vc '!')" 0 "$lang: ... every one marked «!»"
	for id in MRG-20 MRG-23 MRG-24; do
		ROWS | grep -q "$id"; ok $? "$lang: ... overdue $id listed"
	done
	for id in MRG-21 MRG-22 MRG-25; do
		ROWS | grep -q "$id"; is $? 1 "$lang: ... $id (not overdue) gone"
	done
	# the county beside it: Maragheh's overdue stages
	scr_keys F4; scr_wait "$(v "$fmenu")" >/dev/null; pick "$(v "$county")"
	scr_wait "$(v "$first")" >/dev/null; ok $? "$lang: ... the counties"
	scr_type "$town"; scr_keys Enter
	scr_wait "$(v "$mrg")" >/dev/null; ok $? "$lang: county Maragheh chosen too"
	scr_settle
	SEARCH | grep -qF -- "$(v "$late")"; ok $? "$lang: ... the overdue filter stays named"
	SEARCH | grep -qF -- "$(cnt 2)"; ok $? "$lang: ... 2 records"
	ROWS | grep -q 'MRG-20' && ROWS | grep -q 'MRG-24'; ok $? "$lang: ... MRG-20 and MRG-24"
	ROWS | grep -q 'MRG-2[1-35]'; is $? 1 "$lang: ... no other (Tabriz's overdue MRG-23 gone)"
	# the menu opens on a filter in use; «No filter» clears both
	scr_keys F4; scr_wait "$(v "$fmenu")" >/dev/null; pick "$(v "$nofilter")"
	scr_wait 'MRG-22' >/dev/null; ok $? "$lang: no filter: all again"
	scr_settle
	is "$(ROWS | wc -l)" 6 "$lang: ... six rows"
	SEARCH | grep -qF -- "$(v "$late")"; is $? 1 "$lang: ... the overdue filter no longer named"
	SEARCH | grep -qF -- "$(cnt 6)"; ok $? "$lang: ... 6 records"
	scr_keys F10; scr_wait "$(v "$menu")" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$lang: the program ends with 0"
done
done_testing
