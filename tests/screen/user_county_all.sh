# HQ, admin and auditors work with every county whatever their record
# says (core/access.c): `user add --role hq --county MRD` is refused
# (tests/cli/user_add_county_scope.sh), and the users' form refuses it
# alike, under the county, naming the role, the user not written.
# Before, the form saved «ستاد استان» with Marand as its county, a limit
# that was not there.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
ALL="$(vis 'خطا: حوزهٔ شهرستان فقط برای کارشناس و سرپرست است')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 9
scr_wait "$(vis 'نام کاربری')" >/dev/null; scr_keys F5
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "F5: a new user's form"
scr_type 'reza'; scr_keys Tab Space
scr_wait "$(vis 'ستاد استان')" >/dev/null; scr_pick 'ستاد استان'
scr_gone '┌'
scr_keys Tab F4; scr_wait "$(vis 'مرند')" >/dev/null; scr_pick 'مرند'
scr_gone '┌'
scr_keys F2
scr_wait "$ALL" 5; ok $? "HQ with Marand: refused under the county, as user add --county is"
scr_cap | grep -qF "$(vis 'استان با همهٔ شهرستان‌ها کار می‌کند')"; ok $? "... naming the role (HQ works with every county)"
scr_cap | grep -qF "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید: حوزهٔ شهرستان.')"; ok $? "... not saved, the status naming the county field"
"$HAMYAR" --db "$DB" user list --all | grep -q '^reza'; is $? 1 "reza is not written"

scr_keys C-u Tab
scr_keys F2
if ! getent passwd reza >/dev/null; then
	scr_wait "$(vis 'هشدار در: نام کاربری.')" >/dev/null; scr_keys F2
fi
scr_wait "$(vis 'ذخیره شد: reza')"; ok $? "the county emptied: saved"
is "$("$HAMYAR" --lang en --db "$DB" user list --all | grep '^reza' | cut -f1-3)" "$(printf 'reza\thq\t')" \
    "reza is HQ with no county"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
