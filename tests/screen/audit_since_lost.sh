# The audit screen's F6 (the changes from a day on) over a copy whose log
# lost an entry of that period (tests/cli/damage.py fewer audit: the
# first leaf of a log of 200 donors' creations one node fewer, read
# without an error).  `hamyar audit --since DAY` names it and counts it
# (tests/cli/damaged_fewer_audit_since.sh); the screen listed the 199 it
# read, «تغییرهای از ... به بعد: ۱۹۹», as if the period held no more.  Now
# it says once, above the changes, how many of the period are lost and
# the records the log's index still names, that not every change is
# listed, and to verify and restore the last backup.  On the sound
# database, and for a day after the lost entry, it says nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
audit_lost_period
lost=$(TZ=$zone "$HAMYAR" --lang en --db "$P" audit --since "$day" 2>&1 >/dev/null |
    sed -n 's/.*record \([A-Z]*-[0-9]*\)) is lost.*/\1/p' | head -n 1)
test -n "$lost"; ok $? "audit --since names the record of the lost entry ($lost)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
SCR_ENV="$SCR_ENV_DEFAULT TZ=$zone"
said() { scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "$1"; }
from() {
	scr_keys F6; scr_wait 'از تاریخ (خالی' >/dev/null
	scr_keys C-u; scr_type "$1"; scr_keys Enter
	scr_wait 'به بعد:' >/dev/null
	scr_settle
}

scr_start "$D"
scr_wait 'منوی اصلی' >/dev/null; ok $? "the sound database opens"
scr_keys F8; scr_wait 'MRD-' >/dev/null
from "$day"
scr_cap | grep -qF '۲۰۰'; ok $? "F6 the day of the 200: 200 changes"
said 'از دست رفته'; is $? 1 "... nothing said lost"

scr_start "$P"
scr_wait 'منوی اصلی' >/dev/null; ok $? "the damaged copy opens"
scr_keys F8; scr_wait 'MRD-' >/dev/null
from "$day"
scr_cap | grep -qF '۱۹۹'; ok $? "F6 the day of the 200: the 199 it holds"
said 'مدخل‌های از دست رفتهٔ گزارش تغییرات در'; ok $? "... and the period's entries lost said"
said ' یا پس از آن: ۱ (رکوردها: '"$lost"')'; ok $? "... how many, and the record ($lost)"
said 'همهٔ تغییرات این دوره فهرست نشده است'; ok $? "... that not every change is listed"
said 'آخرین پشتیبان را برگردانید'; ok $? "... to restore the last backup"
is "$(scr_cap | grep -c 'از دست رفته')" 1 "... said once"
scr_cap | grep -qF 'verify'; ok $? "... after running verify"
scr_resize 40 24
said 'یا پس از آن: ۱ (رکوردها: '"$lost"')'; ok $? "at 40x24: said whole too"
said 'آخرین پشتیبان را برگردانید'; ok $? "... to its end"
scr_resize 80 24
from "$after"
said 'از دست رفته'; is $? 1 "F6 the day after, the lost entry before it: nothing said lost"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; ok $? "F10 goes back to the menu"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
