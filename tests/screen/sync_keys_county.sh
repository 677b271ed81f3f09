# A county's Persian name typed for a station's code, as `sync trust
# مرند KEY` answers it: the sync keys screen's F5 and the first start's
# code now name the county's code (مرند: MRD, «كليبر» with Arabic ي/ك:
# KLB); before, both said only «کد ایستگاه نیست».  A name of no county
# is answered as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
Q="$TMP/hq"
"$HAMYAR" --db "$Q" init --station HQ --name 'ستاد استان' >/dev/null; ok $? "init HQ"
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F9; scr_wait "$(vis 'تنظیمات')" >/dev/null
scr_pick 'کلیدهای همگام‌سازی و ایستگاه‌های مورد اعتماد'
scr_wait "$(vis 'ایستگاه‌های مورد اعتماد اینجا: ۰')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')"; ok $? "F5 asks for the station's code"
scr_type 'مرند'; scr_keys Enter
scr_wait "$(vis 'کد آن MRD است')"; ok $? "«مرند» for the code: the county's code MRD suggested"
scr_cap | grep -qF "$(vis 'نام یک شهرستان است')"; ok $? "... saying it is a county's name"
scr_keys Enter; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_keys C-u; scr_type 'كليبر'; scr_keys Enter
scr_wait "$(vis 'کد آن KLB است')"; ok $? "«كليبر» typed with Arabic ي/ك: KLB suggested"
scr_keys Enter; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_keys C-u; scr_type 'تهران'; scr_keys Enter
scr_wait "$(vis 'کد ایستگاه: «تهران» کد ایستگاه نیست: ۲ تا ۸ حرف لاتین')"; ok $? "a name of no county: refused as before"
scr_cap | grep -qF "$(vis 'نام یک شهرستان')"; is $? 1 "... not called a county's name"
scr_keys Enter Escape; scr_wait "$(vis 'ایستگاه‌های مورد اعتماد اینجا: ۰')" >/dev/null
ok $? "nothing trusted"
scr_keys F10; scr_gone "$(vis 'ایستگاه‌های مورد اعتماد اینجا')" >/dev/null
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

# the first start's station code
D="$TMP/new"
scr_start "$D"
scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')"; ok $? "first start asks for the station code"
scr_type 'مرند'; scr_keys Enter
scr_wait "$(vis 'کد آن MRD است')"; ok $? "first start: «مرند» suggests MRD"
scr_keys Enter; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_keys C-u; scr_type MRD; scr_keys Enter
scr_wait "$(vis 'نام ایستگاه:')"; ok $? "MRD taken"
scr_type 'ایستگاه مرند'; scr_keys Enter
scr_wait "$(vis 'خیّرین')" >/dev/null; scr_keys n
scr_wait "$(vis 'منوی اصلی')"; ok $? "the database made"
is "$("$HAMYAR" --lang en --db "$D" sync key | head -n 1 | grep -o MRD)" MRD "its station is MRD"
done_testing
