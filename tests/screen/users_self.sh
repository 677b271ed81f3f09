# An administrator who is not the database's owner cannot remove himself on
# the users screen (F8 on his own record): before, the screen let him, and
# he was locked out of the database at once (the CLI's `user remove`
# refused it, the screen did not).  Another admin's record he can remove.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role admin >/dev/null; ok $? "nobody is an admin (not the owner)"
"$HAMYAR" --db "$DB" user add bin --role admin >/dev/null; ok $? "bin another admin"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "nobody opens the program"
scr_keys 9; scr_wait "$(vis 'نام کاربری')"; ok $? "9: the users list"
scr_keys F3; scr_type nobody; scr_keys Enter
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "his own record opens"
scr_cap | grep -qF 'nobody'; ok $? "... it is nobody's"
scr_keys F8; scr_wait "$(vis 'گرفته شود؟')"; ok $? "F8 asks"
scr_keys y
scr_wait "$(vis 'ذخیره نشد')"; ok $? "yes: not done, and the screen says so"
scr_cap | grep -qF "$(vis 'نمی‌توانید خودتان را بردارید')"; ok $? "... saying he cannot remove himself"
"$HAMYAR" --lang en --db "$DB" user list | grep -q '^nobody	admin'; ok $? "nobody is still an admin"
"$HAMYAR" --lang en --db "$DB" audit --id nobody | grep -q 'deactivate'; is $? 1 "and the audit log has no removal of him"
scr_keys F10; scr_wait "$(vis 'نام کاربری')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
# another admin's record (bin, the list's first row): F8 removes it
scr_keys 9; scr_wait "$(vis 'نام کاربری')"; scr_keys Enter
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "bin's record opens"
scr_keys F8; scr_wait "$(vis 'گرفته شود؟')"; scr_keys y
scr_wait "$(vis 'نام کاربری')"; ok $? "yes on another admin's record: back to the list"
"$HAMYAR" --lang en --db "$DB" user list | grep -q '^bin'; is $? 1 "bin is removed"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
