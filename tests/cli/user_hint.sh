# `hamyar user passwd ali`, `user lock ali`, `user role ali supervisor`
# gave only the usage line, though each is something an administrator
# plausibly types.  Each now names the command that does it (exit 2,
# nothing done): hamyar keeps no passwords (passwd as root), `user remove`
# takes access away, `user add` changes a role.  `hamyar passwd ali` and
# `hamyar lock ali` typed as verbs say the same; a word that is not a
# user's thing still gets the usage line.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" user add ali --role clerk --county MRD >/dev/null 2>&1; ok $? "ali, a clerk"
before=$("$HAMYAR" --lang en --db "$DB" user list --all)

"$HAMYAR" --db "$DB" user passwd ali >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: همیار گذرواژه نگه نمی‌دارد: هر کاربر با حساب یونیکس خود وارد می‌شود. گذرواژهٔ تازه را مدیر ایستگاه با حساب root می‌گذارد: passwd ali (کاربر گذرواژهٔ خود را با passwd عوض می‌کند)" \
    "user passwd ali: the password is the system's, set with passwd ali"
is "$(wc -c <"$TMP/out")" 0 "... nothing on standard output"
"$HAMYAR" --lang en --db "$DB" user password ۱ali >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "passwd LOGIN" "user password with no login: LOGIN in its place"

"$HAMYAR" --db "$DB" user lock ali >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: برای گرفتن دسترسی کاربر: hamyar user remove ali (رکورد او و سابقهٔ تغییراتش می‌ماند؛ user add دسترسی را برمی‌گرداند)" \
    "user lock ali: user remove ali"
"$HAMYAR" --lang en --db "$DB" user unlock ali >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: to give a removed user his access back: hamyar user add ali --role ROLE [--county C]" \
    "user unlock ali: user add, in English"

"$HAMYAR" --lang en --db "$DB" user role ali supervisor >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: to change a user's role or county: hamyar user add ali --role supervisor [--county C] (a user already there is changed; a clerk or supervisor keeps his county if none is given)" \
    "user role ali supervisor: user add ali --role supervisor"
"$HAMYAR" --db "$DB" user role ali 'سرپرست' >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "hamyar user add ali --role سرپرست [--county C]" "... a role in Persian kept as typed"
"$HAMYAR" --db "$DB" user role ali boss >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "hamyar user add ali --role ROLE" "... a word that is no role: ROLE"
is "$("$HAMYAR" --lang en --db "$DB" user list --all)" "$before" "nothing was changed"

"$HAMYAR" --db "$DB" passwd ali >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(head -n 1 "$TMP/err")" "2 hamyar: همیار گذرواژه نگه نمی‌دارد: هر کاربر با حساب یونیکس خود وارد می‌شود. گذرواژهٔ تازه را مدیر ایستگاه با حساب root می‌گذارد: passwd ali (کاربر گذرواژهٔ خود را با passwd عوض می‌کند)" \
    "hamyar passwd ali, as a verb: the same"
is "$(wc -l <"$TMP/err")" 1 "... not the list of verbs"
"$HAMYAR" --lang en lock ali >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "hamyar user remove ali" "hamyar lock ali: user remove"
"$HAMYAR" --lang en delete ali >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(head -n 1 "$TMP/err")" "2 hamyar: unknown verb 'delete'" "hamyar delete: a record's word, not a user's: unknown verb as before"
"$HAMYAR" --lang en --db "$DB" user frob ali >/dev/null 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "2 hamyar: usage: hamyar user add" "user frob: the usage line"
done_testing
