# Lists of every kind from the schema: filter by county, sort by name or
# id, paging through more rows than a screen, and a reference field filled
# through the search popup.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" LST; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
{
	echo "kind,name,county"
	echo "person,بهرام رحیمی,MRG"		# LST-1
	echo "person,آرش زمانی,TBZ"		# LST-2: first in Persian order (آ)
	i=1; while [ $i -le 58 ]; do echo "person,یاسر $i,TBZ"; i=$((i + 1)); done
} >"$TMP/donors.csv"
printf 'kind,name,county\nstation,کلانتری ۱۲ مراغه,MRG\npost,پاسگاه صوفیان,TBZ\n' >"$TMP/units.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null 2>&1; ok $? "60 donors imported"
"$HAMYAR" --db "$DB" import units "$TMP/units.csv" >/dev/null 2>&1; ok $? "2 units imported"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys Enter
scr_wait "$(vis 'رکوردها: ۶۰')"; ok $? "the donor list counts 60"
first() { scr_cap | grep -m 1 'LST-' | grep -o 'LST-[0-9]*'; }
is "$(first)" "LST-2" "name order (Persian alphabet): آرش first"
scr_sort_by 'شناسه'
scr_wait "$(vis 'مرتب بر پایهٔ شناسه.')"
is "$(first)" "LST-1" "F6 id: id order, LST-1 first"
scr_sort_by 'شهرستان'
scr_wait "$(vis 'مرتب بر پایهٔ شهرستان.')"; ok $? "F6 county: sorted in memory (60 rows)"
is "$(first)" "LST-2" "... Tabriz (ت) before Maragheh (م); ties in id order"
scr_sort_by 'شهرستان'
scr_wait "$(vis 'مرتب بر پایهٔ شهرستان، نزولی.')"; ok $? "the same column again: descending"
is "$(first)" "LST-1" "... Maragheh first"
scr_keys End
scr_wait "$(vis 'آرش زمانی')"
is "$(scr_cap | grep 'LST-' | tail -n 1 | grep -o 'LST-[0-9]*')" "LST-2" "End in memory order: ties reversed too, LST-2 last"
scr_keys Home
scr_sort_by 'نام'
scr_wait "$(vis 'مرتب بر پایهٔ نام.')"

scr_keys F4; scr_wait "$(vis 'بدون صافی')"
scr_keys Down Enter				# county
scr_wait "$(vis 'مراغه')"
# Walk down the county popup to Maragheh: its row below the box's top.
scr_pick 'مراغه'
scr_wait "$(vis 'شهرستان: مراغه')"; ok $? "F4: filtered by county, the filter is shown"
scr_wait "$(vis 'رکوردها: ۱')"; ok $? "... with its count"
scr_cap | grep -q 'LST-1'; ok $? "... and only the Maragheh donor"
scr_cap | grep -q 'LST-2'; is $? 1 "... not the Tabriz ones"
# Tabriz: 59 donors, listed in name order with the filter checked per row.
scr_keys F4; scr_wait "$(vis 'بدون صافی')"
scr_pick 'شهرستان'				# the menu is on it now
scr_wait "$(vis 'تبریز')"
scr_pick 'تبریز'
scr_wait "$(vis 'شهرستان: تبریز')"; ok $? "F4: filtered by Tabriz"
is "$(first)" "LST-2" "... in name order: آرش first"
scr_keys End; sleep 0.5
is "$(scr_cap | grep 'LST-' | tail -n 1 | grep -o 'LST-[0-9]*')" "LST-11" "... End: the alphabetically last (یاسر 9), not the last id"
scr_keys Home
scr_keys F4; scr_wait "$(vis 'بدون صافی')"; scr_pick 'بدون صافی'
scr_wait "$(vis 'رکوردها: ۶۰')"; ok $? "no filter: 60 again"

scr_cap | grep -q 'LST-11'; is $? 1 "the alphabetically last donor (یاسر 9, LST-11) is not on the first page"
scr_keys End
scr_wait 'LST-11'
is "$(scr_cap | grep 'LST-' | tail -n 1 | grep -o 'LST-[0-9]*')" "LST-11" "End: the last page ends with it"
scr_cap | grep -o 'LST-[0-9]*' | sort >"$TMP/last"
scr_keys Home
is "$(first)" "LST-2" "Home: back to the first row"
scr_cap | grep -o 'LST-[0-9]*' | sort >"$TMP/p1"
scr_keys PageDown
scr_cap | grep -o 'LST-[0-9]*' | sort >"$TMP/p2"
[ -s "$TMP/p2" ] && [ -z "$(comm -12 "$TMP/p1" "$TMP/p2")" ]; ok $? "PgDn shows the next rows (none repeated)"
scr_keys PageDown PageDown
scr_keys PageUp PageUp PageUp
sleep 0.3
is "$(first)" "LST-2" "PgUp pages back to the start exactly"
n=$(cat "$TMP/last" | wc -l)
[ "$n" -ge 10 ]; ok $? "End shows a full last page ($n rows)"

# End reads the last page backwards (store_iter_prev); PgUp and Up from
# there step back from its first row.  The whole order, top to bottom, is
# read first by paging forwards from Home: End and PgUp must show slices of
# it, in the same order.
ids() { scr_cap | grep -o 'LST-[0-9]*'; }
scr_keys Home; scr_settle
{ ids; for p in 1 2 3 4; do scr_keys PageDown; scr_settle; ids; done; } | awk '!seen[$0]++' >"$TMP/all"
is "$(wc -l <"$TMP/all" | tr -d ' ')" 60 "paging forwards from Home lists all 60"
scr_keys End; scr_settle
h=$(ids | wc -l | tr -d ' ')
is "$(ids | tr '\n' ' ')" "$(tail -n "$h" "$TMP/all" | tr '\n' ' ')" "End: the last $h of the order, in order"
scr_keys PageUp; scr_settle
is "$(ids | tr '\n' ' ')" "$(tail -n $((2 * h)) "$TMP/all" | head -n "$h" | tr '\n' ' ')" \
    "End then PgUp: the screenful just before the last one, in order"
scr_keys PageUp; scr_settle
is "$(ids | tr '\n' ' ')" "$(tail -n $((3 * h)) "$TMP/all" | head -n "$h" | tr '\n' ' ')" \
    "... PgUp again: the screenful before that"
scr_keys PageUp; scr_settle
is "$(ids | tr '\n' ' ')" "$(head -n "$h" "$TMP/all" | tr '\n' ' ')" \
    "... and again: the first page (fewer than $h rows were left above: $((60 - 3 * h)))"
scr_keys PageDown; scr_settle
is "$(ids | head -n 1)" "$(sed -n "$((h + 1))p" "$TMP/all")" "... PgDn from there: the second page"
scr_keys End; scr_settle
i=1; while [ "$i" -le "$h" ]; do tm send-keys -t main Up; i=$((i + 1)); done; sleep 0.4
is "$(ids | head -n 1)" "$(tail -n $((h + 1)) "$TMP/all" | head -n 1)" "End, then Up past the top row: one row back"
# A word search: End and PgUp read its entries backwards too.  The names
# sharing the word یاسر come in the order they were registered (store.h):
# LST-3 .. LST-60.
scr_keys Home; scr_type 'یاسر'; sleep 0.3
i=3; while [ "$i" -le 60 ]; do echo "LST-$i"; i=$((i + 1)); done >"$TMP/yaser"
scr_keys End; scr_settle
is "$(ids | tr '\n' ' ')" "$(tail -n "$h" "$TMP/yaser" | tr '\n' ' ')" "a word search: End shows its last rows"
scr_keys PageUp; scr_settle
is "$(ids | tr '\n' ' ')" "$(tail -n $((2 * h)) "$TMP/yaser" | head -n "$h" | tr '\n' ' ')" \
    "... and PgUp the screenful before them"
scr_keys Escape
scr_wait "$(vis 'رکوردها: ۶۰')" >/dev/null
# Tabriz (the filter checked on each row, in name order): the order above
# without the Maragheh donor, End and PgUp read backwards through it.
scr_keys F4; scr_wait "$(vis 'بدون صافی')" >/dev/null
scr_keys Down Enter
scr_wait "$(vis 'تبریز')" >/dev/null
scr_pick 'تبریز'
scr_wait "$(vis 'شهرستان: تبریز')"; ok $? "filtered by Tabriz again"
grep -vx 'LST-1' "$TMP/all" >"$TMP/tbz"
scr_keys End; scr_settle
scr_keys PageUp; scr_settle
is "$(ids | tr '\n' ' ')" "$(tail -n $((2 * h)) "$TMP/tbz" | head -n "$h" | tr '\n' ' ')" \
    "filtered by Tabriz: End then PgUp, the screenful before the last"
scr_keys PageUp PageUp PageUp; sleep 0.3
is "$(ids | tr '\n' ' ')" "$(head -n "$h" "$TMP/tbz" | tr '\n' ' ')" "... PgUp back to its first page"

# A need: its unit is picked through the search popup.
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'واحد*:')"
scr_keys Space
scr_wait "$(vis 'انتخاب: واحد')"; ok $? "Space on the unit field opens the search popup"
scr_type 'پاس'
scr_wait "$(vis 'پاسگاه صوفیان')"; ok $? "typing searches the units"
scr_cap | grep -qF "$(vis 'کلانتری ۱۲ مراغه')"; is $? 1 "... leaving out those that do not match"
scr_keys Enter
scr_wait 'LST-62'; ok $? "Enter puts the unit's id in the field"
scr_keys Tab
scr_wait "$(vis 'پاسگاه صوفیان')"; ok $? "... and its name beside it"
scr_keys Escape; scr_wait "$(vis 'بله')"; scr_keys y

# A reference column shows the name of what it names, not its id.
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
printf 'donor,type,amount,pledged_on\nLST-1,costs,5000000,1403/05/01\n' >"$TMP/pledges.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/pledges.csv" >/dev/null 2>&1; ok $? "a pledge imported"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 5; scr_wait 'LST-6'
scr_cap | grep 'LST-6' | grep -qF "$(vis 'بهرام رحیمی')"; ok $? "the pledge list names the donor"
scr_cap | grep 'LST-6' | grep -qF '۵٬۰۰۰٬۰۰۰'; ok $? "... and shows the amount grouped in Persian digits"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

# Columns two spaces apart: a kind that fills its column does not run
# into the name beside it as if they were one phrase.
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
printf 'kind,name,county\nimam_office,ستاد نماز جمعه,TBZ\n' >"$TMP/groups.csv"
"$HAMYAR" --db "$DB" import groups "$TMP/groups.csv" >/dev/null 2>&1; ok $? "a group imported"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 2; scr_wait 'LST-'
scr_cap | grep -qF "$(vis 'دفتر امام جمعه  ستاد نماز جمعه')"; ok $? "the group's kind and its name two spaces apart"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done_testing
