# A text field's message is of the text it was said for: edited, the
# text is checked again.  A national id of five digits left says «کد ملی
# ۱۰ رقم دارد»; back in it, the id emptied takes the message away at
# once, and a right id typed in its place too, before the field is left.
# Before, the message stayed under the empty or corrected id until the
# clerk left the field (only a reference's went as it was edited).  One
# still wrong says what is wrong with it now: ten digits with a wrong
# check digit no longer say «۱۰ رقم دارد».  An F2 «پر کردن این خانه لازم
# است» goes once the box has text.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
LEN='کد ملی ۱۰ رقم دارد'
NEED='پر کردن این خانه لازم است'
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab Tab; scr_type '۱۲۳۴۵'; scr_keys Tab
scr_wait "$(vis "$LEN")" >/dev/null; ok $? "five digits of a national id: «$LEN» when left"
scr_keys BTab; scr_keys BSpace BSpace BSpace BSpace BSpace; scr_settle
scr_cap | grep -qF "$(vis "$LEN")"; is $? 1 "the id emptied: the message goes at once"
scr_type '12345'; scr_keys Tab; scr_wait "$(vis "$LEN")" >/dev/null
scr_keys BTab; scr_type '67891'; scr_settle
scr_cap | grep -qF "$(vis "$LEN")"; is $? 1 "the id corrected (1234567891): the message goes before the field is left"
scr_cap | grep -qF "$(vis 'خطا:')"; is $? 1 "... and no other error is said"
scr_keys BSpace BSpace BSpace BSpace BSpace; scr_keys Tab; scr_wait "$(vis "$LEN")" >/dev/null
scr_keys BTab; scr_type '67892'; scr_settle
scr_cap | grep -qF "$(vis "$LEN")"; is $? 1 "1234567892 typed on (a wrong check digit): not said to want ten digits"
scr_cap | grep -qF "$(vis 'خطا:')"; ok $? "... but an error is said still"
scr_keys BSpace; scr_type '1'; scr_keys Tab; scr_settle
scr_cap | grep -qF "$(vis 'خطا:')"; is $? 1 "set right and left: no error"
# F2 on the form with no name nor county: «پر کردن این خانه لازم است»
scr_keys BTab BTab BTab; scr_type 'ح'; scr_keys Tab
scr_keys F2; scr_wait "$(vis "$NEED")" >/dev/null; ok $? "F2 without a name: said it is needed"
is "$(scr_cap | grep -cF "$(vis "$NEED")")" 2 "... under the name and the county"
scr_type 'علی'; scr_settle
is "$(scr_cap | grep -cF "$(vis "$NEED")")" 1 "a name typed: its message goes, the county's stays"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; ok $? "the form dropped"
done_testing
