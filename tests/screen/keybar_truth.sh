# The key bar offers only what its keys do.  On a need's pledges screen
# with no pledge F5 (payment) and F8 (cancel pledge) have nothing to act
# on; on a cancelled pledge F8 has nothing left to cancel (F5 still takes a
# payment, after a warning).  In a ceremony with no donor F6 has no letter
# to write.  Before, the bar offered them all the same and the keys did
# nothing, without a word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22 with pledges TST-30 and TST-31, TST-20 with none"
bar() { scr_cap | tail -n 1; }
PAY="$(vis 'پرداخت')"; CANCEL="$(vis 'لغو تعهد')"; LETTER="$(vis 'تقدیرنامه')"

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"
bar | grep -qF "$PAY"; ok $? "on a pledge: F5 payment offered"
bar | grep -qF "$CANCEL"; ok $? "and F8 cancel pledge"
scr_keys F8; scr_wait "$(vis 'این تعهد لغو شود؟')"; scr_keys y
scr_wait "$(vis 'تعهد لغو شد: TST-30')"; ok $? "TST-30 cancelled"
bar | grep -qF "$CANCEL"; is $? 1 "on the cancelled pledge F8 is no longer offered"
bar | grep -qF "$PAY"; ok $? "F5 still is"
scr_keys Down; scr_wait "$(vis 'پرداخت‌های تعهد TST-31')"
bar | grep -qF "$CANCEL"; ok $? "on the next pledge F8 is offered again"
work_pledges_quit; ok $? "back out, and the program ends"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F3; scr_type 'نگهبانی'
scr_wait "TST-20"; scr_settle; scr_keys F7
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; scr_keys F7
scr_wait "$(vis 'هنوز تعهدی برای این نیاز نیست.')"; ok $? "the pledges of need TST-20: none"
bar | grep -qF "$PAY"; is $? 1 "F5 payment is not offered"
bar | grep -qF "$CANCEL"; is $? 1 "nor F8 cancel pledge"
bar | grep -qF "$(vis 'بازگشت')"; ok $? "F10 back is"

# A ceremony: no letter before it has a donor.
scr_keys F10; scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F7
scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'تجليل از خيّرين هفتهٔ ناجا'; scr_keys Enter
scr_wait "$(vis 'مکان:')"; scr_type 'سالن ۲۲ بهمن'; scr_keys Enter
scr_wait "$(vis 'تاریخ برگزاری (سال/ماه/روز):')"; scr_keys C-u; scr_type '1403/12/30'; scr_keys Enter
scr_wait "$(vis 'هنوز از خیّری تجلیل نشده: F5 یکی می‌افزاید.')"; ok $? "a ceremony with no donor yet"
bar | grep -qF "$LETTER"; is $? 1 "F6 letter is not offered"
bar | grep -qF "$(vis 'افزودن خیّر')"; ok $? "F5 add donor is"
scr_keys F5; scr_type 'قند'; scr_wait "TST-12"; scr_keys Enter
scr_wait "$(vis 'خیّر افزوده شد: TST-12')"; ok $? "a donor with pledges honoured"
bar | grep -qF "$LETTER"; ok $? "now F6 letter is offered"
done_testing
