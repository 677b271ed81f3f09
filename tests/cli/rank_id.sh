# `hamyar rank --id ID`: one need, at its rank among the needs ranked,
# with --explain its criteria, with --json its object alone; a need not
# ranked is refused (exit 1) saying why.  Before, --id was an unknown
# argument (exit 2): an auditor asked why TST-47 stood where it did read
# the whole --explain of the province for it, and for a need left out
# (done, no gap, another county's) nothing said why.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "init"
{
	echo "id,kind,name,county"
	echo "TST-1,station,کلانتری ۱۷ تبريز,TBZ"
	echo "TST-2,post,پاسگاه اهر,AHR"
} >"$TMP/units.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-10,TST-1,space,بازسازی ساختمان کلانتری ۱۷,850000000,4,5,45000,1404/02/10,approved"
	echo "TST-11,TST-1,equipment,خرید موتورسيكلت برای پلیس‌راه,600000000,3,3,,1404/11/05,assessed"
	echo "TST-12,TST-2,costs,تأمین هزینهٔ سوخت زمستان,200000000,2,3,30000,1405/07/20,identified"
	echo "TST-13,TST-1,equipment,نصب دوربین‌های نظارتی,900000000,5,5,1000,1403/02/01,done"
	echo "TST-14,TST-1,support,حمایت از خانواده‌های شهدای انتظامی,,3,4,,1405/06/01,assessed"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import units "$TMP/units.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null
ok $? "five needs: three ranked, one done, one with no gap"

# the rank the whole ranking gives TST-12
want=$("$HAMYAR" --db "$DB" rank | awk '$2 == "TST-12" { print $1 }')
"$HAMYAR" --db "$DB" rank --id '۱۲' --explain >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 0 "rank --id ۱۲ (Persian digits: this station's TST-12): exit 0"
is "$(sed -n 2p "$TMP/out" | awk '{ print $1, $2 }')" "$want TST-12" "... its line, at its rank ($want) in the whole ranking"
is "$(grep -c 'TST-1[01]' "$TMP/out")" 0 "... no other need"
grep -qF "$(printf 'فوریت')" "$TMP/out"; ok $? "... with --explain, its criteria"
is "$(wc -l <"$TMP/out" | tr -d ' ')" 10 "... the count, its line, six criteria, its distances and what the shares are"
"$HAMYAR" --db "$DB" rank --id tst-10 --json >"$TMP/json"; ok $? "rank --id tst-10 --json"
is "$(grep -c '"id": "TST-' "$TMP/json")" 1 "... one need in \"needs\""
grep -q '^  {"id": "TST-10", "rank": 1' "$TMP/json"; ok $? "... TST-10, rank 1, with no comma before it"

"$HAMYAR" --db "$DB" rank --id TST-13 >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 1 "a need done: exit 1"
grep -qF 'TST-13 رتبه‌بندی نشده است: وضعیتش «انجام‌شده» است' "$TMP/err"; ok $? "... saying its status"
is "$(cat "$TMP/out")" "" "... nothing on the standard output"
"$HAMYAR" --lang en --db "$DB" rank --id TST-13 2>"$TMP/err"
grep -qF 'TST-13 is not ranked: its status is "done"' "$TMP/err"; ok $? "... in English, the status as --json and import write it"
"$HAMYAR" --db "$DB" rank --id TST-14 2>"$TMP/err"; is $? 1 "a need with no gap: exit 1"
grep -qF 'TST-14 رتبه‌بندی نشده است: کسری ندارد' "$TMP/err"; ok $? "... saying it has no gap"
"$HAMYAR" --db "$DB" rank --county 'تبريز' --id TST-12 2>"$TMP/err"; is $? 1 "--county Tabriz, Ahar's need: exit 1"
grep -qF 'TST-12 نیازی از شهرستان اهر است و --county فقط نیازهای تبریز را رتبه‌بندی می‌کند.' "$TMP/err"; ok $? "... saying whose it is"
"$HAMYAR" --db "$DB" rank --id 1 2>"$TMP/err"; is $? 1 "a unit's number: exit 1"
grep -qF 'TST-1 ' "$TMP/err" && grep -qF 'واحد' "$TMP/err"; ok $? "... saying it is a unit"
"$HAMYAR" --db "$DB" rank --id TST-999 2>"$TMP/err"; is $? 1 "an id of nothing: exit 1"
grep -qF 'نیازی با شناسهٔ TST-999 نیست.' "$TMP/err"; ok $? "... saying there is no such need"
"$HAMYAR" --db "$DB" rank --id ' ' 2>/dev/null; is $? 2 "--id of blanks: a usage error"
done_testing
