# A need marked done while its stages are not all at 100 percent: the
# question before the final status (tui_need_final_ok, on F6 of the need's
# screen and on F2 of its form) says how many of its stages are not
# complete yet, and how many of those are past their planned end: «۲
# مرحله از ۳ مرحلهٔ آن هنوز کامل نشده است».  Before, done was taken with
# no word of the stages.  «n» changes nothing (the form stays, unsaved);
# «y» saves.  A need whose stages are all at 100 percent is asked only
# whether to take the final step, with nothing said of its stages.  The
# need's screen counts the overdue stages as the question does (one
# definition, core_stage_overdue), and the question's figures follow the
# user's digits.
# HAMYAR_TODAY fixes today at 1403/08/01.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1403/08/01
work_fixture "$DB"; ok $? "fixture database made with the CLI"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'TST-40,TST-1,equipment,خرید بی‌سیم و آموزش,50000000,3,3,1403/02/01,in_progress'
	echo 'TST-41,TST-2,space,نقاشی پاسگاه,20000000,2,2,1403/02/01,in_progress'
} >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "two needs in progress"
# TST-40: one stage done (late, but done), one at 40% past its planned
# end, one at 0% still ahead; TST-41: its one stage at 100%
{
	echo 'need,title,planned_start,planned_end,actual_end,progress'
	echo 'TST-40,خرید دستگاه‌ها,1403/03/01,1403/04/01,1403/04/10,100'
	echo 'TST-40,نصب,1403/04/01,1403/05/01,,40'
	echo 'TST-40,آموزش كاربران,1403/05/01,1403/12/01,,0'
	echo 'TST-41,رنگ‌آمیزی,1403/03/01,1403/04/01,1403/04/01,100'
} >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "their stages"
status() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $11 }'; }
UNDONE=$(vis '۲ مرحله از ۳ مرحلهٔ آن هنوز کامل نشده است')
LATE=$(vis 'از این میان، ۱ مرحله از برنامه عقب افتاده است.')
LABEL=$(vis 'تاریخ شناسایی*:')

# open need $1 from the needs list (main menu 4, a new search): its form
# (Enter) or its screen (F7)
open_need() {
	scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F3; scr_type "$1"; scr_wait "$1" >/dev/null; scr_keys "$2"
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"

# F6 on the need's screen
open_need TST-40 F7
scr_wait "$(vis 'نیاز TST-40: خرید بی‌سیم و آموزش')"; ok $? "TST-40's screen"
scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_pick 'انجام‌شده'
scr_wait "$(vis 'وضعیت نیاز TST-40 «انجام‌شده» شود؟')"; ok $? "F6, done: asked"
scr_cap | grep -qF "$UNDONE"; ok $? "... saying 2 of its 3 stages are not complete yet"
scr_cap | grep -qF "$LATE"; ok $? "... and 1 of those is past its planned end (not the late one at 100%)"
scr_keys n; scr_gone "$UNDONE"; ok $? "«n» closes the question"
scr_cap | grep -qF "$(vis 'وضعیت: در حال اجرا')"; ok $? "... the screen still says in progress"
is "$(status TST-40)" in_progress "... and so does the database"
# the screen counts the overdue stages as the question does: the one at
# 40% past its planned end, not the one finished late (at 100%, done);
# before, it said 2
scr_cap | grep -qF "$(vis 'مراحل عقب‌افتاده: ۱')"; ok $? "... whose overdue count is 1, as the question's"
scr_cap | grep -F "$(vis 'خرید دستگاه‌ها')" | grep -q '!'; is $? 1 "... the stage finished late is not marked overdue"
scr_cap | grep -F "$(vis 'نصب')" | grep -q '!'; ok $? "... the one at 40% is"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# with ASCII digits chosen (settings, F9), the question says its figures
# in them, in the words of the import's warning (import_done_stages.sh),
# which says them in ASCII: one sentence (tui_need_stages_text)
scr_keys F9; scr_wait "$(vis 'ارقام: فارسی (تغییر به لاتین)')" >/dev/null
scr_pick 'ارقام: فارسی (تغییر به لاتین)'; scr_settle
open_need TST-40 F7
scr_wait "$(vis 'نیاز TST-40: خرید بی‌سیم و آموزش')" >/dev/null
scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_pick 'انجام‌شده'
scr_wait "$(vis '2 مرحله از 3 مرحلهٔ آن هنوز کامل نشده است')"; ok $? "ASCII digits: «2 مرحله از 3 مرحلهٔ آن»"
scr_cap | grep -qF "$(vis 'از این میان، 1 مرحله از برنامه عقب افتاده است.')"; ok $? "... «از این میان، 1 مرحله»"
scr_keys n; scr_settle
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F9; scr_wait "$(vis 'ارقام: لاتین (تغییر به فارسی)')" >/dev/null
scr_pick 'ارقام: لاتین (تغییر به فارسی)'; scr_settle

# F2 on the need's form: «n» keeps the form, unsaved; «y» saves
open_need TST-40 Enter
scr_wait "$LABEL"; ok $? "TST-40's form"
# the status is the field after the identification date
scr_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab; scr_settle
scr_keys F4; scr_wait "$(vis 'انجام‌شده') │" >/dev/null
scr_pick 'انجام‌شده'; scr_settle
scr_keys F2
scr_wait "$UNDONE"; ok $? "F2 with the status set to done asks, naming the stages not complete"
scr_keys n
scr_wait "$(vis 'ذخیره نشد: وضعیت پایانی فقط پس از پاسخ «بله» ذخیره می‌شود.')"
ok $? "«n»: not saved, and the form says why"
scr_cap | grep -qF "$LABEL"; ok $? "... the form is still open"
row_has "$(vis 'وضعیت*:')" "$(vis 'انجام‌شده')"; ok $? "... with done still chosen in it"
is "$(status TST-40)" in_progress "... the database still says in progress"
scr_keys F2; scr_wait "$UNDONE" >/dev/null; scr_keys y
scr_wait "$(vis 'ذخیره شد: TST-40')"; ok $? "«y»: saved"
is "$(status TST-40)" done "... done in the database"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# a need with all its stages at 100%: the final step is asked, nothing
# said of stages
open_need TST-41 Enter
scr_wait "$LABEL"; ok $? "TST-41's form"
scr_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab; scr_settle
scr_keys F4; scr_wait "$(vis 'انجام‌شده') │" >/dev/null
scr_pick 'انجام‌شده'; scr_settle
scr_keys F2
scr_wait "$(vis 'وضعیت نیاز TST-41 «انجام‌شده» شود؟')"; ok $? "TST-41 (its stage at 100%): the final step is asked"
scr_cap | grep -qF "$(vis 'هنوز کامل نشده است')"; is $? 1 "... with no word of unfinished stages"
scr_keys y
scr_wait "$(vis 'ذخیره شد: TST-41')"; ok $? "«y»: saved"
is "$(status TST-41)" done "... done in the database"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
