# A clerk types urgency or impact as a word, «زیاد», as he would say it:
# the error under the field names the range the field takes, «امتیازی از
# ۱ تا ۵ بدهید», as a number outside it does.  Before, a word was told
# only «اینجا عدد صحیح لازم است», and the range was found by trying
# numbers (۷ said it).  A progress typed as a word in a stage's prompt is
# told 0 to 100 likewise (core_check_int; tests/core/test_validate.c).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
SCORE=$(vis 'خطا: امتیازی از ۱ تا ۵ بدهید')
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'فوریت*:')"; ok $? "F5: a new need"
scr_keys Tab Tab Tab Tab Tab; scr_type 'زیاد'; scr_keys Tab
scr_wait "$SCORE" 5; ok $? "urgency «زیاد»: the error says 1 to 5"
scr_cap | grep -qF "$(vis 'اینجا عدد صحیح لازم است')"; is $? 1 "... not only that a whole number is expected"
scr_keys BTab C-u; scr_type '۴'; scr_keys Tab; scr_gone "$SCORE"; ok $? "۴: the error goes"
scr_type 'خيلي زياد'; scr_keys Tab
scr_wait "$SCORE" 5; ok $? "impact «خيلي زياد» (Arabic yeh): 1 to 5 too"
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
