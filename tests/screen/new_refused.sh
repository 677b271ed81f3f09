# F5 on a list whose new record the user may never save is refused at once,
# with the reason, in the list's status line: a supervisor on the users'
# list, an auditor on any list.  Before, the form opened, he typed it all,
# and F2 refused it.  A clerk's F5 on his own kinds still opens the form.
# (keys only, as another real uid: nobody through setpriv; root only)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
scr_share_db

as_nobody_tui() { scr_start_nobody "$DB" && scr_wait "$(vis 'منوی اصلی')"; }

"$HAMYAR" --db "$DB" user add nobody --role supervisor --county TBZ >/dev/null; ok $? "nobody is Tabriz's supervisor"
as_nobody_tui; ok $? "the supervisor starts the program"
scr_keys 9; scr_wait "nobody"; ok $? "the users' list"
scr_settle; b=$(scr_cap | tail -n 1)
holds "$b" "F3" "... its bar offers F3 (search)"
case $b in *F5*) ok 1 "... and no F5: he may not add users"; echo "# $b" ;; *) ok 0 "... and no F5: he may not add users" ;; esac
scr_keys F5; scr_settle
scr_cap | grep -qF "$(vis 'جست‌وجو:')"; ok $? "F5 opens no user form for a supervisor: the list stays"
scr_cap | grep -qF "$(vis 'مدیر')"; ok $? "the status line says who may (the admin)"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"; ok $? "F5 on the donors' list still opens a donor form for him"
scr_keys Escape; scr_settle; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"

# Another county's record opens to read only, saying why, and nothing typed
# changes it (before, he could edit it all and only F2 refused).
scr_keys 4; scr_wait "TST-20"
scr_type 'TST-22'; scr_settle; scr_keys Enter
scr_wait "$(vis 'تعمیر سقف پاسگاه')"; ok $? "Ahar's need TST-22 opens for Tabriz's supervisor"
scr_cap | grep -qF "$(vis '(فقط‌خواندنی)')"; ok $? "its title says read only"
scr_cap | grep -qF "$(vis 'اهر')"; ok $? "and the status line names the county it belongs to"
scr_keys Tab Tab; scr_type 'xyz'; scr_keys BSpace C-u; scr_settle
scr_cap | grep -qF 'xyz'; is $? 1 "typing changes nothing"
scr_cap | grep -qF "$(vis 'تعمیر سقف پاسگاه')"; ok $? "Backspace and Ctrl-U leave the title as it was"
scr_cap | grep -qF "$(vis 'تغییرات ذخیره‌نشده')"; is $? 1 "and the form is not marked changed"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"; ok $? "F10 goes straight back: nothing to discard"
scr_keys Escape; scr_settle
scr_type 'TST-20'; scr_settle; scr_keys Enter
scr_wait "$(vis 'ساخت اتاق نگهبانی')"; ok $? "his own county's need TST-20 opens"
scr_cap | grep -qF "$(vis 'فقط‌خواندنی')"; is $? 1 "not read only"
scr_keys F10; scr_settle; scr_keys F10; scr_keys F10
scr_wait "__EXIT__=" >/dev/null

"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null; ok $? "nobody is now an auditor"
as_nobody_tui; ok $? "the auditor starts the program"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"; ok $? "the donors' list"
scr_keys F5; scr_settle
scr_cap | grep -qF "$(vis 'کد ملی:')"; is $? 1 "F5 opens no donor form for an auditor"
scr_cap | grep -qF "$(vis 'جست‌وجو:')"; ok $? "the list stays"
scr_cap | grep -qF "$(vis 'فقط')"; ok $? "the status line says he may only read"
scr_type 'فولاد'; scr_settle; scr_keys Enter
scr_wait "$(vis 'کد ملی:')"; ok $? "a stored donor opens for the auditor"
scr_cap | grep -qF "$(vis '(فقط‌خواندنی)')"; ok $? "to read only"
scr_keys F10; scr_keys F10
done_testing
