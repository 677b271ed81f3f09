# The ceremonies' list and a ceremony's donors scroll under the selection,
# as a need's pledges do, and no row is dropped past a fixed size.  Before,
# at 80x24 the list drew its first 17 rows whatever was selected: Down to
# the 26th ceremony showed the same rows and Enter opened a ceremony never
# shown; PgUp/PgDn/Home/End did nothing and nothing said more rows existed;
# only 300 ceremonies were read (311 here: the 11 newest were left out) and
# only 100 donors of a ceremony (130 here).  Now the heading says which
# rows are shown («۱–۱۷ از ۳۱۱»).  Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
# 130 donors TST-100 .. TST-229 (a ZWNJ and an Arabic yeh in their names);
# ceremony TST-2000 honours them all; 310 older ceremonies TST-3001 ..
# TST-3310 of one day honour TST-10
{
	echo 'id,kind,name,county,interests,capacity,active'
	i=100; while [ $i -lt 230 ]; do echo "TST-$i,org,شرکت‌ خيّر $i,TBZ,equipment,1000000,1"; i=$((i + 1)); done
} >"$TMP/d.csv"
{
	echo 'id,held_on,title,place,donors'
	echo "TST-2000,1403/10/15,تجلیل بزرگ,سالن همایش,$(seq -s ' ' -f 'TST-%g' 100 229)"
	i=3001; while [ $i -le 3310 ]; do echo "TST-$i,1402/01/01,مراسم $i,مسجد جامع,TST-10"; i=$((i + 1)); done
} >"$TMP/r.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null
ok $? "fixture: 130 more donors, a ceremony honouring them, 310 older ceremonies"

# the ceremonies newest first: TST-2000, then TST-3310 down to TST-3001
ALL=$(printf 'TST-2000\n'; seq -f 'TST-%g' 3310 -1 3001)
DON=$(seq -f 'TST-%g' 100 229)
nth() { printf '%s\n' "$1" | sed -n "${2}p"; }
ids() { scr_cap | grep -oE 'TST-[0-9]+'; }
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
range() {
	if [ $lang = fa ]; then v "$(fa "$1–$2 از $3")"; else echo "$1–$2 of $3"; fi
}
# the heading: the line under the title bar
head_has() { scr_cap | sed -n 2p | grep -qF -- "$1"; }
keys() { _k=$1; _n=$2; while [ "$_n" -gt 0 ]; do tm send-keys -t main "$_k"; _n=$((_n - 1)); done; sleep 0.2; scr_settle; }

for lang in fa en; do
	if [ $lang = fa ]; then
		v() { vis "$1"; }
		menu='منوی اصلی'; dash='نیازها به تفکیک شهرستان'; cers='مراسم‌ها'; cer='مراسم:'
	else
		v() { printf '%s\n' "$1"; }
		menu='Main menu'; dash='Needs by county'; cers='Ceremonies'; cer='Ceremony:'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$(v "$menu")" >/dev/null; scr_keys 0
	scr_wait "$(v "$dash")" >/dev/null; scr_keys F7
	scr_wait "TST-2000" >/dev/null; scr_settle
	k=$(ids | wc -l | tr -d ' ')
	[ "$k" -ge 2 ] && [ "$k" -lt 311 ]; ok $? "$lang 80x24: some of the 311 ceremonies are shown ($k rows)"
	is "$(ids | tr '\n' ' ')" "$(printf '%s\n' "$ALL" | head -n "$k" | tr '\n' ' ')" \
	    "$lang 80x24: the newest $k, in order"
	head_has "$(range 1 "$k" 311)"; ok $? "$lang 80x24: the heading says rows 1-$k of 311"

	# Down past the last row shown: the selected row comes into view at
	# the bottom, and Enter opens that one
	keys Down "$k"
	is "$(ids | tail -n 1)" "$(nth "$ALL" $((k + 1)))" "$lang 80x24: Down $k times shows row $((k + 1)) at the bottom"
	is "$(ids | head -n 1)" "$(nth "$ALL" 2)" "$lang 80x24: the rows moved up by one"
	want=$(nth "$ALL" $((k + 1)))
	scr_keys Enter; scr_wait "$(v "$cer")" >/dev/null
	scr_cap | sed -n 2p | "$HAMYAR" text digits-en | grep -qF -- "${want#TST-}"
	ok $? "$lang 80x24: Enter opens that ceremony, the one shown selected ($want)"
	scr_keys F10; scr_wait "$(v "$cers")" >/dev/null; scr_settle

	keys End 1
	is "$(ids | tail -n 1)" TST-3001 "$lang 80x24: End shows the oldest ceremony last"
	head_has "$(range $((311 - k + 1)) 311 311)"; ok $? "$lang 80x24: the heading then says $((311 - k + 1))-311 of 311"
	keys Home 1
	is "$(ids | head -n 1)" TST-2000 "$lang 80x24: Home goes back to the newest"
	ids | grep -qx TST-3310; ok $? "$lang 80x24: the newest of the 310 (past 300 read) is listed"
	keys PgDn 1
	is "$(ids | head -n 1)" "$(nth "$ALL" $((k + 1)))" "$lang 80x24: PgDn turns the page: row $((k + 1)) at the top"
	keys PgUp 1
	is "$(ids | head -n 1)" TST-2000 "$lang 80x24: PgUp turns it back"

	# the ceremony of 130 donors
	keys Home 1; scr_keys Enter
	scr_wait "$(v "$cer")" >/dev/null; scr_wait TST-100 >/dev/null; scr_settle
	d=$(ids | wc -l | tr -d ' ')
	[ "$d" -ge 2 ] && [ "$d" -lt 130 ]; ok $? "$lang 80x24: some of its 130 donors are shown ($d rows)"
	head_has "$(range 1 "$d" 130)"; ok $? "$lang 80x24: its heading says rows 1-$d of 130"
	keys Down "$d"
	is "$(ids | tail -n 1)" "$(nth "$DON" $((d + 1)))" "$lang 80x24: Down $d times shows donor $((d + 1))"
	keys End 1
	is "$(ids | tail -n 1)" TST-229 "$lang 80x24: End shows the 130th donor (past 100 read)"
	head_has "$(range $((130 - d + 1)) 130 130)"; ok $? "$lang 80x24: the heading then says $((130 - d + 1))-130 of 130"
	keys Home 1
	is "$(ids | head -n 1)" TST-100 "$lang 80x24: Home the first donor"

	scr_keys F1; scr_wait "┌" >/dev/null
	scr_cap | grep -qF "PgUp/PgDn"; ok $? "$lang: F1 names the keys that move through the rows"
	is "$(scr_cap | grep -o '│.*│' | grep -c '…')" 0 "$lang: no line of the help is cut"
	scr_keys Escape; scr_gone "┌" >/dev/null

	scr_keys F10; scr_wait "$(v "$cers")" >/dev/null
	scr_keys F10; scr_wait "$(v "$dash")" >/dev/null
	scr_keys F10; scr_wait "$(v "$menu")" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
