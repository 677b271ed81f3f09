# A field's message wider than the field area wraps onto a second row
# under it instead of losing its end: at 80 columns, in Persian, the
# pledge form's "a pledge for police spaces or costs needs an amount" is
# read whole; the fields below move down a row.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 5; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "a new pledge form"
scr_keys Tab Tab Space; scr_wait "$(vis 'توسعهٔ فضاهای انتظامی')"; scr_keys Enter
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید')"; ok $? "F2 refuses the form"
scr_cap | grep -qF "$(vis 'خطا: مشارکت در توسعهٔ فضاهای انتظامی یا تأمین هزینه‌ها')"
ok $? "the amount's message starts under the amount"
scr_cap | grep -qF "$(vis 'باید مبلغ داشته باشد')"; ok $? "and its end is on the next row"
n=$(scr_cap | grep -c '…'); is "$n" 0 "no message is cut with an ellipsis"
a=$(scr_cap | grep -nF "$(vis 'باید مبلغ داشته باشد')" | cut -d: -f1)
b=$(scr_cap | grep -nF "$(vis 'کمک غیرنقدی:')" | cut -d: -f1)
is "$b" "$((a + 1))" "the next field (in kind) comes after the message's second row"
done_testing
