# After `user add ali --role clerk --county MRD`, making him supervisor
# with `user add ali --role supervisor` was refused (exit 2, «کارشناس یا
# سرپرست به --county نیاز دارد») though ali already had a county.  A user
# on record with a county keeps it when no --county is given; one without
# a county (an hq user made clerk) is still asked for it.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" user add ali --role clerk --county MRD >/dev/null 2>&1; ok $? "ali added as a clerk of Marand"

"$HAMYAR" --db "$DB" user add ali --role supervisor >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 0 "clerk made supervisor without --county: taken"
is "$(cat "$TMP/out")" "کاربر ali تغییر کرد: سرپرست مرند (MRD)" "... keeping his county, said"
is "$(grep -v 'Unix account\|حساب' "$TMP/err")" "" "... no error"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^ali')" "$(printf 'ali\tsupervisor\tMRD')" "... recorded as supervisor of MRD"

"$HAMYAR" --db "$DB" user add ali --role supervisor >"$TMP/out" 2>/dev/null; rc=$?
is "$rc $(cat "$TMP/out")" "0 کاربر ali از پیش سرپرست مرند (MRD) است: چیزی تغییر نکرد" "the same again: nothing changed"

"$HAMYAR" --db "$DB" user add ali --role clerk --county 'عجب‌شير' >/dev/null 2>&1; ok $? "a --county given still moves him (ZWNJ, Arabic yeh)"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^ali')" "$(printf 'ali\tclerk\tAJB')" "... to Ajabshir"

"$HAMYAR" --db "$DB" user add reza --role hq >/dev/null 2>&1; ok $? "reza added as hq"
"$HAMYAR" --db "$DB" user add reza --role clerk >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: کارشناس یا سرپرست به --county نیاز دارد: شهرستانی که در آن کار می‌کند" "hq made clerk with no county on record: still asked for --county"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^reza')" "$(printf 'reza\thq\t')" "... reza unchanged"
"$HAMYAR" --db "$DB" user add nobody --role clerk >/dev/null 2>&1; is $? 2 "a new clerk without --county: refused"
"$HAMYAR" --db "$DB" user remove ali >/dev/null 2>&1; ok $? "ali removed"
"$HAMYAR" --db "$DB" user add ali --role supervisor >"$TMP/out" 2>/dev/null; rc=$?
is "$rc $(cat "$TMP/out")" "0 کاربر ali دوباره افزوده شد: سرپرست عجب‌شیر (AJB)" "brought back as supervisor: his county kept"
done_testing
