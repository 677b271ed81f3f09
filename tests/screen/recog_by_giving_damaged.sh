# Donors by giving (F7 in a ceremony: «خیّرین به‌ترتیب کمک») on a copy
# whose donors' table a failing disk cut short (tests/cli/damage.py fewer
# donor: the last donor, TST-12 «کارخانهٔ قند اهر», lost without an
# error) while his pledges and the 30,000,000 rials paid on them in the
# period are whole.  Before, the list left him out in silence and, he
# being the one giver, said nobody paid in the period («در این بازه هیچ
# خیّری پرداختی ... نداشته است»).  Now the donor it cannot read is said
# at the box's foot in the lists' words (not every record shown, run
# verify, restore the last backup), and not that nobody gave.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: donor TST-12 and his pledges TST-30 and TST-31"
work_paid "$DB"
printf 'id,held_on,title,place,donors\nTST-60,1403/08/01,تجلیل از خیّرین,سالن همایش,TST-10\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony honouring TST-10"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" donor)" 1 "the donors' page: one node fewer"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() { scr_cap | sed 's/│//g' | tr -d '\n' | tr -s ' ' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
givers() {	# givers DIR: F7 in the ceremony
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 8; scr_wait 'TST-60' >/dev/null || return 1
	scr_keys F7; scr_wait 'شرکت فولاد آذر' >/dev/null || return 1
	scr_keys F7; scr_wait 'خیّرین به‌ترتیب کمک' >/dev/null || return 1
	scr_settle
}
givers "$DB"; ok $? "the sound database: donors by giving"
scr_cap | grep -qF 'کارخانهٔ قند اهر'; ok $? "... TST-12 listed, who paid in the period"
said; is $? 1 "... nothing said of damage"
givers "$P"; ok $? "the damaged copy: donors by giving"
said; ok $? "... it says it does not show every record"
scr_cap | sed 's/│//g' | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید"; ok $? "... to run verify"
scr_cap | grep -qF 'هیچ خیّری پرداختی'; is $? 1 "... not that nobody paid in the period"
scr_keys F10; scr_wait 'شرکت فولاد آذر' >/dev/null; ok $? "F10: the ceremony's screen again"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"
done_testing
