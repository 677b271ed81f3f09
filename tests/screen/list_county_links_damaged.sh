# The pledges' (5), payments' (6) and stages' (7) lists filtered by a
# county (F4 «شهرستان»: a row is under the county of the records it names,
# its donor's or its need's) on copies a failing disk cut short
# (tests/cli/damage.py fewer): the donors' table (TST-12 of Ahar lost) and
# the needs' table (TST-23 of Ahar lost), the pledges' (TST-91 lost).  Pledge TST-90 of TST-12 on a
# Tabriz need, its payment TST-95, and pledge TST-91 on TST-23 with its
# payment TST-96 and stage TST-97, each come after twenty rows of Tabriz, below the first
# screen, so that the lists unfiltered show nothing of the damage.
# Before, under «شهرستان: اهر» they were left out in silence, «رکوردها:
# ۰»; now the record a row's county is read from, not there, marks the list
# damaged: the sentence under the rows, as for the ceremonies by county.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
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
{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress'
	i=100; while [ $i -lt 120 ]; do echo "TST-$i,TST-20,مرحلهٔ $i,1403/01/11,1403/02/20,,10"; i=$((i + 1)); done
	echo 'TST-97,TST-23,برآورد هزینه‌ها,1403/01/11,1403/02/20,,50'
} >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null 2>&1; ok $? "21 stages: TST-97 on TST-23"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pd" donor)" 1 "the donors' page: one node fewer"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pn" need)" 1 "the needs' page: one node fewer"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pp" pledge)" 1 "the pledges' page: one node fewer (TST-91 lost)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() { scr_cap | tr -d '\n' | tr -s ' ' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
ahar() {	# ahar DIR KEY ROW [1]: list KEY (its first row ROW), F4 county
	# (the third choice; with 1 the second, the stages having no status),
	# Ahar
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys "$2"; scr_wait "$3" >/dev/null || return 1
	said && { echo "# damage said before the filter"; return 1; }
	scr_keys F4; scr_wait 'بدون صافی' >/dev/null || return 1
	if [ "${4:-}" = 1 ]; then scr_keys Down Enter; else scr_keys Down Down Enter; fi
	scr_wait 'بستان‌آباد' >/dev/null || return 1
	scr_keys Down Down; scr_settle
	scr_keys Enter; scr_wait 'شهرستان: اهر' >/dev/null || return 1
	scr_settle
}
ahar "$DB" 5 TST-40; ok $? "the sound database: the pledges of Ahar"
scr_cap | grep -qF 'TST-90'; ok $? "... TST-90 listed (its donor is of Ahar)"
scr_cap | grep -qF 'TST-91'; ok $? "... TST-91 listed (its need is of Ahar)"
said; is $? 1 "... nothing said of damage"
ahar "$TMP/pd" 5 TST-40; ok $? "donors cut short: the pledges of Ahar"
said; ok $? "... it says it does not show every record (TST-90's donor not read)"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید"; ok $? "... to run verify"
ahar "$TMP/pd" 6 TST-60; ok $? "donors cut short: the payments of Ahar"
said; ok $? "... it says it does not show every record (TST-95's donor)"
ahar "$TMP/pp" 6 TST-60; ok $? "pledges cut short: the payments of Ahar"
said; ok $? "... it says it does not show every record (TST-96's pledge)"
ahar "$TMP/pn" 5 TST-40; ok $? "needs cut short: the pledges of Ahar"
said; ok $? "... it says it does not show every record (TST-91's need)"
ahar "$TMP/pn" 7 TST-100 1; ok $? "needs cut short: the stages of Ahar"
scr_cap | grep -qF 'TST-97'; is $? 1 "... TST-97 cannot be told to be there"
said; ok $? "... it says it does not show every record (TST-97's need)"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"
done_testing
