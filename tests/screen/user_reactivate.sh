# The admin takes a clerk's access away on the users screen (F8 in his
# form), as «user remove» does.  Opened again, the user's form says he is
# removed (its title and its status line) and F8 gives his access back,
# as «user add» would.  Before, the form looked like an active user's, F8
# offered to deactivate him again, and F5 with his login was refused as
# "already exists": from the screen there was no way back.  The user
# form's help says where a password is changed (Hamyar has none).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
"$HAMYAR" --db "$D" user add ali --role clerk --county 'مرند' >/dev/null; ok $? "ali is a clerk of Marand"
"$HAMYAR" --db "$D" user remove ali >/dev/null; ok $? "ali's access taken away (user remove)"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'جست‌وجو:')"; scr_type ali
scr_wait "$(vis 'کارشناس')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'کاربر ali (غیرفعال)')"; ok $? "the removed user's form says so in its title"
scr_wait "$(vis 'این کاربر غیرفعال است و به برنامه دسترسی ندارد؛ F8 دوباره فعالش می‌کند.')"
ok $? "... and its status line says F8 gives the access back"
scr_cap | tail -n 1 | grep -qF "$(vis 'F8فعال‌سازی')"; ok $? "the key bar offers F8 to activate"
scr_keys F1
scr_wait "passwd"; ok $? "the user form's help names passwd"
scr_cap | grep -qF "$(vis 'همیار گذرواژه‌ای از خود ندارد')"; ok $? "... and says Hamyar has no password of its own"
scr_keys Escape
scr_keys F8
scr_wait "$(vis 'به این پایگاه داده بازگردانده شود؟')"; ok $? "F8 asks whether to make it active again"
scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "back on the users' list"
out=$("$HAMYAR" --lang en --db "$D" user list | grep '^ali'); ok $? "user list holds ali again"
is "$out" "$(printf 'ali\tclerk\tMRD')" "... a clerk of Marand, as before"
"$HAMYAR" --lang en --db "$D" audit --id ali | grep -q 'root restore user "ali"'
ok $? "the audit log says the user was restored"
scr_keys Enter
scr_wait "$(vis 'کاربر ali')"; scr_cap | grep -qF "$(vis '(غیرفعال)')"; is $? 1 "opened again: no longer marked removed"
scr_cap | tail -n 1 | grep -qF "$(vis 'F8غیرفعال‌سازی')"; ok $? "... and F8 deactivates again"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
