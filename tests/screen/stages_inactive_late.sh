# A stage deactivated (F8 in its form: «این رکورد غیرفعال شود؟», or an
# import's active 0) is no longer followed: its need's screen leaves it
# out, and the question before a need is marked done does not count it
# (store_need_stages).  The stages' list, which still shows it dimmed,
# marked it "!" and bold all the same, and F4's «فقط مراحل عقب‌افتاده»
# listed and counted it among the overdue stages (2 where the need's screen
# said «مراحل عقب‌افتاده: ۱»).  Now the list marks and counts what the need's
# screen does.  So too a stage of a need deactivated (its need no longer
# followed).  HAMYAR_TODAY fixes the day (1404/06/01).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی روستای قره‌آغاج,900000000,4,4,1403/02/01,in_progress'
	echo 'MRG-11,MRG-1,equipment,خرید بی‌سیم پاسگاه,50000000,3,3,1403/02/01,in_progress'
} >"$TMP/n.csv"
{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress'
	echo 'MRG-20,MRG-10,پی‌ریزی و اسکلت,۱۴۰۳/۰۳/۰۱,1403/09/30,,40'
	echo 'MRG-21,MRG-10,سیم‌کشي برق,1403/10/01,١٤٠٣/١٢/٣٠,,10'
	echo 'MRG-22,MRG-11,نصب بی‌سیم‌ها,1403/06/01,1403/08/30,,60'
} >"$TMP/s.csv"
for k in u:units n:needs s:stages; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null; ok $? "import ${k#*:}"
done
# the second stage, planned to end on Esfand 30 of the leap year 1403, is deactivated
printf 'id,need,title,planned_start,planned_end,actual_end,progress,active\nMRG-21,MRG-10,سیم‌کشی برق,1403/10/01,1403/12/30,,10,0\n' >"$TMP/s0.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s0.csv" >/dev/null; ok $? "MRG-21 deactivated"
"$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep -q '^MRG-21,.*,0$'; ok $? "... stored inactive"
# and the need MRG-11 is deactivated, its overdue stage MRG-22 left active
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active\nMRG-11,MRG-1,equipment,خرید بی‌سیم پاسگاه,50000000,3,3,1403/02/01,in_progress,0\n' >"$TMP/n0.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n0.csv" >/dev/null; ok $? "need MRG-11 deactivated"
ROW() { scr_cap | grep -F -- "$1"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; ok $? "main menu"
scr_keys 4; scr_wait "$(vis 'قره‌آغاج')" >/dev/null; ok $? "the needs' list"
scr_keys F3; scr_type 'قره'; sleep 0.5; scr_settle
scr_keys F7; scr_wait "$(vis 'نیاز MRG-10: ساخت پاسگاه انتظامی روستای قره‌آغاج')" >/dev/null
ok $? "F7: the need's screen"
scr_wait "$(vis 'مراحل عقب‌افتاده: ۱')" >/dev/null; ok $? "it counts one stage overdue, the active one"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 7; scr_wait 'MRG-21' >/dev/null; ok $? "the stages' list shows both"
scr_settle
ROW 'MRG-20' | grep -q '!'; ok $? "the active overdue stage is marked «!»"
ROW 'MRG-21' | grep -q '!'; is $? 1 "the deactivated one is not"
ROW 'MRG-22' | grep -q '!'; is $? 1 "nor the stage of the deactivated need"
# F1 says which stages are not followed
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null
scr_wait "$(vis 'نیاز ردشده یا غیرفعال')" >/dev/null; ok $? "F1: a stage of a need rejected or deactivated is not followed"
scr_keys Escape; sleep 0.5; scr_settle
scr_keys F4; scr_wait "$(vis 'فقط مراحل عقب‌افتاده')" >/dev/null; ok $? "F4 offers «فقط مراحل عقب‌افتاده»"
scr_keys Home; sleep 0.3
top=$(scr_cap | grep -n '┌' | head -n 1 | cut -d: -f1)
row=$(scr_cap | grep -nF -- "$(vis 'فقط مراحل عقب‌افتاده')" | head -n 1 | cut -d: -f1)
k=$((row - top - 1)); while [ "$k" -gt 0 ]; do scr_keys Down; k=$((k - 1)); done
sleep 0.3; scr_keys Enter
scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; ok $? "«فقط مراحل عقب‌افتاده» counts one stage, as the need's screen"
scr_settle
ROW 'MRG-20' >/dev/null; ok $? "... the active one"
ROW 'MRG-21' >/dev/null; is $? 1 "... not the deactivated one"
ROW 'MRG-22' >/dev/null; is $? 1 "... nor the deactivated need's"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "quits"
done_testing
