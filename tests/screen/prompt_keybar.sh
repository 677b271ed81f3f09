# The bar under a prompt (a box asking one answer: a new stage's title and
# dates, a new payment's date, amount and receipt) names the keys it
# takes: F2 accepts (as Enter does), and after a sequence's first prompt
# Shift-Tab goes back to the one before.  Before, the bar showed only F1
# and F10: accepting and going back were said only in F1.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
bar() { scr_cap | sed -n "${SCR_SIZE#*x}p"; }
ACCEPT=$(vis 'تأیید'); PREV=$(vis 'قبلی')
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22, pledges TST-30 and TST-31"

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_keys F5
scr_wait "$(vis 'پرداخت تازه')"; ok $? "F5: a new payment is asked"
bar | grep -F F2 | grep -qF "$ACCEPT"; ok $? "the bar says F2 accepts"
scr_keys F10; sleep 0.5
scr_keys F10
scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"; ok $? "F10: the need's stages screen"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; ok $? "F5: a new stage's title is asked"
bar | grep -F F2 | grep -qF "$ACCEPT"; ok $? "the bar says F2 accepts"
bar | grep -qF "Shift-Tab"; is $? 1 "no Shift-Tab on the first prompt: there is none before it"
scr_type 'پی‌ریزی'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"; ok $? "the start is asked"
bar | grep -F F2 | grep -qF "$ACCEPT"; ok $? "the bar says F2 accepts"
bar | grep -F Shift-Tab | grep -qF "$PREV"; ok $? "and Shift-Tab goes to the previous prompt"
bar | grep -F F1 | grep -qF F10; ok $? "F1 and F10 are there still"
scr_keys F10; scr_wait "$(vis 'بله')"; scr_keys y
scr_wait "$(vis 'هنوز مرحله‌ای نیست: F5 یکی می‌افزاید.')" >/dev/null

scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "back out, and the program ends"
done_testing
