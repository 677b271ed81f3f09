# F4 → «گروه معرف» on the donors' list opens the record picker on the
# group filtered by now: its row selected and scrolled into view (the
# picker's page positioned on it by its name's key, not read from the
# top), so that Enter keeps the filter and a group beside it in name
# order is a key away; with no group filtered it opens at the top, as
# before.  Before, it always opened on the first group: a clerk going
# from one group to another walked down from «انجمن ...» each time, and
# «هیئت امنای ...», the 19th of 20, was not even on the screen.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
# 20 groups (the picker shows 12 rows at 80x24), in name order: انجمن
# first, هیئت ابوالفضلی and هیئت امنای 18th and 19th, یادمان last; one
# typed with Arabic ي (stored, and shown, with the Persian ی, as the
# shadda of خیّرین is dropped: the screen is matched so)
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county
MRD-1,other,انجمن خیّرین مدرسه‌ساز مرند,MRD
MRD-2,religious_board,هیئت امنای مسجد جامع مرند,MRD
MRD-3,council,شوراي اسلامي شهر يامچي,MRD
MRD-4,imam_office,دفتر امام جمعهٔ مرند,MRD
MRD-5,other,کانون بسیج اصناف,MRD
MRD-6,other,بنیاد مسکن مرند,MRD
MRD-7,other,پایگاه مقاومت بسیج کشکسرای,MRD
MRD-8,industry,تعاونی فرش‌بافان مرند,MRD
MRD-9,other,جمعیت هلال‌احمر مرند,MRD
MRD-10,religious_board,حوزهٔ علمیهٔ مرند,MRD
MRD-11,other,خانهٔ کارگر مرند,MRD
MRD-12,imam_office,ستاد نماز جمعهٔ یامچی,MRD
MRD-13,other,صندوق قرض‌الحسنهٔ جوادالائمه,MRD
MRD-14,other,طرح اکرام ایتام,MRD
MRD-15,other,کمیتهٔ امداد امام خمینی مرند,MRD
MRD-16,other,گروه جهادی شهید باکری,MRD
MRD-17,other,مجمع خیّرین سلامت,MRD
MRD-18,other,نهاد کتابخانه‌های عمومی,MRD
MRD-19,religious_board,هیئت ابوالفضلی زنوز,MRD
MRD-20,other,یادمان شهدای گمنام,MRD
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,introduced_by,active
MRD-30,person,محمدرضا عبدالله‌زاده,MRD,MRD-2,1
MRD-31,person,زهرا احمدي‌نژاد,MRD,MRD-1,1
MRD-32,org,شركت فن‌آوران ۳D,MRD,MRD-3,1
MRD-33,person,علی کریمی,MRD,,1
MRD-34,person,سیده‌زهرا نیک‌نام,TBZ,MRD-2,1
MRD-35,person,حسین رضایی‌فر,MRD,MRD-19,1
CSV
for k in groups donors; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
E=$(printf '\033')
MENU="$(vis 'صافی بر پایهٔ')"
PICKER="$(vis 'انتخاب: گروه مرجع')"
SEARCH() { scr_cap | sed -n 2p; }
shown() { scr_cap | sed -n '3,$p' | grep -qF "$1"; }
# group NAME's row in the picker (logical order) is the selected one:
# reverse video from the box's left border on
selected() {
	_n=$(scr_cap | grep -nF "$(vis "$1")" | grep -F ' │' | head -n 1 | cut -d: -f1)
	[ -n "$_n" ] && tm capture-pane -p -e -t main | sed -n "${_n}p" |
	    grep -qE "│ ?($E\\[[0-9;]*m)*$E\\[([0-9];)*7[;m]"
}
in_picker() { scr_cap | grep -F ' │' | grep -qF "$(vis "$1")"; }
# F4, «گروه معرف» in its menu, the picker settled
group_picker() {
	scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'گروه معرف'
	scr_gone "$MENU" >/dev/null; scr_wait "$PICKER" >/dev/null
	scr_wait "$(vis 'رکوردها: ۲۰')" >/dev/null; scr_settle
}
# the donors' list filtered by group NAME, settled on donor ID's row
filtered() {
	scr_gone "$PICKER" >/dev/null
	scr_wait "$(vis "گروه معرف: $1")" >/dev/null && scr_wait "$2" >/dev/null; _rc=$?
	scr_settle; return $_rc
}

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'MRD-35' >/dev/null; ok $? "the donors' list"
group_picker
selected 'انجمن خیرین مدرسه‌ساز مرند'; ok $? "no group filtered: the picker opens at the top, on انجمن"
in_picker 'هیئت امنای مسجد جامع مرند'; is $? 1 "... the 19th group not in view"
scr_type 'امنای'; scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; scr_keys Enter
filtered 'هیئت امنای مسجد جامع مرند' 'MRD-30'; ok $? "donors by هیئت امنای مسجد جامع"
shown 'MRD-35'; is $? 1 "... another group's donor not listed"

group_picker
in_picker 'هیئت امنای مسجد جامع مرند'; ok $? "F4 again: the group filtered by now is in view"
selected 'هیئت امنای مسجد جامع مرند'; ok $? "... and selected"
selected 'انجمن خیرین مدرسه‌ساز مرند'; is $? 1 "... not the first group"
SEARCH | grep -qF "$(vis 'گروه معرف: هیئت امنای مسجد جامع مرند')"
ok $? "... the list behind still filtered by it"
scr_keys Enter
filtered 'هیئت امنای مسجد جامع مرند' 'MRD-30'; ok $? "Enter without moving keeps the group"
shown 'MRD-34'; ok $? "... its donor of another county listed too"
shown 'MRD-35'; is $? 1 "... another group's not"

# the group before it in name order: one key up
group_picker
selected 'هیئت امنای مسجد جامع مرند'; ok $? "F4 again: on هیئت امنای"
scr_keys Up; scr_settle
selected 'هیئت ابوالفضلی زنوز'; ok $? "Up: the group before it, هیئت ابوالفضلی"
scr_keys Enter
filtered 'هیئت ابوالفضلی زنوز' 'MRD-35'; ok $? "... chosen: donors by هیئت ابوالفضلی"
shown 'MRD-30'; is $? 1 "... هیئت امنای's donor gone"

# another group by search, one typed with Arabic ي
group_picker
selected 'هیئت ابوالفضلی زنوز'; ok $? "F4 again: on هیئت ابوالفضلی"
scr_type 'شوراي'; scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; scr_keys Enter
filtered 'شورای اسلامی شهر یامچی' 'MRD-32'; ok $? "a group searched for with Arabic ي: donors by it"
group_picker
selected 'شورای اسلامی شهر یامچی'; ok $? "F4 again: on شورای اسلامی, in the middle of the list"
scr_keys Escape; scr_gone "$PICKER" >/dev/null; scr_settle
SEARCH | grep -qF "$(vis 'گروه معرف: شورای اسلامی شهر یامچی')"; ok $? "Esc keeps the filter"

# no filter: at the top again
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'بدون صافی'
scr_gone "$MENU" >/dev/null; scr_wait 'MRD-33' >/dev/null; scr_settle
SEARCH | grep -qF "$(vis 'گروه معرف')"; is $? 1 "«بدون صافی» drops the group"
group_picker
selected 'انجمن خیرین مدرسه‌ساز مرند'; ok $? "... and the picker opens at the top again"
scr_keys Escape; scr_gone "$PICKER" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
