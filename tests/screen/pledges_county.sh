# The pledges' list filters by county, as the stages', payments' and
# ceremonies' lists do (F4, «شهرستان»): a pledge is in its donor's county
# and in its need's, the rows a clerk of either county reads (the access
# rule's scope), so a Tabriz donor's pledge to an Ahar need is under both.
# The county stays beside a status filter, named first in the search line
# as on the needs' list, and «بدون صافی» clears both.  A clerk's list
# holds his county's pledges and says so; F4 offers him the status, never
# a county.  Before, the pledges' F4 offered the status alone: a
# supervisor asked what Ahar's donors had pledged read the whole province.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد تبریز' >/dev/null; ok $? "init"
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
TBZ-2,station,کلانتری ۱۲ تبریز,TBZ
TBZ-3,post,پاسگاه انتظامی اهر,AHR
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,active
TBZ-10,person,محمدرضا عبدالله‌زاده,TBZ,1
TBZ-11,person,زهرا احمدي‌نژاد,AHR,1
TBZ-12,org,شرکت فولاد آذر,MRG,1
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-20,TBZ-2,equipment,دوربین‌های ورودی كلانتری,120000000,4,3,1403/01/10,approved
TBZ-21,TBZ-3,space,تعمیر سقف پاسگاه,900000000,3,3,1403/02/01,approved
CSV
# TBZ-30 Tabriz's donor to Tabriz's need; TBZ-31 Ahar's to Ahar's;
# TBZ-32 Tabriz's donor to Ahar's need (in both); TBZ-33 Ahar's donor to
# Tabriz's need, cancelled (in both); TBZ-34 Maragheh's donor, no need
cat >"$TMP/pledges.csv" <<'CSV'
id,donor,need,type,amount,pledged_on,status
TBZ-30,TBZ-10,TBZ-20,equipment,30000000,1403/03/01,pledged
TBZ-31,TBZ-11,TBZ-21,space,20000000,1403/03/02,pledged
TBZ-32,TBZ-10,TBZ-21,space,۵۰۰۰۰۰۰۰,1403/03/03,pledged
TBZ-33,TBZ-11,TBZ-20,equipment,5000000,1403/03/04,cancelled
TBZ-34,TBZ-12,,space,10000000,1403/03/05,pledged
CSV
for k in units donors needs pledges; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
SEARCH() { scr_cap | sed -n 2p; }
# the pledges listed, in id order
ids() { scr_cap | sed -n '3,$p' | grep -oE 'TBZ-3[0-9]' | sort | tr '\n' ' '; }
MENU="$(vis 'صافی بر پایهٔ')"
E=$(printf '\033')
selected() {	# LABEL: its row in the popup is the selected one (reverse)
	_n=$(scr_cap | grep -nF "$(vis "$1") │" | head -n 1 | cut -d: -f1)
	[ -n "$_n" ] && tm capture-pane -p -e -t main | sed -n "${_n}p" |
	    grep -qE "│($E\\[[0-9;]*m)*$E\\[([0-9];)*7[;m]"
}
county() {	# TYPED SHOWN: F4, the county, typed, its name in the search line
	scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'شهرستان'
	scr_gone "$MENU" >/dev/null; scr_wait "$(vis 'ورزقان') │" >/dev/null
	scr_type "$1"; scr_keys Enter
	scr_wait "$(vis "شهرستان: $2")" >/dev/null
}
status() {	# VALUE: F4, the status, the value
	scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'وضعیت'
	scr_gone "$MENU" >/dev/null; scr_wait "$(vis "$1") │" >/dev/null; scr_pick "$1"
	scr_wait "$(vis "وضعیت: $1")" >/dev/null
}

SCR_SIZE=120x30
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait 'TBZ-34' >/dev/null; scr_settle
is "$(ids)" "TBZ-30 TBZ-31 TBZ-32 TBZ-33 TBZ-34 " "the pledges' list: all five"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'F4 بر پایهٔ وضعیت، شهرستان صافی می‌گذارد.')"; ok $? "F1: F4 filters by status and county"
scr_cap | grep -qF "$(vis 'خیّر یا نیازشان از آن شهرستان است:')"; ok $? "... a pledge's county is its donor's or its need's"
scr_cap | grep -qF "$(vis 'صافی شهرستان با صافی دیگری هم می‌ماند؛ «بدون صافی»')"; ok $? "... and the county stays beside the status"
scr_keys Enter; scr_gone '┌' >/dev/null
scr_keys F4; scr_wait "$MENU" >/dev/null
scr_cap | grep -qF "$(vis 'شهرستان') │"; ok $? "F4 offers the county"
scr_cap | grep -qF "$(vis 'وضعیت') │"; ok $? "... and the status"
scr_keys Escape; scr_gone "$MENU" >/dev/null

county 'تبر' 'تبریز'; ok $? "Tabriz: named in the search line"
scr_settle
is "$(ids)" "TBZ-30 TBZ-32 TBZ-33 " "... its donor's pledges and those to its need, the Ahar need's from its donor and its need's from Ahar's donor"
SEARCH | grep -qF "$(vis 'رکوردها: ۳')"; ok $? "... counted: 3"

status 'تعهدشده'; ok $? "a status beside the county"
scr_settle
SEARCH | grep -qF "$(vis 'شهرستان: تبریز   وضعیت: تعهدشده')"; ok $? "... the county named first, as on the needs' list"
is "$(ids)" "TBZ-30 TBZ-32 " "... Tabriz's pledged ones, not the cancelled TBZ-33"

scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'شهرستان'
scr_gone "$MENU" >/dev/null; scr_wait "$(vis 'ورزقان') │" >/dev/null; scr_settle
selected 'تبریز'; ok $? "F4 again: the picker on Tabriz"
scr_type 'اهر'; scr_keys Enter
scr_wait "$(vis 'شهرستان: اهر')" >/dev/null; ok $? "Ahar instead of Tabriz"
scr_settle
SEARCH | grep -qF "$(vis 'وضعیت: تعهدشده')"; ok $? "... the status kept"
is "$(ids)" "TBZ-31 TBZ-32 " "... Ahar's pledged ones: its own and Tabriz's donor's to its need"

status 'لغوشده'; scr_settle
SEARCH | grep -qF "$(vis 'شهرستان: اهر   وضعیت: لغوشده')"; ok $? "another status replaces the status, the county kept"
is "$(ids)" "TBZ-33 " "... Ahar's donor's cancelled pledge to Tabriz's need"

scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'بدون صافی'
scr_wait 'TBZ-34' >/dev/null; scr_settle
SEARCH | grep -qF "$(vis 'شهرستان:')"; is $? 1 "«بدون صافی»: no county named"
SEARCH | grep -qF "$(vis 'وضعیت:')"; is $? 1 "... nor the status"
is "$(ids)" "TBZ-30 TBZ-31 TBZ-32 TBZ-33 TBZ-34 " "... all five again"

county 'مراغ' 'مراغه'; scr_settle
is "$(ids)" "TBZ-34 " "Maragheh: its donor's pledge with no need"
county 'مرند' 'مرند'; scr_settle
scr_wait "$(vis 'هیچ رکوردی با این صافی نیست: F4 صافی را عوض می‌کند.')" >/dev/null
ok $? "Marand, with none: the list says the filter leaves none"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# an Ahar clerk: his county's pledges, said in the search line; F4 offers
# the status, not a county
scr_second_uid
scr_nobody_user clerk AHR "an Ahar clerk"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait 'TBZ-31' >/dev/null; scr_settle
is "$(ids)" "TBZ-31 TBZ-32 TBZ-33 " "the clerk's pledges: those of an Ahar donor or to an Ahar need"
SEARCH | grep -qF "$(vis 'شهرستان: اهر')"; ok $? "... his county named in the search line"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'F4 بر پایهٔ وضعیت صافی می‌گذارد.')"; ok $? "F1: F4 filters his pledges by status"
scr_cap | grep -qF "$(vis 'شهرستان شما زیر هر صافی می‌ماند؛')"; ok $? "... his county staying"
scr_cap | grep -qF "$(vis 'خیّر یا نیازشان از آن شهرستان است:')"; is $? 1 "... no county filter to explain"
scr_keys Enter; scr_gone '┌' >/dev/null
scr_keys F4; scr_wait "$MENU" >/dev/null; ok $? "F4: the filter menu"
scr_cap | grep -qF "$(vis 'وضعیت') │"; ok $? "... with the status"
scr_cap | grep -qF "$(vis 'شهرستان') │"; is $? 1 "... no county: none outside his own is offered"
scr_keys Escape; scr_gone "$MENU" >/dev/null
status 'تعهدشده'; scr_settle
SEARCH | grep -qF "$(vis 'شهرستان: اهر   وضعیت: تعهدشده')"; ok $? "his status filter beside his county"
is "$(ids)" "TBZ-31 TBZ-32 " "... his pledged ones"
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'بدون صافی'
scr_wait 'TBZ-33' >/dev/null; scr_settle
SEARCH | grep -qF "$(vis 'شهرستان: اهر')"; ok $? "«بدون صافی» keeps his county"
is "$(ids)" "TBZ-31 TBZ-32 TBZ-33 " "... his three pledges"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
