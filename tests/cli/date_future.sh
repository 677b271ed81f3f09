# A need identified, a pledge made or a payment received on a day still to
# come has not happened: a year typed one too high (1406 for 1405) is
# warned about on import, naming line and column, and the row goes in (a
# warning, as SPEC §4 has it: the person may keep it).  Before, it was
# taken silently, and a need "identified" next year waited 0 days in the
# ranking.  Today's date and earlier ones are not warned about; a stage
# planned ahead is no mistake and is not warned about either.
# HAMYAR_TODAY fixes today at 1405/09/09.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1405/09/09
"$HAMYAR" --db "$DB" init --station MRG >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامي مراغه ۳,MRG\n' >"$TMP/u.csv"
printf 'id,kind,name,county,interests\nMRG-2,person,زهرا نوروزی‌فر,مراغه,space\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a unit and a donor"

{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,تعمیر سقف پاسگاه,100000000,4,3,1405/09/09,identified'
	echo 'MRG-11,MRG-1,space,سوخت زمستانی,50000000,3,2,۱۴۰۶/۰۹/۰۱,identified'
	echo 'MRG-12,MRG-1,equipment,خرید بی‌سیم,80000000,3,3,1404/12/29,identified'
} >"$TMP/n.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/n.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "needs: imported (a warning does not stop the file)"
grep -q '^.*n.csv: line 3, column 8 (identified_on): warning: This date is after today: check its year, month and day$' "$TMP/err"
ok $? "line 3 (1406/09/01, typed in Persian digits): warned, naming line and column"
is "$(grep -c 'after today' "$TMP/err")" 1 "... only that row (today's date, 1405/09/09, and a past one are good)"
"$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep -q '^MRG-11,.*,1406/09/01,identified,'; ok $? "... and the row is stored as typed"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" 2>&1 >/dev/null --allow-repeats |
    grep -q 'n.csv: سطر 3، ستون 8 (identified_on): هشدار: این تاریخ پس از امروز است'
ok $? "in Persian too"

{
	echo 'id,donor,need,type,amount,pledged_on,status'
	echo 'MRG-20,MRG-2,MRG-10,space,40000000,1405/09/01,pledged'
	echo 'MRG-21,MRG-2,MRG-12,equipment,30000000,1405/10/01,pledged'
} >"$TMP/p.csv"
"$HAMYAR" --lang en --db "$DB" import pledges "$TMP/p.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "pledges imported"
grep -q 'p.csv: line 3, column 6 (pledged_on): warning: This date is after today' "$TMP/err"
ok $? "a pledge dated 1405/10/01: warned"
is "$(grep -c 'after today' "$TMP/err")" 1 "... not the one of 1405/09/01"

printf 'pledge,paid_on,amount,receipt\nMRG-20,1405/09/05,10000000,ر-۱۰\nMRG-20,1405/09/10,10000000,ر-۱۱\n' >"$TMP/pay.csv"
"$HAMYAR" --lang en --db "$DB" import payments "$TMP/pay.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "payments imported"
grep -q 'pay.csv: line 3, column 2 (paid_on): warning: This date is after today' "$TMP/err"
ok $? "a payment received tomorrow (1405/09/10): warned"
is "$(grep -c 'after today' "$TMP/err")" 1 "... not the one of 1405/09/05"

printf 'need,title,planned_start,planned_end\nMRG-10,اجرا,1405/10/01,1406/03/31\n' >"$TMP/s.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/s.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a stage planned ahead"
grep -q 'warning' "$TMP/err"; is $? 1 "... is not warned about"
# A stage's actual end is the day its work was done: one still to come
# (۱۴۰۶ typed for ۱۴۰۵) made the stage done, at 100 percent, and took it
# off the overdue ones with no word.  Warned about as a payment's day is;
# today's and a past one are not, nor a planned end ahead.
{
	echo 'need,title,planned_start,planned_end,actual_end,progress'
	echo 'MRG-10,گودبرداري,1405/07/01,1405/08/15,۱۴۰۶/۰۹/۰۱,100'
	echo 'MRG-10,پی‌ریزی,1405/08/16,1405/09/30,1405/09/09,100'
	echo 'MRG-10,اسکلت,1405/08/20,1406/02/31,1405/09/02,100'
} >"$TMP/s2.csv"
"$HAMYAR" --lang en --db "$DB" import stages "$TMP/s2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "stages with their actual ends imported"
grep -q 's2.csv: line 2, column 5 (actual_end): warning: This date is after today' "$TMP/err"
ok $? "an actual end of 1406/09/01 (Persian digits): warned, naming line and column"
is "$(grep -c 'after today' "$TMP/err")" 1 "... not today's (1405/09/09) nor a past one"
"$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep -q ',MRG-10,گودبرداری,1405/07/01,1405/08/15,1406/09/01,100,1$'
ok $? "... and the row is stored as typed"
done_testing
