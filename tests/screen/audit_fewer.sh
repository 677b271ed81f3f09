# The audit log screen (F8) over a log whose leaf a failing disk cut short
# (tests/cli/damage.py fewer audit: one entry fewer, read without an
# error).  Before, it listed the changes it could read, «تغییرهای ۳۰ روز
# گذشته: ۲», as if the log held no more.  Now a walk from the log's first
# entry that reads fewer than LMDB counts says above the changes, as the
# lists do, that not every record is shown, the database may be damaged,
# to run verify and restore the last backup; the changes read stay shown.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() { scr_cap | tr -d '\n' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }

P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" audit)" 1 "the log's page: one node fewer"

scr_start "$D"
scr_wait 'منوی اصلی' >/dev/null; ok $? "the sound database opens"
scr_keys F8
scr_wait 'MRD-2' >/dev/null; ok $? "F8: its log lists the second donor's creation"
scr_settle
said; is $? 1 "... and says nothing of damage"

scr_start "$P"
scr_wait 'منوی اصلی' >/dev/null; ok $? "the damaged copy opens"
scr_keys F8
scr_wait 'MRD-1' >/dev/null; ok $? "F8: the changes it can read are listed"
scr_settle
said; ok $? "... and it says not every record is shown"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF 'آخرین پشتیبان'; ok $? "... to restore the last backup"
scr_cap | grep -qF 'verify'; ok $? "... after running verify"
scr_keys F4; scr_wait 'همهٔ تغییرها' >/dev/null; ok $? "F4: every change"
scr_settle
said; ok $? "... says it too"
scr_keys F5; scr_wait 'نام کاربری' >/dev/null
scr_type root; scr_keys Enter
scr_wait 'تغییرهای کاربر root' >/dev/null; ok $? "F5 root: his changes"
scr_settle
said; ok $? "... says it too"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; ok $? "F10 goes back to the menu"
done_testing
