# The audit log screen (F8), F3 on a record of many changes (200 notes
# typed over) whose entries in the log's index by record a failing disk
# cut one short inside the table of their own they are kept in
# (tests/cli/damage.py fewerdup), LMDB's count of them kept.  Before, it
# listed the changes it could read, «تغییرهای MRD-11: ۲۰۰», and said
# nothing.  Now the walk of all his entries counts them against LMDB's
# count under his key and, fewer, says above the changes that not every
# record is shown, to run verify and restore the last backup.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
printf 'id,kind,name,county\nMRD-11,person,زهرا موسوی‌پور,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor"
i=1; bad=0
while [ $i -le 200 ]; do
	printf 'id,notes\nMRD-11,یادداشت %s\n' "$i" >"$TMP/u.csv"
	"$HAMYAR" --db "$D" import donors "$TMP/u.csv" >/dev/null 2>&1 || bad=$((bad + 1))
	i=$((i + 1))
done
is "$bad" 0 "his notes changed 200 times"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(damaged_copy "$TMP/b.mdb" "$P" fewerdup)" 1 "his entries in the index: one fewer"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() { scr_cap | tr -d '\n' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
record() {	# record DIR: F8, F3 MRD-11
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys F8; scr_wait 'MRD-11' >/dev/null || return 1
	scr_keys F3; scr_settle
	scr_type MRD-11; scr_keys Enter
	scr_wait 'تغییرهای MRD-11' >/dev/null || return 1
	scr_settle
}
record "$D"; ok $? "the sound database: F8, F3 MRD-11, his changes"
said; is $? 1 "... nothing said of damage"
record "$P"; ok $? "the damaged copy: his changes listed"
said; ok $? "... and it says not every record is shown"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید"; ok $? "... to run verify"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; ok $? "F10 goes back to the menu"
done_testing
