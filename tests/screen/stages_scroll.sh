# A need's stages scroll under the selection, as its pledges do, and none
# is dropped past a fixed size.  Before, at 80x24 the screen drew its first
# 12 stages whatever was selected: Down past them moved to a stage never
# shown (Enter then edited it), PgUp/PgDn/Home/End did nothing, nothing
# said more stages existed, and only 64 stages were read (70 here: the
# overdue count said 64).  Now the heading says which stages are shown
# («۱–۱۲ از ۷۰»).  Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
# 70 stages of TST-20, S01 .. S70 in the order of their planned starts,
# all ended in the past (overdue)
{
	echo 'need,title,planned_start,planned_end'
	i=1; while [ $i -le 70 ]; do
		printf 'TST-20,مرحلهٔ پی‌ریزی S%02d,1403/%02d/%02d,1403/06/01\n' $i $(((i - 1) / 28 + 1)) $(((i - 1) % 28 + 1))
		i=$((i + 1))
	done
} >"$TMP/s.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null
ok $? "fixture: 70 stages of TST-20"

ALL=$(seq -f 'S%02g' 1 70)
nth() { printf '%s\n' "$ALL" | sed -n "${1}p"; }
# the stages' codes on the screen, top down
codes() { scr_cap | "$HAMYAR" text digits-en | grep -oE 'S[0-9]{2}'; }
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
range() {
	if [ $lang = fa ]; then v "$(fa "$1–$2 از $3")"; else echo "$1–$2 of $3"; fi
}
line_of() { scr_cap | grep -F -- "$1"; }
keys() { _k=$1; _n=$2; while [ "$_n" -gt 0 ]; do tm send-keys -t main "$_k"; _n=$((_n - 1)); done; sleep 0.2; scr_settle; }

for lang in fa en; do
	if [ $lang = fa ]; then
		v() { vis "$1"; }
		menu='منوی اصلی'; dash='نیازها به تفکیک شهرستان'; need='نیاز TST-20: ساخت اتاق نگهبانی'
		stages='مراحل'; late="$(vis 'مراحل عقب‌افتاده: ۷۰')"
	else
		v() { printf '%s\n' "$1"; }
		menu='Main menu'; dash='Needs by county'; need='Need TST-20: '
		stages='Stages (timeline'; late='overdue stages: 70'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$(v "$menu")" >/dev/null; scr_keys 0
	scr_wait "$(v "$dash")" >/dev/null; scr_keys F3
	scr_type 'ساخت اتاق'; scr_wait "TST-20" >/dev/null; scr_keys Enter
	scr_wait "$(v "$need")" >/dev/null; scr_settle
	k=$(codes | wc -l | tr -d ' ')
	[ "$k" -ge 2 ] && [ "$k" -lt 70 ]; ok $? "$lang 80x24: some of the 70 stages are shown ($k rows)"
	is "$(codes | tr '\n' ' ')" "$(printf '%s\n' "$ALL" | head -n "$k" | tr '\n' ' ')" "$lang 80x24: the first $k, in order"
	line_of "$(v "$stages")" | grep -qF -- "$(range 1 "$k" 70)"
	ok $? "$lang 80x24: the heading says stages 1-$k of 70"
	scr_cap | grep -qF -- "$late"; ok $? "$lang 80x24: all 70 counted overdue (past 64 read)"

	keys Down "$k"
	is "$(codes | tail -n 1)" "$(nth $((k + 1)))" "$lang 80x24: Down $k times shows stage $((k + 1)) at the bottom"
	is "$(codes | head -n 1)" S02 "$lang 80x24: the rows moved up by one"
	keys End 1
	is "$(codes | tail -n 1)" S70 "$lang 80x24: End shows the 70th stage last"
	line_of "$(v "$stages")" | grep -qF -- "$(range $((70 - k + 1)) 70 70)"
	ok $? "$lang 80x24: the heading then says $((70 - k + 1))-70 of 70"
	scr_keys Enter; scr_wait "┌" >/dev/null
	scr_cap | grep '┌' | "$HAMYAR" text digits-en | grep -qF S70; ok $? "$lang 80x24: Enter edits that stage, S70"
	scr_keys Escape; scr_gone "┌" >/dev/null
	keys Home 1
	is "$(codes | head -n 1)" S01 "$lang 80x24: Home goes back to the first"
	keys PgDn 1
	is "$(codes | head -n 1)" "$(nth $((k + 1)))" "$lang 80x24: PgDn turns the page: stage $((k + 1)) at the top"
	keys PgUp 1
	is "$(codes | head -n 1)" S01 "$lang 80x24: PgUp turns it back"

	scr_keys F1; scr_wait "┌" >/dev/null
	scr_cap | grep -qF "PgUp/PgDn"; ok $? "$lang: F1 names the keys that move through the stages"
	is "$(scr_cap | grep -o '│.*│' | grep -c '…')" 0 "$lang: no line of the help is cut"
	scr_keys Escape; scr_gone "┌" >/dev/null

	scr_keys F10; scr_wait "$(v "$dash")" >/dev/null
	scr_keys F10; scr_wait "$(v "$menu")" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
