# import all of a whole export into an empty database warned on each
# payment on a pledge with no amount marked fulfilled ("the pledge of this
# payment is already fulfilled"): history, the pledge marked fulfilled
# after its payment, not a clerk's slip.  A round trip of a good database
# now comes in without that warning, where the pledge came in the same
# import with its status.  The payments file imported alone on such a
# pledge is still warned about (tests/cli/import_pay_fulfilled.sh).
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
WARN='پیش‌تر ایفا شده است'
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد تبریز' >/dev/null 2>&1 &&
    "$HAMYAR" --db "$DB" demo >/dev/null 2>&1
ok $? "the demo database"
"$HAMYAR" --db "$DB" export all --out "$TMP/x0" >/dev/null 2>&1
D=$(awk -F, 'NR == 2 { print $1 }' "$TMP/x0/donors.csv" | tr -d '\357\273\277')
N=$(awk -F, 'NR > 1 && /approved|in_progress/ { print $1; exit }' "$TMP/x0/needs.csv")
# an equipment pledge given in kind (no amount), a payment of 0 with its
# receipt, then the pledge marked fulfilled
printf 'id,donor,need,type,amount,in_kind,pledged_on,status\nTBZ-9000,%s,%s,equipment,,ده دوربين مداربسته,1404/05/01,pledged\n' "$D" "$N" |
    "$HAMYAR" --db "$DB" import pledges - >/dev/null 2>&1 &&
printf 'id,pledge,paid_on,amount,receipt\nTBZ-9001,TBZ-9000,۱۴۰۴/۰۶/۰۱,0,فیش ۱۲\n' |
    "$HAMYAR" --db "$DB" import payments - >/dev/null 2>&1 &&
printf 'id,donor,need,type,amount,in_kind,pledged_on,status\nTBZ-9000,%s,%s,equipment,,ده دوربين مداربسته,1404/05/01,fulfilled\n' "$D" "$N" |
    "$HAMYAR" --db "$DB" import pledges - >/dev/null 2>&1
ok $? "fixture: pledge TBZ-9000 in kind, its payment TBZ-9001, then marked fulfilled"
"$HAMYAR" --db "$DB" export all --out "$TMP/x" >/dev/null 2>&1; ok $? "export all"
grep -q '^TBZ-9001,TBZ-9000,' "$TMP/x/payments.csv"; ok $? "the payment is in the export"

E="$TMP/e"
"$HAMYAR" --db "$E" init --station TBZ --name 'ستاد تبریز' >/dev/null 2>&1
"$HAMYAR" --db "$E" import all "$TMP/x" >"$TMP/out" 2>&1; ok $? "import all into an empty database"
grep -qF "$WARN" "$TMP/out"; is $? 1 "no warning that the payment's pledge is already fulfilled"
grep -q 'هشدار' "$TMP/out"; is $? 1 "no warning at all: a good database's round trip"
is "$("$HAMYAR" --db "$E" export payments 2>/dev/null | grep -c '^TBZ-9001,TBZ-9000,')" 1 "the payment came in"

# English: the same
E2="$TMP/e2"
"$HAMYAR" --db "$E2" init --station TBZ --name 'ستاد تبریز' >/dev/null 2>&1
"$HAMYAR" --db "$E2" --lang en import all "$TMP/x" >"$TMP/out2" 2>&1; ok $? "en: import all"
grep -qF "already fulfilled" "$TMP/out2"; is $? 1 "en: no 'already fulfilled' warning"

# the payments file alone into the database that has the pledge: the
# pledge did not come with it, the warning stays
E3="$TMP/e3"
"$HAMYAR" --db "$E3" init --station TBZ --name 'ستاد تبریز' >/dev/null 2>&1
mkdir "$TMP/y" && for f in groups units donors needs pledges; do cp "$TMP/x/$f.csv" "$TMP/y/"; done
"$HAMYAR" --db "$E3" import all "$TMP/y" >/dev/null 2>&1; ok $? "import all without payments"
grep '^TBZ-9001,' "$TMP/x/payments.csv" | sed '1i id,pledge,paid_on,amount,receipt,active' >"$TMP/pay.csv"
"$HAMYAR" --db "$E3" import payments "$TMP/pay.csv" >"$TMP/out3" 2>&1
grep -qF "$WARN" "$TMP/out3"; ok $? "a payment imported alone on the fulfilled pledge is still warned about"
done_testing
