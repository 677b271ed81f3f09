# Esc in the prompts of a new payment (F5 on a need's pledges) or a new
# stage (F5 on a need), once an answer is typed, asks before throwing the
# answers away, as a form asks before its changes: yes discards them, no
# (or F10) goes back to the prompt, F2 keeps them as a draft the next F5
# offers again.  Before, one Esc too many on the third prompt threw away
# the date and amount typed in the first two, and their draft with them.
# Esc on the first prompt, nothing answered yet, still just closes it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ASK='پاسخ‌هایی که در این پرسش‌ها نوشته‌اید از دست می‌روند.'
OFFER='دفعهٔ پیش یک فرم ذخیره‌نشده ماند:'
DATE='تاریخ پرداخت (سال/ماه/روز):'
RECEIPT='شمارهٔ رسید:'
bar() { scr_cap | tail -n 1; }

work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture database with a need and two pledges"
work_open "$DB"
work_need_pledges && scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "the pledges of need TST-22"

# nothing answered: Esc closes the first prompt, no question
scr_keys F5; scr_wait "$(vis "$DATE")"
scr_keys Escape; scr_gone "$(vis "$DATE")"; ok $? "Esc on the first prompt closes it"
scr_cap | grep -qF "$(vis "$ASK")"; is $? 1 "... without a question: nothing was answered"

# two answers typed, Esc on the third prompt
scr_keys F5; scr_wait "$(vis "$DATE")"
scr_keys C-u; scr_type '۱۴۰۳/۰۸/۰۵'; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"
scr_keys C-u; scr_type '۱۵٬۰۰۰٬۰۰۰'; scr_keys Enter
scr_wait "$(vis "$RECEIPT")"; scr_type 'ق-۴۲'
scr_keys Escape
scr_wait "$(vis "$ASK")"; ok $? "Esc on the receipt's prompt, date and amount typed: asks first"
scr_cap | grep -qF "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; ok $? "... whether to discard them and go back"
bar | grep -qF "$(vis 'ذخیره')"; ok $? "its bar: F2 keeps them"
bar | grep -qF "$(vis 'بازگشت')"; ok $? "... and F10 back"
scr_keys n
scr_gone "$(vis "$ASK")"; scr_wait "$(vis "$RECEIPT")"; ok $? "n: back to the receipt's prompt"
scr_keys Escape; scr_wait "$(vis "$ASK")" >/dev/null
scr_keys F10
scr_gone "$(vis "$ASK")"; scr_wait "$(vis "$RECEIPT")"; ok $? "F10 on the question: back to the prompt too"
scr_type 'ق-۴۲'; scr_keys Enter
scr_wait "$(vis 'پرداخت ثبت شد؛')"; ok $? "the payment goes on and is recorded"
"$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -q '^TST-[0-9]*,TST-30,1403/08/05,15000000,ق-42,'
ok $? "... with the date and amount typed before the Esc"

# F2 on the question keeps the answers as a draft
scr_keys F5; scr_wait "$(vis "$DATE")"
scr_keys C-u; scr_type '۱۴۰۳/۰۸/۰۹'; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"
scr_keys Escape; scr_wait "$(vis "$ASK")" >/dev/null
scr_keys F2
scr_gone "$(vis 'مبلغ (ریال):')"; ok $? "F2 on the question closes the prompts"
scr_keys F5
scr_wait "$(vis "$OFFER")"; ok $? "... and the next F5 offers the answers kept"
scr_keys y; scr_wait "$(vis "$DATE")"
row_has "│" "۱۴۰۳/۰۸/۰۹"; ok $? "the date prompt holds the date typed"
# a resumed draft's answers are answers too; yes discards them
scr_keys Escape
scr_wait "$(vis "$ASK")"; ok $? "Esc in the resumed prompts asks too"
scr_keys y
scr_gone "$(vis "$DATE")"; ok $? "y: the prompts close"
scr_keys F5; scr_wait "$(vis "$DATE")"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "... and their draft is gone: F5 asks nothing"
scr_keys Escape; scr_gone "$(vis "$DATE")"

# a stage: the title typed, Esc on the planned start
scr_keys F10; scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'نصب ناودان'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_keys Escape
scr_wait "$(vis "$ASK")"; ok $? "a new stage: Esc after the title typed asks first"
scr_keys y
scr_gone "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"; ok $? "y gives the stage up"
"$HAMYAR" --db "$DB" export stages | grep -qF 'نصب ناودان'; is $? 1 "... nothing of it stored"
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
