# The admin adds a user whose login has no Unix account on this computer
# (a login mistyped, «alli» for «ali», or the account not made yet): he
# is warned that the person cannot sign in until the account exists, and
# where its password is set (Hamyar has none), on the standard error; the
# user is added all the same (README's order: user add, then useradd),
# exit 0.  Before, nothing was said and the mistyped login sat in the
# table while the real one was refused.  A login that has an account
# (root, nobody) is added without a word more.
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
nouser=hmyr-nouser-$$
getent passwd "$nouser" >/dev/null; is $? 2 "no account $nouser here"
"$HAMYAR" --db "$DB" user add "$nouser" --role clerk --county 'مرند' >"$TMP/out" 2>"$TMP/err"
ok $? "user add of a login with no account succeeds"
grep -qF "کاربر $nouser افزوده شد" "$TMP/out"; ok $? "... said added"
grep -qF "هشدار: حساب یونیکسی «$nouser» در این رایانه نیست" "$TMP/err"; ok $? "warned that the account is missing: $(cat "$TMP/err")"
grep -qF 'passwd' "$TMP/err"; ok $? "... naming passwd for its password"
"$HAMYAR" --lang en --db "$DB" user add "$nouser" --role supervisor --county MRD >/dev/null 2>"$TMP/err"
ok $? "changed to supervisor"
grep -qF "warning: there is no Unix account '$nouser' on this computer" "$TMP/err"; ok $? "in English: $(cat "$TMP/err")"
"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null 2>"$TMP/err"; ok $? "nobody as auditor"
is "$(cat "$TMP/err")" "" "an account that exists: no warning"
done_testing
