# The ceremonies' list (8) filtered by a county (F4 «شهرستان»: a
# ceremony is under each county of the donors it honours) on a copy whose
# donors' table a failing disk cut short (tests/cli/damage.py fewer
# donor: the last donor, TST-12 of Ahar, lost without an error).  Before,
# under «شهرستان: اهر» the ceremony that honoured him was left out in
# silence: «رکوردها: ۰», no record with this filter.  Now the donor it
# cannot read marks the list damaged: the damaged-database sentence under
# the rows, as the lists say it of a row naming a record not there.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: donors TST-10, TST-11 of Tabriz, TST-12 of Ahar"
printf 'id,held_on,title,place,donors\nTST-60,۱۴۰۳/۰۸/۰۱,تجلیل از خیّرین,سالن همایش,TST-10 TST-11 TST-12\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony honouring the three"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" donor)" 1 "the donors' page: one node fewer"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() { scr_cap | tr -d '\n' | tr -s ' ' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
ahar() {	# ahar DIR: the ceremonies' list, F4 county, Ahar
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 8; scr_wait 'TST-60' >/dev/null || return 1
	scr_keys F4; scr_wait 'بدون صافی' >/dev/null || return 1
	scr_keys Down Enter; scr_wait 'بستان‌آباد' >/dev/null || return 1
	scr_keys Down Down; scr_settle
	scr_cap | grep 'اهر' | grep -qv 'همایش' || { echo "# Ahar not selected"; return 1; }
	scr_keys Enter; scr_wait 'شهرستان: اهر' >/dev/null || return 1
	scr_settle
}
ahar "$DB"; ok $? "the sound database: the ceremonies of Ahar"
scr_cap | grep -qF 'TST-60'; ok $? "... TST-60 listed (it honoured TST-12 of Ahar)"
said; is $? 1 "... nothing said of damage"
ahar "$P"; ok $? "the damaged copy: the ceremonies of Ahar"
scr_cap | grep -qF 'TST-60'; is $? 1 "... TST-60 cannot be told to be there"
said; ok $? "... and it says it does not show every record"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید"; ok $? "... to run verify"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"
done_testing
