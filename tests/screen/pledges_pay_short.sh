# F5 (a new payment) on a need's pledges screen of a copy whose payments'
# table a failing disk cut short (tests/cli/damage.py fewer payment:
# TST-51, 20,000,000 of pledge TST-30's 30,000,000 paid, read as not
# there, without an error).  The screen says under its tables that not
# every record is shown; before, F5 on TST-30 still proposed the rest of
# 90,000,000, not 70,000,000, and recorded a payment of 80,000,000 without
# asking (110,000,000 paid of 100,000,000).  Now F5 on a pledge whose
# payments were read short records nothing and says why; on TST-31, whose
# payments read whole, it asks as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22, pledges TST-30 and TST-31"
work_paid "$DB"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
Y="$TMP/y"
is "$(fewer_copy "$TMP/b.mdb" "$Y" payment)" 1 "the payments' page: one node fewer (TST-51)"
flat() { scr_cap | sed 's/│//g' | tr -d '\n' | tr -s ' '; }
refused() { flat | grep -qF 'Not recorded: a payment of pledge TST-30 could not be read'; }
changes() { "$HAMYAR" --db "$1" audit 2>/dev/null | wc -l; }

work_pledges "$DB" en; ok $? "the sound database: the pledges of need TST-22"
scr_keys F5; scr_settle
flat | grep -qF 'New payment'; ok $? "... F5 on TST-30: a new payment asked for"
refused; is $? 1 "... nothing refused"
scr_keys Escape; scr_settle
work_pledges_quit en

work_pledges "$Y" en; ok $? "the payments cut short: the pledges of need TST-22"
scr_settle
n0=$(changes "$Y")
scr_keys F5; scr_settle
refused; ok $? "... F5 on TST-30: not recorded, what is paid on it may be short"
flat | grep -qF 'may be short; the database may be damaged (see the note under'; ok $? "... what is paid may be short, the database damaged: the note under the tables"
scr_keys Enter; scr_settle
refused; is $? 1 "... the message dismissed"
is "$(changes "$Y")" "$n0" "... nothing written"
scr_keys Down F5; scr_settle
refused; is $? 1 "F5 on TST-31, its payments whole: not refused"
flat | grep -qF 'New payment'; ok $? "... a new payment asked for"
scr_keys Escape; scr_settle
work_pledges_quit en; ok $? "back out, and the program ends"
done_testing
