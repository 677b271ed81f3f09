# The donors a reference group introduced (donor.introduced_by, SPEC §3)
# are listed two ways: F4 on the donors' list offers «گروه معرف»
# beside the county, its group chosen in the record picker a form's
# reference field opens (typed with an Arabic ي, as a clerk's keyboard
# gives it); and F7 on a stored group's form (on its bar and in its F1)
# opens the donors' list filtered to that group.  The search line names
# the filter; a search works within it; «بدون صافی» lists them all again.
# Before, F4 offered the county only and a supervisor asked which donors
# a council brought in had no list of them.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county
MRD-1,imam_office,دفتر امام جمعهٔ مرند,مرند
MRD-2,council,شورای اسلامی شهر یامچی,MRD
MRD-3,religious_board,هیئت ابوالفضلی,MRD
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,introduced_by,active
MRD-10,person,محمدرضا عبدالله‌زاده,MRD,MRD-1,1
MRD-11,person,زهرا احمدي‌نژاد,MRD,MRD-1,0
MRD-12,org,شركت فن‌آوران 3D,MRD,MRD-2,1
MRD-13,person,علی کریمی,MRD,,1
MRD-14,person,سیده‌زهرا نیک‌نام,TBZ,MRD-2,1
CSV
for k in groups donors; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
shown() { scr_cap | sed -n '3,$p' | grep -qF "$1"; }
MENU="$(vis 'صافی بر پایهٔ')"
BY="$(vis 'گروه معرف')"

SCR_SIZE=120x30	# the filter's label whole
scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'F4 بر پایهٔ شهرستان، گروه معرف صافی می‌گذارد.')"
ok $? "the list's help names the filter by introducing group"
scr_keys Enter; scr_gone '┌' >/dev/null
scr_keys F4; scr_wait "$MENU"
scr_cap | grep -qF "$BY"; ok $? "F4 offers «گروه معرف»"
scr_pick 'گروه معرف'
scr_wait "$(vis 'انتخاب: گروه مرجع')"; ok $? "... which opens the record picker on the groups"
scr_type 'شوراي'	# Arabic yeh
scr_wait "$(vis 'شورای اسلامی شهر یامچی')" >/dev/null
scr_cap | grep -qF "$(vis 'هیئت ابوالفضلی')"; is $? 1 "... searched as a form's reference is"
scr_keys Enter; scr_gone "$(vis 'انتخاب: گروه مرجع')" >/dev/null
scr_wait "$(vis 'گروه معرف: شورای اسلامی شهر یامچی')"; ok $? "the search line names the filter"
scr_wait 'MRD-12' >/dev/null; scr_settle
shown 'MRD-12'; ok $? "the council's donor is listed"
shown 'MRD-14'; ok $? "... and its donor of another county"
shown 'MRD-10'; is $? 1 "... not the imam's office's"
shown 'MRD-13'; is $? 1 "... nor a donor no group introduced"
scr_type 'نيك'	# Arabic yeh and kaf: a search within the filter
scr_wait "$(vis 'سیده‌زهرا نیک‌نام')" >/dev/null; scr_settle
shown 'MRD-12'; is $? 1 "a search within the filter"
shown 'MRD-14'; ok $? "... finds its donor"
scr_keys C-u
scr_keys F4; scr_wait "$MENU"; scr_pick 'بدون صافی'; scr_gone "$MENU" >/dev/null
scr_wait 'MRD-10' >/dev/null; scr_settle
scr_cap | grep -qF "$BY"; is $? 1 "«بدون صافی» drops it"
shown 'MRD-13'; ok $? "... every donor listed again"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# from a group's form
scr_keys 2; scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'گروه مرجع: تازه')"
scr_cap | tail -n 1 | grep -q 'F7'; is $? 1 "a new group's bar has no F7"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"
scr_type 'MRD-1'; scr_wait "$(vis 'دفتر امام جمعهٔ مرند')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'گروه مرجع MRD-1')"
scr_cap | tail -n 1 >"$TMP/bar"
grep -q 'F7' "$TMP/bar" && grep -qF "$(vis 'خیّرین')" "$TMP/bar"; ok $? "a stored group's bar offers F7 (خیّرین)"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'F7 خیّرین')"; ok $? "... its F1 lists the key"
scr_cap | grep -qF "$(vis 'F7 خیّرینی را که این گروه معرفی کرده است فهرست می‌کند.')"
ok $? "... and says what it does"
scr_keys Enter; scr_gone "$(vis 'F1 راهنما')" >/dev/null
scr_keys F7
scr_wait "$(vis 'گروه معرف: دفتر امام جمعهٔ مرند')"; ok $? "F7 opens the donors' list filtered to the group"
scr_wait 'MRD-11' >/dev/null; scr_settle
shown 'MRD-10'; ok $? "... its active donor"
shown 'MRD-11'; ok $? "... and its inactive one"
shown 'MRD-12'; is $? 1 "... not another group's"
scr_keys F10; scr_wait "$(vis 'گروه مرجع MRD-1')"; ok $? "F10 comes back to the group's form"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u
scr_type 'MRD-3'; scr_wait "$(vis 'هیئت ابوالفضلی')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'گروه مرجع MRD-3')"; scr_keys F7
scr_wait "$(vis 'هیچ رکوردی با این صافی نیست: F4 صافی را عوض می‌کند.')"
ok $? "a group with no donor: the list says the filter leaves none"
scr_keys F10; scr_wait "$(vis 'گروه مرجع MRD-3')" >/dev/null
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
