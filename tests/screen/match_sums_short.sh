# The matching screen on a copy whose pledges' table a failing disk cut
# short (tests/cli/damage.py fewer pledge: TST-31, donor TST-12's
# 15,000,000 on need TST-22, read as not there, without an error; the
# indexes still name it).  TST-12 (capacity 200,000,000) has 100,000,000
# on TST-30, 30,000,000 of it paid, and the 15,000,000 of TST-31 open:
# 115,000,000 free.  Before, the screen showed «آزاد: ۱۳۰٬۰۰۰٬۰۰۰», the
# need TST-22's gap 15,000,000 wider, and nothing of damage, and F2
# recorded a pledge proposed on those figures.  Now the screen still
# opens with what it read, says at its foot that the sums may be short,
# the database named, to run verify and restore the last backup, and F2
# records nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: pledges TST-30 and TST-31 of donor TST-12 on need TST-22"
work_paid "$DB"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" pledge)" 1 "the pledges' page: one node fewer (TST-31)"

. "$HAMYAR_SRC/tests/screen/short.inc"
# from_donor DIR: the needs that fit donor TST-12, from the dashboard (F6)
from_donor() {
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 0; scr_wait 'نیازها به تفکیک شهرستان' >/dev/null || return 1
	scr_keys F6; scr_wait 'از یک خیّر: نیازهای جور با او' >/dev/null || return 1
	scr_keys Enter
	scr_type 'TST-12'; scr_wait "TST-12" >/dev/null; scr_keys Enter
	scr_wait 'نیازهای جور با یک خیّر' >/dev/null && scr_settle
}

from_donor "$DB"; ok $? "the sound database: the needs that fit TST-12"
flat | grep -qF 'آزاد: ۱۱۵٬۰۰۰٬۰۰۰'; ok $? "... 115,000,000 free"
said; is $? 1 "... and nothing said of damage"

from_donor "$P"; ok $? "the pledges cut short: the screen opens"
flat | grep -qF 'آزاد: ۱۳۰٬۰۰۰٬۰۰۰'; ok $? "... with the figures it read (130,000,000 free)"
said; ok $? "... and it says at its foot that the sums may be short"
advice "$P"; ok $? "... the database named, to run verify and restore the last backup"
scr_keys Enter; scr_wait 'تعهد تازه از خیّر TST-12' >/dev/null; ok $? "Enter: the pledge it would make"
said; ok $? "... the foot still said"
flat | grep -qF 'F2 چیزی ثبت نمی‌کند: ارقام این تعهد شاید کمتر از واقع باشند'; ok $? "... and that F2 records nothing"
entries() { "$HAMYAR" --db "$P" audit 2>/dev/null | wc -l; }
before=$(entries)
scr_keys F2; scr_settle
flat | grep -qF 'چیزی ثبت نشد: ارقام این تعهد شاید کمتر از واقع باشند'
ok $? "F2: nothing recorded, the figures it rests on may be short"
flat | grep -qF 'مبلغ (ریال):'; is $? 1 "... no amount asked for"
is "$(entries)" "$before" "... and nothing written (the audit log as it was)"
scr_keys F10; scr_wait 'نیازها به تفکیک شهرستان' >/dev/null; ok $? "back to the dashboard: the program goes on"
# from the need: the donors' free capacities
scr_keys F6; scr_wait 'از یک نیاز: خیّرین جور با آن' >/dev/null
scr_keys Home Down Enter	# the second choice
scr_type 'TST-22'; scr_wait "TST-22" >/dev/null; scr_keys Enter
scr_wait 'خیّرین جور با یک نیاز' >/dev/null; ok $? "the donors that fit need TST-22"
said; ok $? "... it says the sums may be short"
advice "$P"; ok $? "... with the advice"
"$HAMYAR" --db "$P" verify >/dev/null 2>&1; is $? 1 "verify finds the damage"
done_testing
