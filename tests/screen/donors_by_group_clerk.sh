# A Tabriz clerk lists the donors a group introduced (F4 «گروه معرف», or
# F7 on the group's form): his county stays his, the group's
# donors of another county are not shown, and F4 offers him the group
# without the county, which is not his to change.  Before, F4 only said
# that his account works in his county.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد تبریز' >/dev/null; ok $? "init"
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county
TBZ-1,council,شورای اسلامی شهر باسمنج,TBZ
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,introduced_by,active
TBZ-10,person,محمدرضا عبدالله‌زاده,TBZ,TBZ-1,1
TBZ-11,person,زهرا احمدي‌نژاد,AHR,TBZ-1,1
TBZ-12,person,علی کریمی,TBZ,,1
CSV
for k in groups donors; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"
shown() { scr_cap | sed -n '3,$p' | grep -qF "$1"; }
MENU="$(vis 'صافی بر پایهٔ')"

SCR_SIZE=120x30
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'شهرستان: تبریز')"; ok $? "the clerk's list: his county"
scr_keys F4; scr_wait "$MENU"; ok $? "F4 opens the filter menu"
scr_cap | grep -qF "$(vis 'گروه معرف')"; ok $? "... with the introducing group"
scr_cap | grep -qF "$(vis 'گروه معرف') │"; ok $? "... (an item of the menu)"
scr_cap | grep -qF "$(vis 'شهرستان') │"; is $? 1 "... not the county"
scr_pick 'گروه معرف'
scr_wait "$(vis 'انتخاب: گروه مرجع')" >/dev/null; scr_type 'باسمنج'
scr_wait "$(vis 'شورای اسلامی شهر باسمنج')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'گروه معرف: شورای اسلامی شهر باسمنج')"; ok $? "the group filter is set"
scr_cap | grep -qF "$(vis 'شهرستان: تبریز')"; ok $? "... his county's still"
scr_wait 'TBZ-10' >/dev/null; scr_settle
shown 'TBZ-10'; ok $? "the group's Tabriz donor is listed"
shown 'TBZ-11'; is $? 1 "... not its Ahar donor"
shown 'TBZ-12'; is $? 1 "... nor a donor of no group"
scr_keys F4; scr_wait "$MENU"; scr_pick 'بدون صافی'; scr_gone "$MENU" >/dev/null
scr_wait 'TBZ-12' >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'شهرستان: تبریز')"; ok $? "«بدون صافی» leaves his county"
shown 'TBZ-11'; is $? 1 "... the Ahar donor still not shown"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 2
scr_wait "$(vis 'جست‌وجو:')"; scr_type 'TBZ-1'
scr_wait "$(vis 'شورای اسلامی شهر باسمنج')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'گروه مرجع TBZ-1')" >/dev/null; scr_keys F7
scr_wait "$(vis 'گروه معرف: شورای اسلامی شهر باسمنج')"; ok $? "F7 on the group's form"
scr_wait 'TBZ-10' >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'شهرستان: تبریز')"; ok $? "... his county kept"
shown 'TBZ-11'; is $? 1 "... the Ahar donor not shown"
scr_keys F10; scr_wait "$(vis 'گروه مرجع TBZ-1')" >/dev/null
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
