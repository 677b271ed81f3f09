# Who may use the sync keys screen: those `hamyar sync key` and `sync
# trust` serve, provincial HQ and the administrator (the sync right of
# SPEC §11).  A clerk and an auditor, as another real uid (nobody, through
# setpriv; root only), are told so in a sentence naming who may, and see
# no key and can trust none; an hq user trusts a station there, and the
# audit log names him.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB=$TMP/db
"$HAMYAR" --db "$DB" init --station HQ --name 'ستاد استان' >/dev/null 2>&1; ok $? "HQ made"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
qkey=$("$HAMYAR" --db "$DB" sync key | tail -n 1)
# (the sentence, wrapped at 80 columns)
refusal='دیدن کلید همگام‌سازی این ایستگاه و اعتماد به کلید ایستگاه‌های دیگر فقط از ستاد'
refusal2='استان یا مدیر سامانه ساخته است.'

open_keys() {
	scr_start_nobody "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null || return 1
	scr_keys F9; scr_wait "$(vis 'تنظیمات')" >/dev/null
	scr_pick 'کلیدهای همگام‌سازی و ایستگاه‌های مورد اعتماد'
	scr_wait "$(vis 'کلیدهای همگام‌سازی و ایستگاه‌های مورد اعتماد')" >/dev/null
}
quit() {
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
}

for role in clerk auditor; do
	if [ $role = clerk ]; then
		"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null
	else
		"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null
	fi
	ok $? "nobody is an account of role $role"
	open_keys
	scr_wait "$(vis "$refusal")" && scr_cap | grep -qF "$(vis "$refusal2")"
	ok $? "$role: refused, naming who may (HQ or the administrator)"
	scr_cap | grep -qF "$qkey"; is $? 1 "$role: the station's key is not shown"
	scr_cap | grep -qF "F5"; is $? 1 "$role: the key bar offers no F5"
	scr_keys F5; sleep 0.3
	scr_cap | grep -qF "$(vis 'کد ایستگاه')"; is $? 1 "$role: F5 asks nothing"
	quit; ok $? "$role: quits"
done
"$HAMYAR" --lang en --db "$DB" audit | grep -q 'sync.trust'; is $? 1 "nothing was trusted"

# hq: the screen is his, and his trust is audited under his login.
"$HAMYAR" --db "$DB" user add nobody --role hq >/dev/null; ok $? "nobody is HQ staff"
M2=$TMP/m2
"$HAMYAR" --db "$M2" init --station MRG >/dev/null 2>&1
gkey=$("$HAMYAR" --db "$M2" sync key | tail -n 1)
open_keys
scr_wait "$(vis 'این ایستگاه: HQ.')"; ok $? "hq: the screen opens"
scr_cap | grep -qF "$qkey"; ok $? "hq: with the station's key"
scr_keys F5; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_type mrg; scr_keys Enter; scr_wait "$(vis 'کلید عمومی MRG')" >/dev/null
scr_type "$gkey"; scr_keys Enter
scr_wait "$(vis 'به MRG اعتماد شد')"; ok $? "hq: trusts MRG"
"$HAMYAR" --lang en --db "$DB" audit | grep 'sync.trust.MRG' | grep -q ' nobody '
ok $? "hq: the audit entry names him"
quit; ok $? "hq: quits"
done_testing
