# A new user's form in a window of 64 columns, as an SSH window from a
# laptop.  The warning under a login with no Unix account takes a third
# row rather than losing its end (what it means: «کاربر نمی‌تواند وارد
# شود.»), and a long error under a reference field likewise; the status
# bar beside «تغییرات ذخیره‌نشده» and «پنجره کوچک‌تر از ۸۰×۲۴» says the
# keyboard of the login whole, «EN (خانهٔ لاتین)», its label left out,
# not «صفحه‌کلید: EN (خا…».  Before, both were cut.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
LOGIN_NEW=zahra_q7
getent passwd "$LOGIN_NEW" >/dev/null && { echo "ok 2 - # SKIP $LOGIN_NEW has a Unix account here"; echo "1..2"; exit 0; }

SCR_SIZE=64x24 scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 9
scr_wait "$(vis 'نام کاربری')" >/dev/null; scr_keys F5
scr_wait "$(vis 'حوزهٔ شهرستان:')"; ok $? "64 columns: a new user's form"
scr_type "$LOGIN_NEW"; scr_keys Tab
scr_wait "$(vis 'در این رایانه حساب یونیکسی')"; ok $? "a login with no Unix account: warned"
scr_wait "$(vis 'کاربر نمی‌تواند وارد شود.')"; ok $? "... the warning whole, its end on a third row"
scr_cap | grep -qF '…'; is $? 1 "... nothing cut"
scr_keys BTab C-t; scr_settle
scr_cap | tail -n 2 | grep -qF "$(vis 'EN (خانهٔ لاتین)')"; ok $? "Ctrl-T on the login: the bar says EN (خانهٔ لاتین) whole"
scr_cap | tail -n 2 | grep -qF "$(vis '۸۰×۲۴')"; ok $? "... beside the window's size"
scr_keys C-t
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'نام کاربری')" >/dev/null; scr_keys F10

# a long error under a need's unit: a number of no record
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'زمینهٔ مشارکت*:')" >/dev/null
scr_type '۹۹۹'; scr_keys Tab
scr_wait "$(vis 'ندارد')"; ok $? "a unit's number of no record: an error"
scr_wait "$(vis 'نامش پیدا می‌کند.')"; ok $? "... whole, how to find it by name at its end"
done_testing
