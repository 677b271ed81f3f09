# A clerk may not read the audit log: F8 in the main menu says so, and its
# key bar offers only F1 and F10, as the sync conflicts' screen does for one
# who may not decide them.  Before, it offered F3 (record), F4 (period) and
# F5 (user), and F3 and F5 asked for a record's id or a login only to be
# refused again.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name "ایستگاه تبریز" >/dev/null 2>&1; ok $? "init"
scr_nobody_user clerk TBZ "a Tabriz clerk"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the clerk opens the program"
scr_keys F8
scr_wait "$(vis 'گزارش تغییرات را فقط حسابرسان')"; ok $? "F8: told who may read the audit log"
scr_settle
bar=$(scr_cap | tail -n 1)
printf '%s\n' "$bar" | grep -qF "$(vis 'راهنما')"; ok $? "the key bar offers F1"
printf '%s\n' "$bar" | grep -qF "$(vis 'بازگشت')"; ok $? "... and F10"
printf '%s\n' "$bar" | grep -qE 'F[345]'; is $? 1 "... and no F3, F4 or F5"
scr_keys F3; scr_settle
scr_cap | grep -qF "$(vis 'شناسهٔ رکورد')"; is $? 1 "F3 asks for no record id"
scr_cap | grep -qF "$(vis 'گزارش تغییرات را فقط حسابرسان')"; ok $? "... the refusal stays"
scr_keys F5; scr_settle
scr_cap | grep -qF "$(vis 'نام کاربری (خالی')"; is $? 1 "F5 asks for no login"
# F1 there describes what the clerk can do there, not F3, F4 and F5.
scr_keys F1; scr_wait "$(vis 'نقش شما اجازهٔ خواندن آن را ندارد')"; ok $? "F1: the help says his role may not read the log"
scr_cap | grep -qE 'F[345]'; is $? 1 "... and describes no F3, F4 or F5"
scr_cap | grep -qF 'F10'; ok $? "... but F10"
scr_keys Escape; scr_settle
scr_cap | grep -qF "$(vis 'گزارش تغییرات را فقط حسابرسان')"; ok $? "Esc: back to the refusal"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; ok $? "F10 goes back"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
