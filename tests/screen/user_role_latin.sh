# The role on the users' form typed as `user add --role` takes it, in Latin
# letters: the administrator who types "clerk" gets a clerk.  Before, a
# Latin key was read only on the Persian layout: "clerk" gave مدیر سامانه
# (l is م), an administrator where a clerk was meant, "supervisor" gave
# ستاد استان (HQ) and "sup" حسابرس, each saved by F2 without a word; the
# same in the list of roles that Space opens.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'نام کاربری')"; scr_keys F5
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "F5: a new user's form"
scr_type 'ali'; scr_keys Tab
role() { scr_type "$1"; scr_settle; row_has "$(vis 'نقش*:')" "$(vis "$2")"; }
role clerk 'کارشناس'; ok $? "clerk: کارشناس (not مدیر سامانه)"
row_has "$(vis 'نقش*:')" "$(vis 'مدیر سامانه')"; is $? 1 "... no administrator"
scr_keys Tab BTab; role supervisor 'سرپرست'; ok $? "supervisor: سرپرست (not ستاد استان)"
scr_keys Tab BTab; role sup 'سرپرست'; ok $? "sup: سرپرست (not حسابرس)"
scr_keys Tab BTab; role auditor 'حسابرس'; ok $? "auditor: حسابرس"
scr_keys Tab BTab; role hq 'ستاد استان'; ok $? "hq: ستاد استان"
scr_keys Tab BTab; role admin 'مدیر سامانه'; ok $? "admin: مدیر سامانه"
# a letter on the Persian layout still picks as before: ک
scr_keys Tab BTab; role 'ک' 'کارشناس'; ok $? "ک (Persian) still picks کارشناس"
# in the list of roles (Space) alike: "clerk" and Enter is کارشناس
scr_keys Tab BTab; role admin 'مدیر سامانه'
scr_keys Space; scr_wait "$(vis 'حسابرس')" >/dev/null
scr_type clerk; scr_keys Enter; scr_gone '┌'
row_has "$(vis 'نقش*:')" "$(vis 'کارشناس')"; ok $? "Space, clerk, Enter: کارشناس (not مدیر سامانه)"
scr_keys Space; scr_wait "$(vis 'حسابرس')" >/dev/null
scr_type supervisor; scr_keys Enter; scr_gone '┌'
row_has "$(vis 'نقش*:')" "$(vis 'سرپرست')"; ok $? "Space, supervisor, Enter: سرپرست (not ستاد استان)"
scr_keys Tab BTab; role clerk 'کارشناس'
scr_keys Tab F4; scr_wait "$(vis 'تبریز')"; scr_pick 'تبریز'
scr_gone '┌'
scr_keys F2
if ! getent passwd ali >/dev/null; then
	scr_wait "$(vis 'هشدار در: نام کاربری.')" >/dev/null; scr_keys F2
fi
scr_wait "$(vis 'ذخیره شد: ali')"; ok $? "F2 saves"
"$HAMYAR" --lang en --db "$DB" user list | grep -q "$(printf '^ali\tclerk\tTBZ')"
ok $? "ali is a clerk of Tabriz, not an administrator"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
