# A clerk's pledges' (5) and payments' (6) lists hold the rows the access
# rule lets him read (store_record_scope: a pledge is its donor's and its
# need's county, a payment its pledge's), on copies a failing disk cut
# short (tests/cli/damage.py fewer): the donors' table (TST-12 of Ahar
# lost) and the needs' (TST-23 of Ahar lost).  A row whose county is read
# from a record not there may be his county's: pledge TST-90 of TST-12 on a
# Tabriz need, with its payment TST-95, and pledge TST-91 of a Tabriz donor
# on TST-23.  A supervisor's list filtered by Ahar says it does not show
# every record (list_county_links_damaged.sh); the Ahar clerk's list left
# them out in silence.  Now both say it, as both read the row's county
# one way (store_record_scope's missing flag).  (A payment whose pledge is
# lost, a stage whose need is, is of no county: every clerk reads it, and
# its column naming the lost record says the damage.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: donors TST-10, TST-11 of Tabriz, TST-12 of Ahar; need TST-20 of Tabriz, TST-23 of Ahar"
{
	echo 'id,donor,need,type,amount,pledged_on,status'
	i=40; while [ $i -lt 60 ]; do echo "TST-$i,TST-10,TST-20,space,1000000,1403/05/01,pledged"; i=$((i + 1)); done
	echo 'TST-90,TST-12,TST-20,space,100000000,۱۴۰۳/۰۵/۰۱,pledged'
	echo 'TST-91,TST-10,TST-23,space,15000000,1403/05/02,pledged'
} >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1; ok $? "22 pledges: TST-90 of TST-12 (Ahar), TST-91 on TST-23 (Ahar)"
{
	echo 'id,pledge,paid_on,amount,receipt'
	i=60; while [ $i -lt 80 ]; do echo "TST-$i,TST-$((i - 20)),1403/06/01,100000,فيش $i"; i=$((i + 1)); done
	echo 'TST-95,TST-90,۱۴۰۳/۰۶/۱۵,2000000,فیش ۱۲'
	echo 'TST-96,TST-91,1403/06/16,1000000,فیش ۱۳'
} >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1; ok $? "22 payments: TST-95 on TST-90, TST-96 on TST-91"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county AHR >/dev/null; ok $? "nobody is Ahar's clerk"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pd" donor)" 1 "the donors' page: one node fewer"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pn" need)" 1 "the needs' page: one node fewer"
for d in "$DB" "$TMP/pd" "$TMP/pn"; do DB="$d" scr_share_db; done

said() { scr_cap | grep -qF "$(vis 'همهٔ رکوردها')"; }
clerk() {	# clerk DIR KEY: the Ahar clerk's list KEY
	scr_start_nobody "$1" || return 1
	scr_wait "$(vis 'منوی اصلی')" >/dev/null || return 1
	scr_keys "$2"; scr_wait "$(vis 'شهرستان: اهر')" >/dev/null || return 1
	scr_settle
}
clerk "$DB" 5; ok $? "the sound database: the clerk's pledges"
scr_cap | grep -qF 'TST-90'; ok $? "... TST-90 listed (its donor is of Ahar)"
scr_cap | grep -qF 'TST-91'; ok $? "... TST-91 listed (its need is of Ahar)"
said; is $? 1 "... nothing said of damage"
clerk "$TMP/pd" 5; ok $? "donors cut short: the clerk's pledges"
scr_cap | grep -qF 'TST-90'; is $? 1 "... TST-90 cannot be told to be his"
said; ok $? "... it says it does not show every record (TST-90's donor not read)"
clerk "$TMP/pd" 6; ok $? "donors cut short: the clerk's payments"
said; ok $? "... it says it does not show every record (TST-95's donor)"
clerk "$TMP/pn" 5; ok $? "needs cut short: the clerk's pledges"
scr_cap | grep -qF 'TST-91'; is $? 1 "... TST-91 cannot be told to be his"
said; ok $? "... it says it does not show every record (TST-91's need)"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"
done_testing
