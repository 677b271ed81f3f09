# A record of a kind with no Active field (a need, a pledge, a payment, a
# stage, a ceremony: its deactivation kept beside its fields) deactivated
# or made active again here has an audit entry that says so in a line
# "active" ("1" -> "0"; «فعال: "بله" -> "خیر"» in Persian), as the same
# change received by sync says it (sync_retire_audit.sh).  Before, the
# local entry ("deactivate payment TBZ-..") listed no field at all.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\n' >"$TMP/u.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRG-10,MRG-1,space,ساخت پاسگاه انتظامی,900000000,4,4,1403/02/01,approved\n' >"$TMP/n.csv"
printf 'id,kind,name,national_id,mobile,county\nMRG-20,person,علی‌رضا کریمي,1628972483,09141234567,MRG\n' >"$TMP/d.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nMRG-30,MRG-20,MRG-10,space,50000000,1403/03/01,pledged\n' >"$TMP/p.csv"
printf 'id,pledge,paid_on,amount,receipt\nMRG-40,MRG-30,1403/04/01,10000000,7788\n' >"$TMP/pay.csv"
for k in u:units n:needs d:donors p:pledges pay:payments; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null 2>"$TMP/err"; ok $? "import ${k#*:}"
done

printf 'id,active\nMRG-40,0\n' >"$TMP/x.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/x.csv" >/dev/null 2>&1; ok $? "the payment deactivated here"
"$HAMYAR" --db "$DB" --lang en audit --id MRG-40 >"$TMP/a"
tail -n 2 "$TMP/a" | head -n 1 | grep -q ' deactivate payment "MRG-40"$'; ok $? "the last entry: deactivate payment"
is "$(tail -n 1 "$TMP/a")" '  active: "1" -> "0"' "... with its line active 1 -> 0, as by sync (was no line)"
"$HAMYAR" --db "$DB" audit --id MRG-40 >"$TMP/p"
is "$(tail -n 1 "$TMP/p")" '  فعال: "بله" -> "خیر"' "in Persian: فعال بله -> خیر"

printf 'id,active\nMRG-40,1\n' >"$TMP/x.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/x.csv" >/dev/null 2>&1; ok $? "made active again"
is "$("$HAMYAR" --db "$DB" --lang en audit --id MRG-40 | tail -n 1)" '  active: "0" -> "1"' "... active 0 -> 1"

printf 'id,active\nMRG-10,خیر\n' >"$TMP/x.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/x.csv" >/dev/null 2>&1; ok $? "the need deactivated here"
is "$("$HAMYAR" --db "$DB" --lang en audit --id MRG-10 | tail -n 1)" '  active: "1" -> "0"' "... active 1 -> 0"
# a kind with an Active field: its own field, once
printf 'id,active\nMRG-20,0\n' >"$TMP/x.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/x.csv" >/dev/null 2>&1; ok $? "a donor deactivated"
is "$("$HAMYAR" --db "$DB" --lang en audit --id MRG-20 | tail -n 1)" '  active: "1" -> "0"' "... its field's line, the same as the others' now"
done_testing
