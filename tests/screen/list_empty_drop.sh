# A list leaves out a column empty in every row in view, heading and all,
# and gives its room to the next column that fits or to the name
# (list_layout): the columns are picked knowing the rows read, which only
# the rows in view can say cheaply (the filtered set may be 100,000
# records).  Before, the columns were picked before any row was read: a
# groups' list at 100x30 showed a phone column over no phone where the
# contact person had no room, and a donors' list imported without mobiles
# headed two empty columns where the capacity had none.  Filtered to a
# county whose donors have no mobile, the mobile's column goes; with the
# filter off, a donor with one brings it back.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county,contact
MRD-1,imam_office,دفتر امام جمعهٔ مرند,MRD,حجت‌الاسلام سید علی موسوی
MRD-2,council,شورای اسلامی شهر یامچي,MRD,رضا قلی‌زاده
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,capacity
MRD-10,person,محمدرضا عبدالله‌زاده قره‌باغی,MRD,200000000
MRD-11,person,زهرا احمدي‌نژاد,MRD,
MRD-12,org,شركت فن‌آوران آذربایجان,MRD,50000000
CSV
for k in groups donors; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k (no phone, mobile, national id nor address)"
done
HEAD() { scr_cap | sed -n 3p; }
ROW() { scr_cap | grep -F -- "$1"; }
MOBILE="$(vis 'تلفن همراه')"

SCR_SIZE=100x30 scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 2
scr_wait 'MRD-2' >/dev/null; scr_settle
HEAD | grep -qF "$(vis 'تلفن')"; is $? 1 "100x30, groups: no phone column, no group has one"
HEAD | grep -qF "$(vis 'رابط')"; ok $? "... the contact person's column in its room"
holds "$(ROW MRD-1)" "$(vis 'حجت‌الاسلام سید علی موسوی')" "... naming him"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_resize 80 24
scr_keys 1; scr_wait 'MRD-12' >/dev/null; scr_settle
HEAD | grep -qF "$MOBILE"; is $? 1 "80x24, donors: no mobile column"
HEAD | grep -qF "$(vis 'کد/شناسهٔ ملی')"; is $? 1 "... nor national id column"
HEAD | grep -qF "$(vis 'توان مشارکت')"; ok $? "... the capacity's column in their room"
holds "$(ROW MRD-10)" "$(vis '۲۰۰٬۰۰۰٬۰۰۰')" "... MRD-10's capacity shown"
scr_resize 132 43
HEAD | grep -qF "$(vis 'نشانی')"; is $? 1 "132x43: no address column, no donor has one"
holds "$(ROW MRD-10)" "$(vis 'محمدرضا عبدالله‌زاده قره‌باغی')" "... the name whole"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"

# a donor of Tabriz with a mobile: in view, its column is back; filtered
# to Marand, whose donors have none, it goes again
printf 'id,kind,name,county,mobile\nMRD-13,person,علی کریمی,TBZ,09141234567\n' >"$TMP/more.csv"
"$HAMYAR" --db "$D" import donors "$TMP/more.csv" >/dev/null; ok $? "a Tabriz donor with a mobile"
scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'MRD-13' >/dev/null; scr_settle
HEAD | grep -qF "$MOBILE"; ok $? "all donors: the mobile's column"
holds "$(ROW MRD-13)" "$(vis '۰۹۱۴۱۲۳۴۵۶۷')" "... MRD-13's mobile whole"
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null; scr_pick 'شهرستان'
scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_type 'مرند'; scr_keys Enter
scr_wait "$(vis 'شهرستان: مرند')" >/dev/null; scr_settle
ROW MRD-13 >/dev/null; is $? 1 "filtered to Marand: MRD-13 out of view"
HEAD | grep -qF "$MOBILE"; is $? 1 "... and the mobile's column with it"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
