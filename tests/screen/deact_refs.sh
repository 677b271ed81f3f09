# F8 on a reference group that still introduces donors, or on a unit whose
# needs are still open, says so in its question: how many active donors the
# group introduced (they keep it as their introducer) and how many needs of
# the unit are neither done nor rejected (they stay, out of the ranking).
# Before, the clerk heard only that the record stays in the database, on a
# group of fifteen donors as on one of none.  A donor deactivated, a need
# deactivated or done are not counted; a group with no donor, and the
# question that makes a record active again, say nothing of the kind.
# A group (a donor, a unit) marked inactive is opened as one: its title
# says so and F8 makes it active again; before, F8 offered to deactivate
# it again and wrote nothing, and only its Active field led back.  The
# Active field set to no and F2 asks the same question.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
cat >"$TMP/groups.csv" <<'EOF'
id,kind,name,county,contact,phone
MRD-1,imam_office,دفتر امام جمعهٔ مرند,مرند,علي‌اکبر نیک‌نام,04142221234
MRD-2,council,شورای اسلامی شهر یامچی,MRD,,
EOF
cat >"$TMP/units.csv" <<'EOF'
id,kind,name,county,address
MRD-3,station,کلانتری ۱۱ مرند,مرند,مرند، خیابان امام
EOF
cat >"$TMP/donors.csv" <<'EOF'
id,kind,name,national_id,county,introduced_by,active
MRD-10,person,محمدرضا عبدالله‌زاده,0012345679,MRD,MRD-1,1
MRD-11,person,زهرا احمدی‌نژاد,,MRD,MRD-1,1
MRD-12,org,شرکت فن‌آوران 3D,,MRD,MRD-1,0
MRD-13,person,كريم رحيمي,,MRD,,1
EOF
cat >"$TMP/needs.csv" <<'EOF'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active
MRD-20,MRD-3,equipment,دوربین 4MP ورودی کلانتری,120000000,4,3,1405/01/10,identified,1
MRD-21,MRD-3,space,تعمیر سقف ساختمان,900000000,3,3,1405/02/01,assessed,1
MRD-22,MRD-3,costs,هزینهٔ روشنایی,50000000,2,2,1405/02/05,identified,0
EOF
for k in groups units donors needs; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 2
scr_wait "$(vis 'جست‌وجو:')"; scr_type MRD-1
scr_wait "$(vis 'دفتر امام جمعهٔ مرند')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'گروه مرجع MRD-1')"; scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"; ok $? "F8 on the group asks"
scr_wait "$(vis 'خیّرین فعالی که این گروه معرفی کرده است: ۲.')"
ok $? "... naming its two active donors (not the deactivated third)"
scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "deactivated: back on the list"
"$HAMYAR" --db "$D" export groups | tr -d '\r' | grep -q '^MRD-1,.*,0$'; ok $? "the group is inactive"
"$HAMYAR" --db "$D" export donors | tr -d '\r' | grep -q '^MRD-11,.*,MRD-1,,1$'; ok $? "its donors keep it as their introducer"
scr_keys Enter
scr_wait "$(vis 'گروه مرجع MRD-1 (غیرفعال)')"; ok $? "opened again, its title says it is inactive"
scr_keys F8
scr_wait "$(vis 'این رکورد دوباره فعال شود؟')"; ok $? "F8 again offers to make it active (it asked to deactivate it again)"
scr_cap | grep -qF "$(vis 'خیّرین فعالی')"; is $? 1 "... and says nothing of its donors"
scr_keys y
scr_wait "$(vis 'جست‌وجو:')"
"$HAMYAR" --db "$D" export groups | tr -d '\r' | grep -q '^MRD-1,.*,1$'; ok $? "... and yes does"
scr_keys C-u; scr_type MRD-2
scr_wait "$(vis 'شورای اسلامی شهر یامچی')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'گروه مرجع MRD-2')"; scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"
scr_cap | grep -qF "$(vis 'خیّرین فعالی')"; is $? 1 "a group with no donor: no such line"
scr_keys n; scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys 3
scr_wait "$(vis 'جست‌وجو:')"; scr_type MRD-3
scr_wait "$(vis 'کلانتری ۱۱ مرند')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'واحد MRD-3')"; scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"; ok $? "F8 on the unit asks"
scr_wait "$(vis 'نیازهای باز این واحد (نه انجام‌شده و نه ردشده): ۲.')"
ok $? "... naming its two open needs (not the deactivated third)"
scr_keys n
# its Active field set to no and F2: the same question (F2 saved it
# without a word)
scr_keys Tab Tab Tab Tab; scr_keys Space
scr_wait "$(vis 'خیر')" >/dev/null; scr_keys F2
scr_wait "$(vis 'نیازهای باز این واحد (نه انجام‌شده و نه ردشده): ۲.')"
ok $? "Active set to no and F2: asked, naming its open needs"
scr_keys n
scr_wait "$(vis 'ذخیره نشد: رکورد فقط پس از پاسخ «بله» غیرفعال می‌شود.')"; ok $? "... no: not saved, and said so"
"$HAMYAR" --db "$D" export units | tr -d '\r' | grep -q '^MRD-3,.*,1$'; ok $? "... the unit still active"
scr_keys F2
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "... yes: saved, back on the list"
"$HAMYAR" --db "$D" export units | tr -d '\r' | grep -q '^MRD-3,.*,0$'; ok $? "... the unit inactive"
scr_keys C-u; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
