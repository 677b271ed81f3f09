# Logins and station codes as an administrator types them over SSH.  A
# station code with the Persian layout on (TB۲, tb۲) is TB2, as ids are
# read: before, «TB۲» کد ایستگاه نیست.  A login typed with capitals when
# the user (or the account) is the lower-case one is refused saying which
# was meant («کاربر ALI نیست؛ ali را می‌خواستید؟»), not only with the
# login rule; Unix logins tell case apart, so ALI is not taken as ali.  A
# login's Persian digits are ASCII (ali۲ is ali2).
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station 'tb۲' --name "ایستگاه آزمایشی" >"$TMP/out" 2>&1; ok $? "init --station tb۲ ($(cat "$TMP/out"))"
holds "$(cat "$TMP/out")" "TB2" "... station TB2"
"$HAMYAR" --db "$DB" sync key >"$TMP/out" 2>&1
holds "$(head -n 1 "$TMP/out")" "TB2" "sync key: the station is TB2, ASCII, upper case"
"$HAMYAR" --db "$TMP/db2" init --station 'TB٣' >/dev/null 2>&1; ok $? "init --station TB٣ (Arabic-Indic digit)"
"$HAMYAR" --db "$TMP/db3" init --station 'تبریز' >/dev/null 2>"$TMP/err"; is $? 1 "init --station تبریز: still no station code"
holds "$(cat "$TMP/err")" "کد ایستگاه نیست" "... said so"
# sync trust and export --to read a station code alike
"$HAMYAR" --db "$TMP/db2" sync trust 'tb۲' "$("$HAMYAR" --db "$DB" sync key | tail -n 1)" >"$TMP/out" 2>&1
ok $? "sync trust tb۲ at TB3 ($(cat "$TMP/out"))"
holds "$(cat "$TMP/out")" "TB2" "... trusts TB2"
"$HAMYAR" --db "$TMP/db2" sync export --to 'Tb۲' --out "$TMP/b" >/dev/null 2>&1; ok $? "sync export --to Tb۲"
"$HAMYAR" --db "$TMP/db2" sync status >"$TMP/out" 2>&1
grep -q '^TB2:' "$TMP/out"; ok $? "... a bundle for TB2"
printf 'kind,name,county,mobile\nperson,علی‌رضا کریمی,TBZ,09141234567\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1
"$HAMYAR" --db "$DB" audit --id TB2-1 >/dev/null 2>&1; ok $? "the donor is TB2-1"

"$HAMYAR" --db "$DB" user add ali --role hq >/dev/null 2>&1; ok $? "user add ali"
"$HAMYAR" --db "$DB" user remove ALI >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: کاربر ALI نیست؛ ali را می‌خواستید؟ (نام‌های کاربری با حروف کوچک‌اند)" \
    "user remove ALI: no such user, ali meant?"
"$HAMYAR" --lang en --db "$DB" user remove ALI >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: there is no user ALI; did you mean ali? (logins are lower case)" "... in English"
"$HAMYAR" --db "$DB" user add ALI --role clerk --county TBZ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: کاربر ALI نیست؛ ali را می‌خواستید؟ (نام‌های کاربری با حروف کوچک‌اند)" \
    "user add ALI: not made, ali meant?"
"$HAMYAR" --db "$DB" user list >"$TMP/out"
grep -q "^ALI$(printf '\t')" "$TMP/out"; is $? 1 "... no user ALI"
"$HAMYAR" --db "$DB" user remove BOB >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 1 "user remove BOB, with no bob: refused"
holds "$(cat "$TMP/err")" "حروف کوچک لاتین" "... with the login rule"
"$HAMYAR" --db "$DB" audit --user ALI >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: کاربر ALI نیست؛ ali را می‌خواستید؟ (نام‌های کاربری با حروف کوچک‌اند)" \
    "audit --user ALI: ali meant?"

"$HAMYAR" --db "$DB" user add 'ali۲' --role hq >"$TMP/out" 2>/dev/null; ok $? "user add ali۲"
"$HAMYAR" --db "$DB" user list >"$TMP/out"
grep -q "^ali2$(printf '\t')" "$TMP/out"; ok $? "... is ali2"
"$HAMYAR" --db "$DB" user remove 'ali٢' >"$TMP/out" 2>&1; ok $? "user remove ali٢ (Arabic-Indic): ali2 removed"
holds "$(cat "$TMP/out")" "ali2" "... named ali2"
"$HAMYAR" --lang en --db "$DB" audit --id 'ali۲' >"$TMP/out" 2>&1; ok $? "audit --id ali۲"
is "$(grep -c ' user "ali2"$' "$TMP/out")" 2 "... ali2's two entries, added and removed"
done_testing
