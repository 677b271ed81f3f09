# The users screen (an administrator's): F8 on a user's form asks whether
# to take that user's access away, naming him, his role and county, and
# saying that the login can no longer open the database; on a removed one,
# whether to give it back.  Before, it asked what F8 asks of any record,
# «این رکورد غیرفعال شود؟».  The list (screen 9) says «همهٔ شهرستان‌ها»
# in the county column of a user whose role works with every county (the
# provincial HQ, an auditor, the administrator), as `user add` says it;
# before, the cell was blank.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
"$HAMYAR" --db "$D" user add ali --role clerk --county 'مرند' >/dev/null 2>&1; ok $? "ali is a clerk of Marand"
"$HAMYAR" --db "$D" user add hqu --role hq >/dev/null 2>&1; ok $? "hqu is of the provincial HQ"
"$HAMYAR" --db "$D" user add aud --role auditor >/dev/null 2>&1; ok $? "aud an auditor"
ALL=$(vis 'همهٔ شهرستان‌ها')
scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 9
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_wait hqu >/dev/null
scr_cap | grep -F hqu | grep -qF "$ALL"; ok $? "9: the HQ user's county is «همهٔ شهرستان‌ها»"
scr_cap | grep -F aud | grep -qF "$ALL"; ok $? "... and the auditor's"
scr_cap | grep -F ali | grep -qF "$(vis 'مرند')"; ok $? "... the clerk's his county, مرند"
scr_type ali; scr_wait "$(vis 'کارشناس')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'کاربر ali')" >/dev/null
scr_keys F8; scr_wait "$(vis 'گرفته شود؟')" >/dev/null
scr_cap | grep -F 'ali' | grep -qF "$(vis 'گرفته شود؟')"; ok $? "F8 asks whether to take ali's access away, naming him"
scr_cap | grep -F 'ali' | grep -qF "$(vis 'کارشناس، مرند')"; ok $? "... with his role and county"
scr_cap | grep -qF "$(vis 'دیگر نمی‌تواند این پایگاه داده را باز کند')"; ok $? "... and says the login can no longer open the database"
scr_cap | grep -qF "$(vis 'این رکورد غیرفعال شود؟')"; is $? 1 "... not the question of any record"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
out=$("$HAMYAR" --lang en --db "$D" user list --all | grep '^ali')
is "$out" "$(printf 'ali\tclerk\tMRD\tremoved')" "yes: ali's access is taken away"
scr_keys Enter; scr_wait "$(vis '(غیرفعال)')" >/dev/null
scr_keys F8; scr_wait "$(vis 'بازگردانده شود؟')" >/dev/null
scr_cap | grep -F 'ali' | grep -qF "$(vis 'بازگردانده شود؟')"; ok $? "F8 on ali removed asks whether to give his access back, naming him"
scr_keys n; scr_settle
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
