# `user add LOGIN --role hq|admin|auditor` for a clerk or supervisor with a
# county on record takes the county off (the role works with every
# county), as the users' form now does; before, it was dropped without a
# word, the confirmation alone saying «همهٔ شهرستان‌ها».  Now the standard
# error names the county taken off and why, the exit still 0, so scripts
# that change roles go on as before.  --county given such a role is still
# refused (tests/cli/user_add_county_scope.sh), and a clerk or supervisor
# without one still asks for --county.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" user add ali --role clerk --county 'مرند' >/dev/null 2>&1; ok $? "ali: a clerk of Marand"
"$HAMYAR" --db "$DB" user add zahra --role supervisor --county 'عجب‌شير' >/dev/null 2>&1; ok $? "zahra: a supervisor of Ajabshir (ZWNJ, Arabic yeh)"

"$HAMYAR" --db "$DB" user add ali --role hq >"$TMP/out" 2>"$TMP/err"; ok $? "ali made HQ: exit 0"
is "$(cat "$TMP/out")" "کاربر ali تغییر کرد: ستاد استان (همهٔ شهرستان‌ها)" "... confirmed for every county"
grep -v 'حساب یونیکسی' "$TMP/err" >"$TMP/said"
is "$(cat "$TMP/said")" "hamyar: ali دیگر حوزهٔ شهرستان مرند (MRD) را ندارد: ستاد استان با همهٔ شهرستان‌ها کار می‌کند" \
    "... the standard error names the county taken off, and why"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^ali' | cut -f1-3)" "$(printf 'ali\thq\t')" "... recorded with no county"

"$HAMYAR" --lang en --db "$DB" user add zahra --role auditor >/dev/null 2>"$TMP/err"; ok $? "zahra made an auditor"
grep -q "^hamyar: zahra's county Ajabshir (AJB) is taken off: auditor works with every county$" "$TMP/err"
ok $? "... said in English too"

"$HAMYAR" --db "$DB" user add ali --role admin >/dev/null 2>"$TMP/err"; ok $? "ali, HQ with no county, made admin"
grep -q 'حوزهٔ شهرستان' "$TMP/err"; is $? 1 "... nothing said of a county he did not have"

# the reverse: a role that needs a county, none on record, none given
"$HAMYAR" --db "$DB" user add ali --role clerk >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: کارشناس یا سرپرست به --county نیاز دارد: شهرستانی که در آن کار می‌کند" \
    "ali made a clerk without --county: refused, naming --county"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^ali' | cut -f1-3)" "$(printf 'ali\tadmin\t')" "... and left as he was"
done_testing
