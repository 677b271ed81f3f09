# A new user's login typed with the program's Persian keyboard on (Ctrl-T;
# the status bar says FA): a login is Latin, so the field takes the keys
# as typed and the status bar says EN there (a Latin field); the role
# after it goes on in Persian.  A login typed with the system's Persian
# layout («شمه») is read as the keys that gave it (ali).  Before, "ali"
# showed «شمه» and the error said only that a login is lower-case Latin.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
LOGIN="$(vis 'نام کاربری*:')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 9
scr_wait "$(vis 'نام کاربری')" >/dev/null; scr_keys F5
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "F5: a new user's form"
scr_keys C-t; scr_settle
scr_cap | tail -n 2 | grep -qF "$(vis 'صفحه‌کلید: EN (خانهٔ لاتین)')"
ok $? "Ctrl-T on the login: the status bar says EN, a Latin field"
scr_type 'ali'; scr_settle
row_has "$LOGIN" "ali"; ok $? "ali typed with the Persian keyboard on shows ali"
row_has "$LOGIN" "$(vis 'شمه')"; is $? 1 "... not «شمه»"
scr_keys Tab; scr_settle
scr_cap | grep -qF "$(vis 'کوچک لاتین')"; is $? 1 "... and no error about lower-case Latin"
scr_cap | tail -n 2 | grep -qF "$(vis 'صفحه‌کلید: FA')"; ok $? "on the role: FA again"
scr_type 'ک'; scr_settle
row_has "$(vis 'نقش*:')" "$(vis 'کارشناس')"; ok $? "... and ک picks کارشناس"
# the system's Persian layout: the letters are read back as keys
scr_keys BTab C-u C-t; scr_settle
scr_cap | tail -n 2 | grep -qF "$(vis 'صفحه‌کلید: EN')"; ok $? "Ctrl-T off: EN"
scr_type 'شمه۲'; scr_settle
row_has "$LOGIN" "ali2"; ok $? "«شمه۲» from the system's Persian layout goes in as ali2"
scr_keys C-u; scr_type 'ali'
scr_keys Tab Tab F4; scr_wait "$(vis 'تبریز')" >/dev/null; scr_pick 'تبریز'
scr_gone '┌' >/dev/null
scr_keys F2
if ! getent passwd ali >/dev/null; then
	scr_wait "$(vis 'هشدار در: نام کاربری.')" >/dev/null; scr_keys F2
fi
scr_wait "$(vis 'ذخیره شد: ali')"; ok $? "F2 saves ali"
"$HAMYAR" --lang en --db "$DB" user list | grep -q "$(printf '^ali\tclerk\tTBZ')"
ok $? "ali is a clerk of Tabriz"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "quits"
done_testing
