# A need's pledges screen on a copy whose pledges' table a failing disk
# cut short (tests/cli/damage.py fewer pledge: one pledge fewer, read
# without an error).  The need's index still names both pledges; before,
# the screen listed the one it could read and said nothing.  Now a pledge
# the index names that is not there is damage: the screen says under its
# tables, as the lists do, that not every record is shown, to run verify
# and restore the last backup.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22, pledges TST-30 and TST-31"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" pledge)" 1 "the pledges' page: one node fewer"
said() { scr_cap | tr -d '\n' | grep -qF 'This list does not show every record'; }

work_pledges "$DB" en; ok $? "the sound database: the pledges of need TST-22"
scr_wait 'TST-31' >/dev/null; ok $? "... both listed"
said; is $? 1 "... and nothing said of damage"
work_pledges_quit en; ok $? "back out"

work_pledges "$P" en; ok $? "the damaged copy: the pledges of need TST-22"
scr_wait 'TST-30' >/dev/null; ok $? "... the pledge it can read listed"
scr_settle
said; ok $? "... and it says not every record is shown"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF 'restore the last backup'; ok $? "... to verify and restore the last backup"
scr_cap | grep -qF 'verify'; ok $? "... naming verify"
work_pledges_quit en; ok $? "back out, and the program ends"
done_testing
