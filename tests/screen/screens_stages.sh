# A need's stages and status, keys only.  From the dashboard, Enter opens
# the top-ranked need; F5 adds stages with planned Jalali dates typed in
# Persian digits; a stage whose planned end has passed is marked overdue
# ("!", bold) and counted; setting its actual end (before the planned end)
# clears that; the timeline draws block characters; F6 offers only the
# steps the workflow of SPEC §3 allows from the current status, and the new
# status is stored.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
scr_keys Enter						# the top-ranked need: TST-20
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; ok $? "Enter on the top-ranked need opens it"
scr_cap | grep -qF "$(vis 'وضعیت: تصویب‌شده')"; ok $? "its status (approved) is shown"
scr_cap | grep -qF "$(vis 'کسری: ۳۰۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "and its gap"
scr_cap | grep -qF "$(vis 'زمینهٔ مشارکت:')"; ok $? "its category under the name the need form gives it (زمینهٔ مشارکت)"
scr_wait "$(vis 'هنوز مرحله‌ای نیست: F5 یکی می‌افزاید.')"; ok $? "no stages yet"
scr_cap | grep -qF "$(vis 'مراحل (خط زمانی')"; is $? 1 "and no timeline span (it would be today to today)"
scr_cap | grep -qF "$(vis 'مراحل')"; ok $? "only the heading"

# A stage planned in the past and not finished: overdue.
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'پی‌ریزی'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_type '۱۴۰۳/۰۲/۰۱'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"
scr_type '1403/3/31'; scr_keys Enter
scr_wait "$(vis 'مرحله افزوده شد.')"; ok $? "F5 adds a stage (dates typed in Persian and ASCII digits)"
row_has "$(vis 'پی‌ریزی')" "۱۴۰۳/۰۲/۰۱"; ok $? "its planned start is shown as a Jalali date in Persian digits"
row_has "$(vis 'پی‌ریزی')" "۱۴۰۳/۰۳/۳۱"; ok $? "and its planned end"
row_has "$(vis 'پی‌ریزی')" "!"; ok $? "a stage past its planned end is marked overdue (!)"
scr_cap | grep -qF "$(vis 'مراحل عقب‌افتاده: ۱')"; ok $? "and counted as overdue"

# A stage planned into the future: not overdue; its bar on the timeline.
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'نازک‌کاری'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_keys Enter	# today
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_type '1449/12/29'; scr_keys Enter
scr_wait "$(vis 'نازک‌کاری')"; ok $? "a second stage"
row_has "$(vis 'نازک‌کاری')" "!"; is $? 1 "a stage that ends in the future is not overdue"
row_has "$(vis 'نازک‌کاری')" "░"; ok $? "its planned span is drawn on the timeline"
"$HAMYAR" --db "$DB" audit --id TST-25 | grep -q "نازک‌کاری"; ok $? "the stage is stored (its audit entry names it)"

# Finish the first stage before its planned end: no longer overdue.
scr_keys Enter
scr_wait "$(vis 'ثبت تاریخ پایان واقعی')"; scr_keys Down Enter
scr_wait "$(vis 'پایان واقعی (سال/ماه/روز):')"
scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_type '1403/03/20'; scr_keys Enter
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "Enter on a stage sets its actual end"
row_has "$(vis 'پی‌ریزی')" "۱۴۰۳/۰۳/۲۰"; ok $? "the actual end is shown"
row_has "$(vis 'پی‌ریزی')" "۱۰۰"; ok $? "and the stage counts as done (100)"
scr_cap | grep -qF "$(vis 'مراحل عقب‌افتاده: ۰')"; ok $? "no stage is overdue any more"
row_has "$(vis 'پی‌ریزی')" "█"; ok $? "its timeline bar is full"

# The workflow: from approved, only in_progress and rejected.
scr_keys F6
scr_wait "$(vis 'وضعیت تازه')"; ok $? "F6 asks for the new status"
scr_cap | grep -qF "$(vis 'در حال اجرا')"; ok $? "in progress is offered"
scr_cap | grep -qF "$(vis 'ردشده')"; ok $? "rejected is offered"
scr_cap | grep -qF "$(vis 'شناسایی‌شده')"; is $? 1 "going back to identified is not"
scr_cap | grep -qF "$(vis 'انجام‌شده')"; is $? 1 "nor skipping to done"
scr_keys Enter
scr_wait "$(vis 'وضعیت اکنون: در حال اجرا')"; ok $? "the need is now in progress"
"$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep -q '^TST-20,.*,in_progress,[A-Z]*,1$'
ok $? "and stored so"
scr_keys F6
scr_wait "$(vis 'وضعیت تازه')"
scr_cap | grep -qF "$(vis 'انجام‌شده')"; ok $? "from in progress, done is offered"
scr_cap | grep -qF "$(vis 'ردشده')"; is $? 1 "and rejected no longer is"
scr_keys Escape
scr_gone "$(vis 'وضعیت تازه')"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
