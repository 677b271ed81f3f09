# A stored reference group's form says, under its fields, how many donors
# it introduced (active and inactive) and what they pledged and paid; a
# unit's, how many needs it has (those still open) and what was pledged
# and paid on them.  Both are summed as the pledges' list sums its rows:
# material pledges neither cancelled nor deactivated, their payments not
# deactivated (a deactivated donor's pledges still count; a deactivated
# need is left out).  Before, neither was shown anywhere: a clerk asked
# which donors a council brought in, or what a station's needs drew, had
# no answer on the screen.  Amounts in the user's unit (toman too).  A
# donor's form marks his group "(غیرفعال)" when it is deactivated.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county
MRD-1,imam_office,دفتر امام جمعهٔ مرند,مرند
MRD-2,council,شورای اسلامی شهر یامچی,MRD
MRD-4,religious_board,هیئت ابوالفضلی,MRD
CSV
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
MRD-3,station,کلانتری ۱۱ مرند,مرند
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,introduced_by,active
MRD-10,person,محمدرضا عبدالله‌زاده,MRD,MRD-1,1
MRD-11,person,زهرا احمدي‌نژاد,MRD,MRD-1,1
MRD-12,org,شركت فن‌آوران 3D,MRD,MRD-1,0
MRD-13,person,علی کریمی,MRD,,1
MRD-14,person,سیده‌زهرا نیک‌نام,MRD,MRD-4,1
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active
MRD-20,MRD-3,equipment,دوربین 4MP ورودی کلانتری,900000000,4,3,1405/01/10,identified,1
MRD-21,MRD-3,space,تعمیر سقف ساختمان,900000000,3,3,1405/02/01,assessed,1
MRD-22,MRD-3,costs,هزینهٔ روشنایی,50000000,2,2,1405/02/05,identified,0
CSV
cat >"$TMP/pledges.csv" <<'CSV'
id,donor,need,type,amount,hours,pledged_on,status
MRD-30,MRD-10,MRD-20,equipment,30000000,,1405/03/01,pledged
MRD-31,MRD-12,MRD-21,space,20000000,,1405/03/01,pledged
MRD-32,MRD-11,MRD-20,equipment,5000000,,1405/03/01,cancelled
MRD-33,MRD-11,,support,,40,1405/03/01,pledged
MRD-34,MRD-13,MRD-20,equipment,7000000,,1405/03/01,pledged
MRD-35,MRD-10,MRD-22,costs,3000000,,1405/03/01,pledged
CSV
cat >"$TMP/payments.csv" <<'CSV'
pledge,paid_on,amount,receipt
MRD-30,1405/03/10,10000000,R-101
CSV
for k in groups units donors needs pledges payments; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
printf 'id,active\nMRD-4,0\n' >"$TMP/g0.csv"
"$HAMYAR" --db "$D" import groups "$TMP/g0.csv" >/dev/null; ok $? "the group MRD-4 deactivated"

SCR_SIZE=160x30	# each sentence on one line
scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 2
scr_wait "$(vis 'جست‌وجو:')"; scr_type MRD-1
scr_wait "$(vis 'دفتر امام جمعهٔ مرند')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'گروه مرجع MRD-1')"
# MRD-10 and MRD-11 active, MRD-12 not; pledged 30 + 20 (the inactive
# donor's) + 3 (on a deactivated need: the list sums count it, with no
# need's) = 53 million, not MRD-11's cancelled 5 nor his hours, nor
# MRD-13's 7 (no group); received 10
scr_wait "$(vis 'خیّرینی که این گروه معرفی کرده است: ۲ فعال، ۱ غیرفعال.')"
ok $? "the group's donors: 2 active, 1 inactive"
scr_wait "$(vis 'تعهدهای آنان: ۵۳٬۰۰۰٬۰۰۰ ریال؛ دریافت‌شده: ۱۰٬۰۰۰٬۰۰۰ ریال.')"
ok $? "... their pledges, as the pledges' list sums them"
scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_type MRD-2
scr_wait "$(vis 'شورای اسلامی شهر یامچی')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرینی که این گروه معرفی کرده است: ۰ فعال، ۰ غیرفعال.')"
ok $? "a group with no donor says so"
scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys 3
scr_wait "$(vis 'جست‌وجو:')"; scr_type MRD-3
scr_wait "$(vis 'کلانتری ۱۱ مرند')" >/dev/null; scr_keys Enter
# MRD-20 and MRD-21 (MRD-22 deactivated): 30 + 7 on MRD-20, 20 on MRD-21
scr_wait "$(vis 'نیازهای این واحد: ۲، ۲ از آنها باز.')"; ok $? "the unit's needs: 2, both open"
scr_wait "$(vis 'تعهدشده برای آنها: ۵۷٬۰۰۰٬۰۰۰ ریال؛ دریافت‌شده: ۱۰٬۰۰۰٬۰۰۰ ریال.')"
ok $? "... and what was pledged and received on them"
scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_keys F10
# a donor's group deactivated since: said beside his introducer's name
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; scr_type MRD-14
scr_wait "$(vis 'سیده‌زهرا نیک‌نام')" >/dev/null; scr_keys Enter
scr_wait "$(vis '(غیرفعال) هیئت ابوالفضلی')"; ok $? "a donor's form marks his inactive group so"
scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_type MRD-10
scr_wait "$(vis 'محمدرضا عبدالله‌زاده')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'دفتر امام جمعهٔ مرند')"
scr_cap | grep -qF "$(vis '(غیرفعال)')"; is $? 1 "... and not an active one"
scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_keys F10
# in toman (the settings, as tests/screen/amount_toman.sh)
scr_wait "$(vis 'منوی اصلی')"; scr_keys F9
scr_wait "$(vis 'همهٔ تنظیمات (رنگ‌ها، ریال یا تومان، ...)')" >/dev/null
scr_keys Down Down Down Enter; scr_wait "$(vis 'تنظیمات حساب شما')" >/dev/null
scr_keys Down Down Down Down Down Enter
scr_wait "$(vis 'واحد مبلغ‌ها: تومان')"; ok $? "amounts switched to toman"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 2
scr_wait "$(vis 'جست‌وجو:')"; scr_type MRD-1
scr_wait "$(vis 'دفتر امام جمعهٔ مرند')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'تعهدهای آنان: ۵٬۳۰۰٬۰۰۰ تومان؛ دریافت‌شده: ۱٬۰۰۰٬۰۰۰ تومان.')"
ok $? "... the group's sums then in toman"
scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
