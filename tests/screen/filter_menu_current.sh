# A list's F4 menu «صافی بر پایهٔ» opens on the filter in use (the one
# chosen last where a county and a status both are), and a status picker
# opened from it on the status filtered by now: Enter, Enter keeps the
# filter.  With no filter it opens on «بدون صافی», as before; a clerk's
# own county, not in his menu, is no filter of his there.  Before, the
# menu always opened on «بدون صافی» and the status picker on its first
# status: a clerk going on from one status to the next walked down to it
# each time, and Enter twice cleared his filter.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد تبریز' >/dev/null; ok $? "init"
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
TBZ-2,station,کلانتری ۱۲ تبريز,TBZ
TBZ-3,post,پاسگاه انتظامی اهر,AHR
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,active
TBZ-10,person,محمدرضا عبدالله‌زاده,TBZ,1
TBZ-11,person,زهرا احمدي‌نژاد,AHR,1
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-20,TBZ-2,equipment,دوربین 4MP ورودی کلانتری,120000000,4,3,1405/01/10,approved
TBZ-21,TBZ-2,space,تعمیر سقف ساختمان,900000000,3,3,1405/02/01,identified
TBZ-22,TBZ-3,equipment,خرید بی‌سیم دستی,۵۰۰۰۰۰۰۰,2,2,1405/02/05,identified
TBZ-23,TBZ-3,equipment,دوربین‌های میدان اهر,80000000,5,4,1405/01/12,approved
CSV
cat >"$TMP/pledges.csv" <<'CSV'
id,donor,need,type,amount,pledged_on,status
TBZ-30,TBZ-10,TBZ-20,equipment,30000000,1405/03/01,pledged
TBZ-31,TBZ-11,TBZ-22,equipment,20000000,1405/03/02,pledged
TBZ-32,TBZ-11,TBZ-23,equipment,5000000,1405/03/04,cancelled
CSV
for k in units donors needs pledges; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
E=$(printf '\033')
MENU="$(vis 'صافی بر پایهٔ')"
SEARCH() { scr_cap | sed -n 2p; }
ids() { scr_cap | sed -n '3,$p' | grep -oE 'TBZ-[23][0-9]' | sort | tr '\n' ' '; }
# LABEL's row in the popup is the selected one: reverse video from the
# box's left border on
selected() {
	_n=$(scr_cap | grep -nF "$(vis "$1") │" | head -n 1 | cut -d: -f1)
	[ -n "$_n" ] && tm capture-pane -p -e -t main | sed -n "${_n}p" |
	    grep -qE "│($E\\[[0-9;]*m)*$E\\[([0-9];)*7[;m]"
}
menu() { scr_keys F4; scr_wait "$MENU" >/dev/null; scr_settle; }
filter() {	# FIELD VALUE: F4, the field, the value
	menu; scr_pick "$1"
	scr_gone "$MENU" >/dev/null; scr_wait "$(vis "$2") │" >/dev/null; scr_pick "$2"
	scr_gone '┌' >/dev/null; scr_settle
}
# STATUS: the status picker is open (its title, and the value's row)
status_popup() { scr_gone "$MENU" >/dev/null; scr_wait "$(vis "$1") │" >/dev/null; scr_settle; }

SCR_SIZE=120x30
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait 'TBZ-23' >/dev/null; scr_settle
menu
selected 'بدون صافی'; ok $? "needs, no filter: F4 opens on «بدون صافی»"
scr_keys Escape; scr_gone "$MENU" >/dev/null

filter 'وضعیت' 'تصویب‌شده'
is "$(ids)" "TBZ-20 TBZ-23 " "status approved: its two needs"
menu
selected 'وضعیت'; ok $? "F4 again: the menu on «وضعیت», the filter in use"
selected 'بدون صافی'; is $? 1 "... not on «بدون صافی»"
scr_keys Enter; status_popup 'تصویب‌شده'
selected 'تصویب‌شده'; ok $? "Enter: the status picker on «تصویب‌شده», the status filtered"
selected 'شناسایی‌شده'; is $? 1 "... not on the first status"
scr_keys Enter; scr_gone '┌' >/dev/null; scr_settle
SEARCH | grep -qF "$(vis 'وضعیت: تصویب‌شده')"; ok $? "Enter, Enter: the filter kept"
is "$(ids)" "TBZ-20 TBZ-23 " "... the same two needs"

filter 'شهرستان' 'تبریز'
is "$(ids)" "TBZ-20 " "then county Tabriz: both filters"
menu
selected 'شهرستان'; ok $? "F4 with both: on «شهرستان», chosen last"
scr_keys Up; scr_settle
selected 'شهرستان'; is $? 1 "... (Up moves off it)"
scr_pick 'وضعیت'; status_popup 'تصویب‌شده'
selected 'تصویب‌شده'; ok $? "the status picker, the status beside the county: on «تصویب‌شده»"
scr_pick 'شناسایی‌شده'; scr_gone '┌' >/dev/null; scr_settle
is "$(ids)" "TBZ-21 " "another status, the county kept"
menu
selected 'وضعیت'; ok $? "F4: on «وضعیت» now, chosen last"
scr_keys Enter; status_popup 'شناسایی‌شده'
selected 'شناسایی‌شده'; ok $? "... its picker on «شناسایی‌شده»"
scr_keys Escape; scr_gone '┌' >/dev/null
menu; scr_pick 'بدون صافی'; scr_gone '┌' >/dev/null; scr_settle
is "$(ids)" "TBZ-20 TBZ-21 TBZ-22 TBZ-23 " "«بدون صافی»: all four"
menu
selected 'بدون صافی'; ok $? "F4 after «بدون صافی»: on it again"
scr_keys Escape; scr_gone "$MENU" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# the pledges' list: a county read from each row, beside the status
scr_keys 5; scr_wait 'TBZ-32' >/dev/null; scr_settle
menu; scr_pick 'شهرستان'
scr_gone "$MENU" >/dev/null; scr_wait "$(vis 'ورزقان') │" >/dev/null
scr_type 'اهر'; scr_keys Enter
scr_wait "$(vis 'شهرستان: اهر')" >/dev/null; scr_settle
is "$(ids)" "TBZ-31 TBZ-32 " "pledges, county Ahar"
menu
selected 'شهرستان'; ok $? "pledges: F4 on «شهرستان», the filter in use"
scr_keys Escape; scr_gone "$MENU" >/dev/null
filter 'وضعیت' 'لغوشده'
is "$(ids)" "TBZ-32 " "... and status cancelled"
menu
selected 'وضعیت'; ok $? "F4: on «وضعیت», chosen last"
scr_keys Enter; status_popup 'لغوشده'
selected 'لغوشده'; ok $? "... its picker on «لغوشده»"
scr_keys Enter; scr_gone '┌' >/dev/null; scr_settle
is "$(ids)" "TBZ-32 " "Enter, Enter: both filters kept"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# a Tabriz clerk: his county is not in the menu; his status filter, beside
# it, is what the menu opens on
if second_uid; then
	scr_nobody_user clerk TBZ "a Tabriz clerk"
	scr_start_nobody "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
	scr_wait "$(vis 'شهرستان: تبریز')" >/dev/null; scr_settle
	menu
	selected 'بدون صافی'; ok $? "clerk: F4 opens on «بدون صافی», his county not being a filter of his"
	scr_keys Escape; scr_gone "$MENU" >/dev/null
	filter 'وضعیت' 'شناسایی‌شده'
	is "$(ids)" "TBZ-21 " "clerk: his identified need"
	menu
	selected 'وضعیت'; ok $? "clerk: F4 again on «وضعیت»"
	scr_keys Enter; status_popup 'شناسایی‌شده'
	selected 'شناسایی‌شده'; ok $? "... its picker on «شناسایی‌شده»"
	scr_keys Escape; scr_gone '┌' >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0"; ok $? "the clerk's program ends with 0"
else
	ok 0 "# SKIP the clerk's list: needs root, setpriv and nogroup for a second uid"
fi
done_testing
