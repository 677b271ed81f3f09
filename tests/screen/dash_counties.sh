# The dashboard's county rows with a province's 21 counties (the demo
# database) on an 80x24 screen, keys only: the counties are in Persian
# alphabetical order (as the county popups list them), not in code order;
# the heading says which rows are shown of how many; Down, PgDn, PgUp, End
# and Home reach every county, Tabriz, Maragheh and Marand included; the
# selected county's estimated cost, pledged, received and gap are shown in
# full, in Persian digits with group separators, as `hamyar report` has
# them; Tab moves to the top-ranked needs.  Again at 100x30 and on a vt100.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" demo >/dev/null; ok $? "the demo database"
# The county table's rows: between the heading (under the title line
# and a blank one) and the total (جمع).
n=$("$HAMYAR" --db "$DB" report | awk 'NR <= 3 { next } /^$/ { exit } $1 != "جمع"' | wc -l | tr -d ' ')
is "$n" 21 "it has needs in the 21 counties"

# The 21 counties of core/counties.c in Persian alphabetical order.
ORDER="آذرشهر اسکو اهر بستان‌آباد بناب تبریز جلفا چاراویماق خداآفرین سراب شبستر عجب‌شیر کلیبر مراغه مرند ملکان میانه ورزقان هریس هشترود هوراند"

# The county names on the county rows now (under the heading and the
# legend, down to the selected county's figures, the first line with a
# colon), top down, one per line.  (Not the rows with a bar: Bonab's
# needs are all non-material, and its row has no money to draw.)
rows() {
	scr_cap | sed -n '4,$p' | awk 'index($0, ":") { exit } { print }' >"$TMP/rows"
	while IFS= read -r row; do
		for c in $ORDER; do
			case "$row" in *"$(vis "$c")"*) printf '%s\n' "$c"; break ;; esac
		done
	done <"$TMP/rows"
}
# fa_amount and detail_has (screen.inc): the detail lines show "LABEL: FIGURE"
# for the selected county.
# Report figures of county $1 (its Persian name, as the report names it):
# needs estimated pledged received gap.
report_of() { "$HAMYAR" --db "$DB" report | awk -v c="$1" '$1 == c { print $2, $3, $4, $5, $6 }'; }
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the dashboard at 80x24"
shown=$(rows | wc -l | tr -d ' ')
[ "$shown" -ge 5 ] && [ "$shown" -lt 21 ]; ok $? "it shows some of the counties ($shown rows)"
first=$(printf '%s\n' $ORDER | head -n "$shown")
is "$(rows)" "$first" "the first $shown counties in Persian alphabetical order"
scr_cap | grep -qF "$(vis "$(fa "1–$shown از 21")")"; ok $? "the heading says rows 1-$shown of 21 are shown"
detail_has 'برآورد هزینه' "$(report_of آذرشهر | cut -d' ' -f2)"
ok $? "the first county (Azarshahr) is selected: its estimated cost in full"

# PgDn turns the page until the last county: every county is reached, in order.
seen=$(rows)
for i in 1 2 3 4 5 6; do
	scr_keys PgDn; scr_settle
	seen=$(printf '%s\n%s\n' "$seen" "$(rows)" | awk '!s[$0]++')
done
is "$(printf '%s\n' "$seen" | tr '\n' ' ')" "$ORDER " "PgDn reaches all 21 counties, in order"
scr_cap | grep -qF "$(vis "$(fa "–21 از 21")")"; ok $? "the heading then ends at 21 of 21"
is "$(rows | tail -n 1)" "هوراند" "the last row is Hurand"
scr_keys PgUp; scr_settle
rows | grep -qx "هوراند"; is $? 1 "PgUp turns the page back"
scr_keys Home; scr_settle
is "$(rows)" "$first" "Home goes back to the first rows"
scr_keys End; scr_settle
is "$(rows | tail -n 1)" "هوراند" "End goes to the last row"
scr_keys Home

# Down to Tabriz (6th): its four figures in full, as hamyar report has them.
for i in 1 2 3 4 5; do scr_keys Down; done
scr_settle
set -- $(report_of تبریز)
detail_has 'برآورد هزینه' "$2"; ok $? "Tabriz: estimated cost $2"
detail_has 'تعهدشده' "$3"; ok $? "pledged $3"
detail_has 'دریافت‌شده' "$4"; ok $? "received $4"
detail_has 'کسری' "$5"; ok $? "gap $5"
scr_cap | grep -qF "$(vis 'تبریز:')"; ok $? "under Tabriz's name"
# Down to Marand (15th): the rows scroll under the selection.
for i in 1 2 3 4 5 6 7 8 9; do scr_keys Down; done
scr_settle
rows | grep -qx "مرند"; ok $? "Down scrolls the rows to Marand"
set -- $(report_of مرند)
detail_has 'برآورد هزینه' "$2" && detail_has 'تعهدشده' "$3" && detail_has 'دریافت‌شده' "$4" &&
    detail_has 'کسری' "$5"; ok $? "Marand's four figures: $2 $3 $4 $5"

# Enter opens the selected top-ranked need from either part; after Tab,
# Up/Down select among them.
expect=$("$HAMYAR" --db "$DB" rank --top 5 | sed 1d | awk '{print $2}')
second=$(echo $expect | awk '{print $2}')
first_need=$(echo $expect | awk '{print $1}')
scr_keys Enter
scr_wait "$(vis "نیاز $first_need:")"; ok $? "Enter while the counties move opens the selected (first) top need"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys Tab Down Enter
scr_wait "$(vis "نیاز $second:")"; ok $? "Tab, Down, Enter opens the second-ranked need ($second)"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
rows | grep -qx "مرند"; ok $? "back on the dashboard, the rows are where they were"
scr_keys Tab Up; scr_settle
scr_cap | grep -qF "$(vis 'مراغه:')"; ok $? "Tab again: Up moves in the counties (Maragheh above Marand)"
scr_keys F1; scr_wait "$(vis 'راهنما')"
scr_cap | grep -qF "PgUp/PgDn"; ok $? "F1 names the keys that move through the counties"
is "$(scr_cap | grep -o '│.*│' | grep -c '…')" 0 "no line of the help is cut"
scr_keys Escape; scr_gone "┌"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# 100x30: more rows, the same order and the same ways to the end.
tm kill-server >/dev/null 2>&1; sleep 0.2
tm new-session -d -s main -x 100 -y 30 "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color HAMYAR_BIDI=app HOME='$TMP' '$HAMYAR' --db '$DB'; echo __EXIT__=\$?; sleep 300"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
big=$(rows | wc -l | tr -d ' ')
[ "$big" -gt "$shown" ]; ok $? "at 100x30 more rows are shown ($big)"
is "$(rows)" "$(printf '%s\n' $ORDER | head -n "$big")" "in the same order"
scr_cap | grep -qF "$(vis "$(fa "1–$big از 21")")"; ok $? "the heading says 1-$big of 21"
scr_keys End; scr_settle
is "$(rows | tail -n 1)" "هوراند" "End reaches Hurand"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"

# A monochrome vt100: the same rows and keys.
tm kill-server >/dev/null 2>&1; sleep 0.2
tm new-session -d -s main -x 80 -y 24 "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=vt100 NO_COLOR=1 HAMYAR_BIDI=app HOME='$TMP' '$HAMYAR' --db '$DB'; echo __EXIT__=\$?; sleep 300"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
is "$(rows)" "$first" "vt100: the first rows in alphabetical order"
scr_keys End; scr_settle
is "$(rows | tail -n 1)" "هوراند" "vt100: End reaches Hurand"
set -- $(report_of هوراند)
detail_has 'برآورد هزینه' "$2"; ok $? "vt100: Hurand's estimated cost in full ($2)"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"
done_testing
