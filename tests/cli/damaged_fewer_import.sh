# `import payments` and `import pledges` on copies whose payments' or
# pledges' table a failing disk cut short (tests/cli/damage.py fewer
# TABLE: the last record read as not there, without an error; the
# indexes still name it).  Pledge TST-30 is of 100,000,000, paid
# 10,000,000 (TST-50) and 20,000,000 (TST-51); need TST-22 (estimated
# 120,000,000) has TST-30 and TST-31 (15,000,000).  Before, with TST-51
# left out, a payment of 80,000,000 on TST-30 (110,000,000 paid of
# 100,000,000) was imported without the warning the sound database gives,
# and with TST-31 left out a pledge of 10,000,000 on TST-22 (125,000,000
# of 120,000,000) likewise, exit 0.  Now the import stops with the
# damaged-database sentence (verify, the last backup), exit 3, nothing
# written; --dry-run too.  A row whose sums read whole still goes in.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/work.inc"

work_short_copies

printf 'pledge,paid_on,amount,receipt\nTST-30,1403/07/01,80000000,فیش ۱۳\n' >"$TMP/y80.csv"
printf 'donor,need,type,amount,pledged_on\nTST-10,TST-22,space,10000000,1403/07/02\n' >"$TMP/p10.csv"
damaged() {	# damaged DIR: the sentence alone on stderr, for DIR
	is "$(cat "$TMP/err")" "hamyar: stopped on a page of the database $1 that could not be read: it may be damaged. Run 'hamyar --db $1 verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")." \
	    "... saying the database may be damaged and what to do"
}
changes() { "$HAMYAR" --db "$1" audit 2>/dev/null | wc -l; }

"$HAMYAR" --lang en --db "$DB" import payments "$TMP/y80.csv" --dry-run >"$TMP/out" 2>&1
holds "$(cat "$TMP/out")" "add up to more than the pledged amount" "the sound database: 80,000,000 more on TST-30 is warned of"
"$HAMYAR" --lang en --db "$DB" import pledges "$TMP/p10.csv" --dry-run >"$TMP/out" 2>&1
holds "$(cat "$TMP/out")" "warning:" "... and 10,000,000 more on TST-22 too"

for dry in --dry-run ""; do
	n0=$(changes "$Y")
	# shellcheck disable=SC2086
	"$HAMYAR" --lang en --db "$Y" import payments "$TMP/y80.csv" $dry >"$TMP/out" 2>"$TMP/err"
	is $? 3 "payments cut short: import payments ${dry:-(written)}: exit 3"
	damaged "$Y"
	is "$(changes "$Y")" "$n0" "... nothing written"
	n0=$(changes "$P")
	# shellcheck disable=SC2086
	"$HAMYAR" --lang en --db "$P" import pledges "$TMP/p10.csv" $dry >"$TMP/out" 2>"$TMP/err"
	is $? 3 "pledges cut short: import pledges ${dry:-(written)}: exit 3"
	damaged "$P"
	is "$(changes "$P")" "$n0" "... nothing written"
done

# a payment on TST-31, whose payments are all there: its sum is whole
printf 'pledge,paid_on,amount,receipt\nTST-31,1403/07/01,5000000,فیش ۲۱\n' >"$TMP/y31.csv"
"$HAMYAR" --lang en --db "$Y" import payments "$TMP/y31.csv" >"$TMP/out" 2>&1
ok $? "payments cut short: a payment on TST-31, whose sum reads whole, is imported"
done_testing
