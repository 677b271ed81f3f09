# The prompts of a new payment (F5 on a need's pledges) and of a new stage
# (F5 on a need) keep what was typed as a draft, as a form does: the
# connection drops (SIGHUP) or the program is told to stop (SIGTERM) in the
# middle of them, and the next start, or the next F5 on the same pledge or
# need, offers the typing back; each prompt starts with what was typed in
# it.  A sequence finished, or cancelled with Esc (and yes), leaves no draft.  Before,
# the typing was gone.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
OFFER='دفعهٔ پیش یک فرم ذخیره‌نشده ماند:'
pid_of() { pgrep -f -- "--db $DB\$" | head -n 1; }
gone() {	# waits until process $1 has ended; 0 if it has
	n=50; while [ "$n" -gt 0 ] && [ -n "$1" ] && kill -0 "$1" 2>/dev/null; do sleep 0.1; n=$((n - 1)); done
	[ -n "$1" ] && ! kill -0 "$1" 2>/dev/null
}
drop() {	# the SSH link drops: the terminal goes away (SIGHUP)
	pid=$(pid_of)
	tm kill-server
	gone "$pid"
}
pledges_of_22() {	# from the dashboard: the need TST-22's pledges, TST-30 selected
	work_need_pledges && scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"
}
clear_box() { scr_keys C-u; }

work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture database with a need and two pledges"

# --- a payment, the link dropping in the receipt's prompt ---
work_open "$DB"
pledges_of_22; ok $? "the pledges of need TST-22"
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"
scr_type '۱۴۰۳/۰۷/۱۲'; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"
clear_box; scr_type '۴۰٬۰۰۰٬۰۰۰'; scr_keys Enter
scr_wait "$(vis 'شمارهٔ رسید:')"
scr_type 'R-7'; scr_wait 'R-7'
drop; ok $? "the program ends when the link drops in the middle of a payment"

scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the next start offers the payment typed"
scr_cap | grep -qF "$(vis 'پرداخت تازهٔ تعهد TST-30')"; ok $? "... naming it a new payment on pledge TST-30"
scr_keys y
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; ok $? "resumed: the payment's prompts again"
row_has "│" "۱۴۰۳/۰۷/۱۲"; ok $? "the date prompt holds the date typed, not today's"
scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"
row_has "│" "۴۰٬۰۰۰٬۰۰۰"; ok $? "the amount prompt holds the amount typed, not the rest of the pledge"
scr_keys Enter
scr_wait "$(vis 'شمارهٔ رسید:')"
row_has "│" "R-7"; ok $? "the receipt prompt holds the receipt number half typed when the link dropped"
scr_type '7'; scr_keys Enter
scr_wait "$(vis 'پرداخت ثبت شد؛ تعهد TST-30: بخشی ایفاشده')"; ok $? "the payment is recorded"
scr_cap | grep -qF "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "on the pledges of the need, as when it was begun"
"$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -q '^TST-[0-9]*,TST-30,1403/07/12,40000000,R-77,'
ok $? "stored with the date, amount and receipt typed before and after the drop"
scr_keys F10; scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"; ok $? "F10: the need's screen under it"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "a payment recorded leaves no draft"

# --- SIGTERM in the amount's prompt; put off at the start, offered by F5 ---
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
pledges_of_22
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; scr_keys Enter	# today
scr_wait "$(vis 'مبلغ (ریال):')"
clear_box; scr_type '۲۵۰۰'; scr_wait '۲۵۰۰'
pid=$(pid_of); [ -n "$pid" ] && kill -TERM "$pid"
scr_wait "__EXIT__=0"; ok $? "SIGTERM in the middle of a payment: the program exits cleanly"
scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the draft is offered after SIGTERM too"
scr_keys Escape
scr_gone "$(vis "$OFFER")"; ok $? "Esc: put off, the main menu"
sleep 0.7	# a digit soon after Esc would be an F-key
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
pledges_of_22
scr_keys F5
scr_wait "$(vis "$OFFER")"; ok $? "F5 on the same pledge asks about its draft"
scr_cap | grep -qF "$(vis 'پرداخت تازهٔ تعهد TST-30')"; ok $? "... naming it"
scr_keys y
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"
row_has "│" "۲۵۰۰"; ok $? "the amount half typed at SIGTERM is back"
scr_keys Escape	# its answers typed: asked first (prompt_discard.sh)
scr_wait "$(vis 'پاسخ‌هایی که در این پرسش‌ها نوشته‌اید از دست می‌روند.')" >/dev/null; scr_keys y
scr_gone "$(vis 'مبلغ (ریال):')"; ok $? "Esc (and yes) cancels the payment"
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "cancelled: the next F5 asks nothing, its draft is gone"
scr_keys Escape; scr_gone "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"
scr_keys Down; scr_wait "$(vis 'پرداخت‌های تعهد TST-31')"
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "another pledge's F5 asks nothing either"
scr_keys Escape; scr_gone "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"

# --- a stage, the link dropping in the planned end's prompt ---
scr_keys F10; scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'خرید ایزوگام و قیر'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_type '1404/01/10'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_type '1404/0'; scr_wait '1404/0'
drop; ok $? "the link drops in the middle of a new stage"

scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the next start offers the stage typed"
scr_cap | grep -qF "$(vis 'مرحلهٔ تازهٔ نیاز TST-22')"; ok $? "... naming it a new stage of need TST-22"
scr_keys y
scr_wait "$(vis 'عنوان:')"
row_has "│" "$(vis 'خرید ایزوگام و قیر')"; ok $? "the title prompt holds the title typed"
scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
row_has "│" "1404/01/10"; ok $? "the planned start holds the date typed, not today's"
scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"
row_has "│" "1404/0"; ok $? "the planned end holds what was half typed"
scr_type '2/20'; scr_keys Enter
scr_wait "$(vis 'مرحله افزوده شد.')"; ok $? "the stage is added"
scr_cap | grep -qF "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"; ok $? "on the need's screen, as when it was begun"
row_has "۱۴۰۴/۰۱/۱۰" "۱۴۰۴/۰۲/۲۰"; ok $? "with the planned start and end typed"
"$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep -q ',TST-22,خرید ایزوگام و قیر,1404/01/10,1404/02/20,'
ok $? "stored with the title and dates typed before and after the drop"

# --- "No" discards a stage's draft; SIGHUP as the tests of forms send it ---
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'نصب ناودان'
scr_wait "$(vis 'نصب ناودان')"
pid=$(pid_of); [ -n "$pid" ] && kill -HUP "$pid"
gone "$pid"; ok $? "SIGHUP in the title's prompt"
scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the stage's title is offered back"
scr_keys n
scr_gone "$(vis "$OFFER")"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F3; scr_type 'تعمیر'; scr_wait "TST-22"; scr_keys Enter
scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"
scr_keys F5
scr_wait "$(vis 'عنوان:')"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "No discarded it: F5 asks nothing"
row_has "│" "$(vis 'نصب ناودان')"; is $? 1 "and the title prompt is empty"
scr_keys Escape; scr_gone "$(vis 'عنوان:')"
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
