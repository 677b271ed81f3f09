# F4's county picker on a list opens on the county filtered by now,
# selected and scrolled into view, so that a clerk going from one county
# to its neighbour starts from it; Enter without moving keeps it.  With
# no county filtered it opens at the top (آذرشهر), as before.  Before, it
# always opened at the top: Hurand, the 21st county and below the 19 rows
# of the popup at 80x24, was not even on the screen when it was re-opened.
# scr_pick presses Home first, so that it still counts rows from the top.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station HRD --name 'ایستگاه هوراند' >/dev/null; ok $? "init"
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
HRD-1,post,پاسگاه انتظامی هوراند,HRD
HRD-2,station,کلانتری ۱۱ مرند,MRD
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,active
HRD-10,person,محمدرضا عبدالله‌زاده,HRD,1
HRD-11,person,زهرا نوروزی‌فر,MRD,1
HRD-12,org,شرکت تعاوني دام‌پروران,AZS,1
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status
HRD-20,HRD-1,space,تعمیر سقف پاسگاه هوراند,120000000,4,5,1403/11/01,assessed
HRD-21,HRD-2,equipment,دوربین‌های ورودی كلانتری,80000000,3,3,1403/12/01,identified
CSV
for k in units donors needs; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
E=$(printf '\033')
MENU="$(vis 'صافی بر پایهٔ')"
SEARCH() { scr_cap | sed -n 2p; }
shown() { scr_cap | sed -n '3,$p' | grep -qF "$1"; }
# LABEL's row in the popup is the selected one: reverse video from the
# box's left border on
selected() {
	_n=$(scr_cap | grep -nF "$(vis "$1") │" | head -n 1 | cut -d: -f1)
	[ -n "$_n" ] && tm capture-pane -p -e -t main | sed -n "${_n}p" |
	    grep -qE "│($E\\[[0-9;]*m)*$E\\[([0-9];)*7[;m]"
}
county_popup() {	# F4, then the county: wait for the counties' box
	scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'شهرستان'
	scr_gone "$MENU" >/dev/null; scr_wait "$(vis 'ورزقان') │" >/dev/null; scr_settle
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'HRD-12' >/dev/null; ok $? "the donors' list"
county_popup
selected 'آذرشهر'; ok $? "no county filtered: the picker opens at the top, on آذرشهر"
selected 'هوراند'; is $? 1 "... not on Hurand"
scr_type 'هور'; scr_keys Enter
scr_wait "$(vis 'شهرستان: هوراند')" >/dev/null; ok $? "Hurand chosen, named in the search line"
scr_wait 'HRD-10' >/dev/null; scr_settle
shown 'HRD-11'; is $? 1 "... Marand's donor not listed"

county_popup
scr_cap | grep -qF "$(vis 'هوراند') │"; ok $? "F4 again: Hurand, the last county, is in view"
selected 'هوراند'; ok $? "... and selected"
selected 'آذرشهر'; is $? 1 "... not آذرشهر"
scr_keys Enter; scr_gone "$(vis 'هوراند') │" >/dev/null; scr_settle
SEARCH | grep -qF "$(vis 'شهرستان: هوراند')"; ok $? "Enter without moving keeps Hurand"
shown 'HRD-10'; ok $? "... its donor listed"
shown 'HRD-11'; is $? 1 "... Marand's not"

county_popup
scr_pick 'مرند'
scr_wait "$(vis 'شهرستان: مرند')" >/dev/null; ok $? "scr_pick from the scrolled picker: Marand"
scr_wait 'HRD-11' >/dev/null; scr_settle
shown 'HRD-10'; is $? 1 "... Hurand's donor gone"
county_popup
selected 'مرند'; ok $? "F4 again: on Marand now"
scr_keys Escape; scr_gone "$(vis 'مرند') │" >/dev/null
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'بدون صافی'
scr_wait 'HRD-12' >/dev/null; scr_settle
SEARCH | grep -qF "$(vis 'شهرستان:')"; is $? 1 "no filter: no county named"
county_popup
selected 'آذرشهر'; ok $? "... and the picker at the top again"
scr_keys Escape; scr_gone "$(vis 'آذرشهر') │" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# the needs' list, whose county filter keeps a status beside it
scr_keys 4; scr_wait 'HRD-21' >/dev/null; ok $? "the needs' list"
county_popup
scr_type 'هور'; scr_keys Enter
scr_wait "$(vis 'شهرستان: هوراند')" >/dev/null; ok $? "needs by Hurand"
county_popup
selected 'هوراند'; ok $? "F4 again: Hurand selected"
scr_keys Enter; scr_gone "$(vis 'هوراند') │" >/dev/null; scr_settle
SEARCH | grep -qF "$(vis 'شهرستان: هوراند')"; ok $? "... kept by Enter"
shown 'HRD-20'; ok $? "... its need listed"
shown 'HRD-21'; is $? 1 "... Marand's not"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
