# The audit screen (F8) shows the changes one user made: F5 asks for a
# login, the heading says whose they are, and F5 with an empty login
# shows everyone's again; with F3 the two narrow together.  Before, the
# screen could be narrowed by record (F3) and period (F4), not by who.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
ME=$(id -un)
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county مرند >/dev/null; ok $? "nobody is a Marand clerk"
printf 'kind,name,county\nperson,مريم كاظمي‌نژاد,MRD\nperson,Ali رضایی 2,MRD\n' >"$TMP/d.csv"; chmod 644 "$TMP/d.csv"
setpriv --reuid=65534 --regid=65534 --clear-groups -- "$BIN" --db "$DB" import donors "$TMP/d.csv" >/dev/null
ok $? "the clerk imports two donors"
"$HAMYAR" --db "$DB" user add sara --role auditor >/dev/null; ok $? "the owner adds an auditor"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys F8
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۵')"; ok $? "F8: five changes (three users, the owner's among them; two donors)"
scr_cap | grep -F "$(vis 'را افزود')" | grep -qF "  $ME  "; ok $? "... $ME's among them («کاربر sara را افزود»: the verb last, the dashboard's)"
scr_cap | grep -qF "$(vis 'کاربر')F5"; ok $? "the key bar offers F5 کاربر"
scr_keys F5; scr_wait "$(vis 'نام کاربری (خالی: همهٔ کاربران):')"; ok $? "F5 asks for a login"
scr_type nobody; scr_keys Enter
scr_wait "$(vis 'تغییرهای کاربر nobody: ۲')"; ok $? "nobody's changes: two"
is "$(scr_cap | grep -F "$(vis 'خیّر')" | grep -cF 'nobody')" 2 "... both the creation of a donor, by nobody"
scr_cap | grep -F "$(vis 'را افزود')" | grep -qF "  $ME  "; is $? 1 "... and none of $ME's"
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"; scr_type MRD-1; scr_keys Enter
scr_wait "$(vis 'تغییرهای MRD-1 به دست کاربر nobody: ۱')"; ok $? "F3 MRD-1 as well: the one change of MRD-1 by nobody"
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"; scr_keys C-u BSpace BSpace BSpace BSpace BSpace Enter
scr_wait "$(vis 'تغییرهای کاربر nobody: ۲')"; ok $? "F3 emptied: nobody's two again"
scr_keys F5; scr_wait "$(vis 'نام کاربری (خالی: همهٔ کاربران):')"
scr_keys C-u BSpace BSpace BSpace BSpace BSpace BSpace Enter
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۵')"; ok $? "F5 emptied: every user's five"
scr_keys F5; scr_wait "$(vis 'نام کاربری (خالی: همهٔ کاربران):')"; scr_type sara; scr_keys Enter
scr_wait "$(vis 'تغییرهای کاربر sara: ۰')"; ok $? "sara changed nothing: none"
scr_cap | grep -qF "$(vis 'تغییری ثبت نشده است.')"; ok $? "... and the screen says so"
# F3 an id no record has ever had: not «تغییری ثبت نشده است.», as if it
# were a record never changed, but that there is no such record, as
# hamyar audit --id says it (cli/audit_ghost.sh)
scr_keys F5; scr_wait "$(vis 'نام کاربری (خالی: همهٔ کاربران):')"
scr_keys C-u BSpace BSpace BSpace BSpace Enter
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۵')"; ok $? "F5 emptied: every user's five"
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"; scr_type ghost-99; scr_keys Enter
scr_wait "$(vis 'رکوردی با شناسهٔ ghost-99 نیست.')"; ok $? "F3 ghost-99 (no record ever had it): the screen says there is no such record"
scr_cap | grep -qF "$(vis 'تغییری ثبت نشده است.')"; is $? 1 "... not that it has no changes"
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"; scr_keys C-u BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace; scr_type sara; scr_keys Enter
scr_wait "$(vis 'تغییرهای sara: ۱')"; ok $? "F3 sara (a user): her creation"
scr_cap | grep -qF "$(vis 'رکوردی با شناسهٔ')"; is $? 1 "... no word of a missing record"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
