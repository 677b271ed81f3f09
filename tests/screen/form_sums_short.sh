# A payment's form, a pledge's form and a unit's form on copies whose
# payments' or pledges' table a failing disk cut short (tests/cli/damage.py
# fewer TABLE: the last record of its leaf read as not there, without an
# error; the indexes still name it).  Pledge TST-30 is of 100,000,000 on
# need TST-22 (estimated 120,000,000), paid 10,000,000 (TST-50) and
# 20,000,000 (TST-51); pledge TST-31 of 15,000,000 is on the same need.
# Before, with TST-51 read as not there, payment TST-50 raised to
# 90,000,000 (110,000,000 paid of 100,000,000) was saved without the
# warning the sound database gives, and with TST-31 read as not there
# pledge TST-30 raised to 110,000,000 (125,000,000 pledged of
# 120,000,000) likewise, and the need's form rejecting TST-22 asked
# naming «۱۰۰٬۰۰۰٬۰۰۰» of its pledges; the unit TST-2's form said «۱۰۰٬۰۰۰٬۰۰۰»
# pledged on its needs, 15,000,000 short, and nothing of damage.  Now F2
# saves nothing on a sum read short, and the form says at its foot that
# the sums may be short, the database named, to run verify and restore
# the last backup.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_short_copies

. "$HAMYAR_SRC/tests/screen/short.inc"
refused() { flat | grep -qF 'ذخیره نشد: جمعی که این رکورد با آن سنجیده می‌شود شاید کمتر از واقع باشد'; }
form() {	# form DIR MENU TITLE: the form of the first record of list MENU
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys "$2"; scr_wait 'رکوردها:' >/dev/null || return 1
	scr_keys Enter; scr_wait "$3" >/dev/null && scr_settle
}
amount() {	# amount TABS TEXT: the amount field, TABS fields down, typed over
	i=0; while [ "$i" -lt "$1" ]; do scr_keys Tab; i=$((i + 1)); done
	scr_keys C-u; scr_type "$2"; scr_keys Tab; scr_settle
}
# changes ID: the audit log's entries of record ID (a save writes one)
changes() { "$HAMYAR" --db "$1" audit --id "$2" 2>/dev/null | wc -l; }
bye() { scr_keys F10; scr_wait 'ذخیره‌نشده' >/dev/null; scr_keys y; scr_wait 'رکوردها:' >/dev/null; }

# the sound database: the warning of a payment past its pledge
form "$DB" 6 'پرداخت TST-50'; ok $? "the sound database: payment TST-50's form"
said; is $? 1 "... nothing said of damage"
amount 2 '۹۰٬۰۰۰٬۰۰۰'; scr_keys F2
scr_wait 'جمع پرداخت‌ها با این یکی: ۱۱۰٬۰۰۰٬۰۰۰' >/dev/null; ok $? "... 90,000,000: F2 asks, 110,000,000 paid of 100,000,000"
scr_keys n; scr_settle; bye

form "$Y" 6 'پرداخت TST-50'; ok $? "the payments cut short: payment TST-50's form"
said; is $? 1 "... nothing said before F2"
n0=$(changes "$Y" TST-50)
amount 2 '۹۰٬۰۰۰٬۰۰۰'; scr_keys F2; scr_settle
refused; ok $? "... 90,000,000: F2 does not save, a sum it is checked against may be short"
said; ok $? "... the foot says the sums may be short"
advice "$Y"; ok $? "... the database named, to run verify and restore the last backup"
flat | grep -qF 'جمع پرداخت‌ها با این یکی'; is $? 1 "... no question on a short sum"
bye; ok $? "the typing thrown away: back on the payments' list"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
scr_keys F10; scr_bye; scr_wait '__EXIT__=0' >/dev/null; ok $? "the program ends cleanly"
is "$(changes "$Y" TST-50)" "$n0" "payment TST-50 not written (its audit entries as they were)"

form "$DB" 5 'مشارکت TST-30'; ok $? "the sound database: pledge TST-30's form"
amount 3 '۱۱۰٬۰۰۰٬۰۰۰'; scr_keys F2
scr_wait 'ذخیره شود؟' >/dev/null; ok $? "... 110,000,000: F2 asks (past the need's estimate)"
scr_keys n; scr_settle; bye

form "$P" 5 'مشارکت TST-30'; ok $? "the pledges cut short: pledge TST-30's form"
n0=$(changes "$P" TST-30)
amount 3 '۱۱۰٬۰۰۰٬۰۰۰'; scr_keys F2; scr_settle
refused; ok $? "... 110,000,000: F2 does not save, a sum it is checked against may be short"
said; ok $? "... the foot says the sums may be short"
advice "$P"; ok $? "... with the advice"
bye; ok $? "the typing thrown away"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
scr_keys F10; scr_bye; scr_wait '__EXIT__=0' >/dev/null; ok $? "the program ends cleanly"
is "$(changes "$P" TST-30)" "$n0" "pledge TST-30 not written (its audit entries as they were)"

# a need's form: rejecting it asks, naming its pledges' sums
reject() {	# the status field, «ردشده» chosen (F4), and F2
	i=0; while [ "$i" -lt 9 ]; do scr_keys Tab; i=$((i + 1)); done
	scr_keys F4; scr_wait 'تصویب‌شده' >/dev/null; scr_keys Down Down Enter; scr_settle
	scr_keys F2; scr_settle
}
form "$DB" 4 'نیاز TST-22'; ok $? "the sound database: need TST-22's form"
reject
flat | grep -qF 'نیاز TST-22 رد شود؟'; ok $? "... rejected: F2 asks"
scr_cap | grep -qF '۱۱۵٬۰۰۰٬۰۰۰ ریال (دریافت‌شده: ۳۰٬۰۰۰٬۰۰۰ ریال)'; ok $? "... naming its pledges, 115,000,000"
scr_keys n; scr_settle; bye
form "$P" 4 'نیاز TST-22'; ok $? "the pledges cut short: need TST-22's form"
reject
refused; ok $? "... rejected: F2 does not save, a sum may be short"
flat | grep -qF 'نیاز TST-22 رد شود؟'; is $? 1 "... not asked on a sum read short"
said; ok $? "... the foot says the sums may be short"
bye; ok $? "the typing thrown away"

# a unit's form: the pledges on its needs
form "$DB" 3 'واحد TST-2'; ok $? "the sound database: unit TST-2's form"
flat | grep -qF 'تعهدشده برای آنها: ۱۱۵٬۰۰۰٬۰۰۰ ریال'
ok $? "... 115,000,000 pledged on its needs"
said; is $? 1 "... nothing said of damage"
form "$P" 3 'واحد TST-2'; ok $? "the pledges cut short: unit TST-2's form"
flat | grep -qF 'تعهدشده برای آنها: ۱۰۰٬۰۰۰٬۰۰۰ ریال'; ok $? "... the sum of what it read"
said; ok $? "... and the foot says the sums may be short"
advice "$P"; ok $? "... with the advice"
done_testing
