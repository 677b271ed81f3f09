# Sums of money received on a copy whose payments' table a failing disk
# cut short (tests/cli/damage.py fewer payment: TST-51, 20,000,000 of
# pledge TST-30's 30,000,000, read as not there, without an error; the
# index on the pledge still names it).  store_pledge_paid and a need's
# received sum left it out in silence: the pledges' list's foot, the
# dashboard and the need's screen said «۱۰٬۰۰۰٬۰۰۰» received and nothing
# else.  Now each still opens with the sums of what was read and says
# under them that the sums may be short, the database named, to run verify
# and restore the last backup.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22 «تعمیر سقف پاسگاه», pledges TST-30 and TST-31 on it"
work_paid "$DB"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
Y="$TMP/y"
is "$(fewer_copy "$TMP/b.mdb" "$Y" payment)" 1 "the payments' page: one node fewer (TST-51)"

. "$HAMYAR_SRC/tests/screen/short.inc"
pledges() {	# pledges DIR: the pledges' list, its foot's sums
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 5; scr_wait 'دریافتی بابت آن‌ها' >/dev/null && scr_settle
}
dash() {	# dash DIR: the dashboard
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 0; scr_wait 'دریافت‌شده:' >/dev/null && scr_settle
}
need() {	# need DIR: need TST-22's screen, from the dashboard (F3)
	scr_keys F3; scr_wait 'جست‌وجو:' >/dev/null || return 1
	scr_type 'تعمیر'; scr_settle; scr_keys Enter
	scr_wait 'نیاز TST-22: تعمیر سقف پاسگاه' >/dev/null && scr_settle
}

pledges "$DB"; ok $? "the sound database: the pledges' list"
flat | grep -qF 'دریافتی بابت آن‌ها: ۳۰٬۰۰۰٬۰۰۰'; ok $? "... 30,000,000 received"
said; is $? 1 "... and nothing said of damage"
dash "$DB"; ok $? "the sound database: the dashboard"
said; is $? 1 "... nothing said of damage"
need; ok $? "... need TST-22's screen"
said; is $? 1 "... nothing said of damage"

pledges "$Y"; ok $? "the payments cut short: the pledges' list opens"
flat | grep -qF 'دریافتی بابت آن‌ها: ۱۰٬۰۰۰٬۰۰۰'; ok $? "... the sum of what it read"
said; ok $? "... and it says the sums may be short"
advice "$Y"; ok $? "... the database named, to run verify and restore the last backup"
dash "$Y"; ok $? "the payments cut short: the dashboard opens"
flat | grep -qF 'دریافت‌شده: ۱۰٬۰۰۰٬۰۰۰'; ok $? "... the county's figures of what it read"
said; ok $? "... and it says the sums may be short"
advice "$Y"; ok $? "... the database named, to run verify and restore the last backup"
need; ok $? "... need TST-22's screen opens"
said; ok $? "... and it says the sums may be short"
advice "$Y"; ok $? "... the database named, to run verify and restore the last backup"
scr_keys F10; scr_wait 'پیشخوان' >/dev/null; ok $? "back to the dashboard: the program goes on"
done_testing
