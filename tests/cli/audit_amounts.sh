# hamyar audit in Persian writes an amount (a pledge's, a payment's, a
# need's estimated cost, a donor's capacity) grouped by threes as the text
# report writes its figures: «مبلغ (ریال): "۴۰۰٬۰۰۰٬۰۰۰"», in ASCII with
# commas for a user who chose ASCII digits.  Before, «"400000000"», the
# digits to be counted.  Under --lang en a value is as stored (the
# identifiers and values scripts read), as before.
. "$HAMYAR_SRC/tests/lib.sh"
needs_db
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-40,person,علی‌رضا كريمي,TBZ,space,۱۲۵۰۰۰۰۰۰۰,1"
} >"$TMP/donors.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-41,TST-40,TST-20,space,400000000,1403/05/01,pledged\n' >"$TMP/pledges.csv"
printf 'id,amount\nTST-41,450000000\n' >"$TMP/p2.csv"
import_each "$DB" donors pledges; ok $? "a donor of 1,250,000,000 and his pledge of 400,000,000"
"$HAMYAR" --db "$DB" import pledges "$TMP/p2.csv" >/dev/null 2>&1; ok $? "the pledge raised to 450,000,000"

"$HAMYAR" --db "$DB" audit --id TST-41 >"$TMP/fa"; ok $? "audit --id TST-41"
grep -qxF '  مبلغ (ریال): (خالی) -> "۴۰۰٬۰۰۰٬۰۰۰"' "$TMP/fa"; ok $? "fa: the amount created, grouped in Persian digits"
grep -qxF '  مبلغ (ریال): "۴۰۰٬۰۰۰٬۰۰۰" -> "۴۵۰٬۰۰۰٬۰۰۰"' "$TMP/fa"; ok $? "fa: the change, old -> new, both grouped"
grep -qxF '  تاریخ تعهد: (خالی) -> "۱۴۰۳/۰۵/۰۱"' "$TMP/fa"; ok $? "fa: a date in the digits of the amounts (was ASCII)"
grep -qxF '  شناسه: (خالی) -> "TST-41"' "$TMP/fa"; ok $? "fa: the id as stored"
"$HAMYAR" --db "$DB" audit --id TST-40 | grep -qxF '  توان مشارکت (ریال): (خالی) -> "۱٬۲۵۰٬۰۰۰٬۰۰۰"'
ok $? "fa: a donor's capacity too"
"$HAMYAR" --db "$DB" audit --id TST-20 | grep -qxF '  هزینهٔ برآوردی (ریال): (خالی) -> "۳۰۰٬۰۰۰٬۰۰۰"'
ok $? "fa: a need's estimated cost too"

"$HAMYAR" --lang en --db "$DB" audit --id TST-41 >"$TMP/en"; ok $? "audit --lang en"
grep -qxF '  amount: "400000000" -> "450000000"' "$TMP/en"; ok $? "en: the values as stored, for scripts"

PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$DB" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$DB" audit --id TST-41 | grep -qxF '  مبلغ (ریال): "400,000,000" -> "450,000,000"'
ok $? "fa, ASCII digits chosen: grouped with commas"
done_testing
