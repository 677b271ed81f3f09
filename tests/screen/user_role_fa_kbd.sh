# The role on the users' form typed in Latin words with the program's
# Persian keyboard on (Ctrl-T; the status bar says FA): the keys arrive as
# Persian letters («زمثقن» for "clerk"), and are read back as the keys
# that gave them, so "clerk" is a clerk.  Before, «م» (the l of "clerk")
# picked مدیر سامانه, an administrator where a clerk was meant, and
# "supervisor" gave ستاد استان (HQ, all counties), each saved by F2 without
# a word; the same in the list of roles that Space opens.  A Persian
# letter still picks as before (ک: کارشناس).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'نام کاربری')"; scr_keys F5
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "F5: a new user's form"
scr_type 'reza'; scr_keys Tab
scr_keys C-t; scr_wait "$(vis 'صفحه‌کلید: FA')"; ok $? "Ctrl-T: the Persian keyboard (FA)"
role() { scr_type "$1"; scr_settle; row_has "$(vis 'نقش*:')" "$(vis "$2")"; }
role clerk 'کارشناس'; ok $? "clerk on the Persian keyboard: کارشناس"
row_has "$(vis 'نقش*:')" "$(vis 'مدیر سامانه')"; is $? 1 "... not مدیر سامانه"
scr_keys Tab BTab; role supervisor 'سرپرست'; ok $? "supervisor: سرپرست (not ستاد استان)"
scr_keys Tab BTab; role auditor 'حسابرس'; ok $? "auditor: حسابرس"
scr_keys Tab BTab; role hq 'ستاد استان'; ok $? "hq: ستاد استان"
scr_keys Tab BTab; role admin 'مدیر سامانه'; ok $? "admin: مدیر سامانه"
scr_keys Tab BTab; role 'ک' 'کارشناس'; ok $? "ک (Persian) still picks کارشناس"
scr_keys Tab BTab; role 'س' 'س'; row_has "$(vis 'نقش*:')" "$(vis 'کارشناس')"; is $? 1 "... and س picks another (a role beginning with س)"
# in the list of roles (Space) alike
scr_keys Tab BTab; role admin 'مدیر سامانه'
scr_keys Space; scr_wait "$(vis 'حسابرس')" >/dev/null
scr_type supervisor; scr_keys Enter; scr_gone '┌'
row_has "$(vis 'نقش*:')" "$(vis 'سرپرست')"; ok $? "Space, supervisor, Enter: سرپرست (not ستاد استان)"
scr_keys Space; scr_wait "$(vis 'حسابرس')" >/dev/null
scr_type clerk; scr_keys Enter; scr_gone '┌'
row_has "$(vis 'نقش*:')" "$(vis 'کارشناس')"; ok $? "Space, clerk, Enter: کارشناس"
scr_keys Tab F4; scr_wait "$(vis 'تبریز')"; scr_pick 'تبریز'
scr_gone '┌'
scr_keys F2
if ! getent passwd reza >/dev/null; then
	scr_wait "$(vis 'هشدار در: نام کاربری.')" >/dev/null; scr_keys F2
fi
scr_wait "$(vis 'ذخیره شد: reza')"; ok $? "F2 saves"
"$HAMYAR" --lang en --db "$DB" user list | grep -q "$(printf '^reza\tclerk\tTBZ')"
ok $? "reza is a clerk of Tabriz, not an administrator"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
