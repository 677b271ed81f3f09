# A clerk (or supervisor) works in one county: `user add --role clerk`
# without --county is refused, and the users' form refuses it alike, under
# its county field, the user not written.  Before, the form saved a clerk
# with no county at all (the administrator's F5, a login, the role, F2).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'نام کاربری')"; scr_keys F5
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "F5: a new user's form"
scr_type 'ali'; scr_keys Tab Space
scr_wait "$(vis 'کارشناس')"; scr_pick 'کارشناس'
scr_gone '┌'
scr_keys F2
scr_wait "$(vis 'ذخیره نشد')"; ok $? "F2 with no county: not saved"
scr_cap | grep -qF "$(vis 'خطا: کارشناس و سرپرست باید حوزهٔ شهرستان داشته باشند')"
ok $? "the error names the county field"
"$HAMYAR" --db "$DB" user list | grep -q '^ali'; is $? 1 "ali is not written"

scr_keys F4; scr_wait "$(vis 'تبریز')"; scr_pick 'تبریز'
scr_gone '┌'
scr_keys F2
# a login with no Unix account here is warned about (user_no_account.sh):
# F2 saves all the same
if ! getent passwd ali >/dev/null; then
	scr_wait "$(vis 'هشدار در: نام کاربری.')" >/dev/null; scr_keys F2
fi
scr_wait "$(vis 'ذخیره شد: ali')"; ok $? "with Tabriz chosen, saved"
"$HAMYAR" --lang en --db "$DB" user list | grep -q "$(printf '^ali\tclerk\tTBZ')"
ok $? "ali is a clerk of Tabriz"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
