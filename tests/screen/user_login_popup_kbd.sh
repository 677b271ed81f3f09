# A question over a user's login field (Esc's «دور بریزیم؟») with the
# program's Persian keyboard on (Ctrl-T): the login takes Latin whatever
# the toggle says, the question does not (it reads its keys as the toggle
# gives them, n as «د» answering no too), so the status bar says FA over
# it, and EN (خانهٔ لاتین) again once back on the login.  Before, the bar
# said «EN (خانهٔ لاتین)» over the question, which took Persian letters.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
ASK="$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"
bar() { scr_cap | tail -n 2 | head -n 1; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 9
scr_wait "$(vis 'نام کاربری')" >/dev/null; scr_keys F5
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "a new user's form"
scr_keys C-t; scr_type 'ali'; scr_settle
holds "$(bar)" "$(vis 'صفحه‌کلید: EN (خانهٔ لاتین)')" "Ctrl-T on the login: EN, a Latin field"
row_has "$(vis 'نام کاربری*:')" 'ali'; ok $? "... ali typed as ali"
scr_keys Escape; scr_wait "$ASK"; ok $? "Esc: the question whether to discard"
holds "$(bar)" "$(vis 'صفحه‌کلید: FA')" "... the bar says FA over it, as it takes the keys"
scr_cap | tail -n 2 | grep -qF "$(vis 'خانهٔ لاتین')"; is $? 1 "... not the login's Latin"
scr_type 'n'; scr_gone "$ASK"; ok $? "n, arriving as «د», answers no"
scr_settle
holds "$(bar)" "$(vis 'صفحه‌کلید: EN (خانهٔ لاتین)')" "back on the login: EN (خانهٔ لاتین) again"
row_has "$(vis 'نام کاربری*:')" 'ali'; ok $? "... ali still there"
done_testing
