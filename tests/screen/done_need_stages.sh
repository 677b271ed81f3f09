# Once a need is done, its stages say its work is over: a stage of it
# lowered below 100 percent, or a new one (a new stage starts at 0), is
# asked about first, as marking the need done with stages below 100 is
# (tests/screen/done_stages.sh), on the need's screen (Enter on a stage,
# F5) and on the stage's form (F2) alike; «n» writes nothing, «y» writes
# it.  Before, the stage went below 100 without a word.  And a new need
# saved as done straight from its form is asked about as a stored need
# given done there is: before, a new one was saved with no question.
# (The import's warning is tests/cli/import_done_stages.sh.)
# HAMYAR_TODAY fixes today at 1403/08/01.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1403/08/01
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTST-50,TST-1,equipment,نصب دوربین‌های ورودی شهر,90000000,4,4,1403/02/01,in_progress\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need in progress"
{
	echo 'id,need,title,planned_start,planned_end,progress'
	echo 'TST-60,TST-50,خرید دوربین‌ها,1403/03/01,1403/04/01,100'
	echo 'TST-61,TST-50,نصب و راه‌اندازي,1403/04/01,1403/06/01,100'
} >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "its two stages, both at 100"
printf 'id,status\nTST-50,done\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/d.csv" >/dev/null 2>&1; ok $? "... and the need marked done"
progress() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $7 }'; }
ASKED=$(vis 'نیاز TST-50 «انجام‌شده» است، ولی مرحله‌ای از آن با پیشرفت کمتر از صد درصد')

open_need() {	# from the needs' list (4): its form (Enter) or its screen (F7)
	scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F3; scr_type "$1"; scr_wait "$1" >/dev/null; scr_keys "$2"
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
open_need TST-50 F7
scr_wait "$(vis 'نیاز TST-50: نصب دوربین‌های ورودی شهر')"; ok $? "TST-50's screen"
scr_cap | grep -qF "$(vis 'وضعیت: انجام‌شده')"; ok $? "... done"

# Enter on the first stage, its progress set to 50: asked
scr_keys Enter; scr_wait "$(vis 'تعیین درصد پیشرفت')" >/dev/null
scr_keys Enter; scr_wait "$(vis 'درصد پیشرفت (۰ تا ۱۰۰):')" >/dev/null
scr_type 50; scr_keys Enter
scr_wait "$ASKED"; ok $? "progress 50 of a stage of a done need: asked"
scr_keys n; scr_gone "$ASKED"; ok $? "«n» closes the question"
is "$(progress TST-60)" 100 "... and the stage is still at 100"
scr_keys Enter; scr_wait "$(vis 'تعیین درصد پیشرفت')" >/dev/null
scr_keys Enter; scr_wait "$(vis 'درصد پیشرفت (۰ تا ۱۰۰):')" >/dev/null
scr_type 50; scr_keys Enter
scr_wait "$ASKED" >/dev/null; scr_keys y
scr_wait "$(vis 'مرحله به‌روز شد.')"; ok $? "«y»: the stage is updated"
is "$(progress TST-60)" 50 "... at 50 now"

# F5: a new stage starts at 0: asked before its prompts
scr_keys F5
scr_wait "$(vis 'نیاز TST-50 «انجام‌شده» است، ولی مرحلهٔ تازه با پیشرفت صفر درصد آغاز می‌شود')"
ok $? "F5 on a done need: asked before the prompts"
scr_keys n; scr_settle
scr_cap | grep -qF "$(vis 'عنوان:')"; is $? 1 "«n»: no prompts"
is "$("$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep -c ',TST-50,')" 2 "... and no new stage"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# the stage's form: TST-61 (at 100) from the list of all stages
scr_keys 7; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F3; scr_type TST-61; scr_wait TST-61 >/dev/null; scr_keys Enter
scr_wait "$(vis 'پیشرفت (درصد):')"; ok $? "TST-61's form"
scr_keys Tab Tab Tab Tab Tab C-u; scr_type 30; scr_keys F2
scr_wait "$ASKED"; ok $? "F2 with its progress at 30: asked"
scr_keys n
scr_wait "$(vis 'ذخیره نشد: مرحلهٔ نیاز «انجام‌شده» با پیشرفت کمتر از صد درصد')"
ok $? "«n»: not saved, and the form says why"
is "$(progress TST-61)" 100 "... the stage is still at 100"
scr_keys F2; scr_wait "$ASKED" >/dev/null; scr_keys y
scr_wait "$(vis 'ذخیره شد: TST-61')"; ok $? "«y»: saved"
is "$(progress TST-61)" 30 "... at 30"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# a new need saved as done from its form: asked, as a stored one is
NEW=$(vis 'نیاز تازه با وضعیت «انجام‌شده» ثبت شود؟ این وضعیت پایانی است')
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'نیاز: تازه')" >/dev/null
scr_type TST-1; scr_keys Tab
scr_keys F4; scr_wait "$(vis 'تجهیزات عمومی') │" >/dev/null; scr_pick 'تجهیزات عمومی'; scr_settle
scr_keys Tab; scr_type 'تعمير بي‌سیم‌های گشت'; scr_keys Tab Tab Tab
scr_type 3; scr_keys Tab; scr_type 3; scr_keys Tab Tab Tab
scr_keys F4; scr_wait "$(vis 'انجام‌شده') │" >/dev/null; scr_pick 'انجام‌شده'; scr_settle
scr_keys F2
scr_wait "$NEW"; ok $? "a new need, done, F2: asked"
scr_keys n
scr_wait "$(vis 'ذخیره نشد: وضعیت پایانی فقط پس از پاسخ «بله» ذخیره می‌شود.')"
ok $? "«n»: not saved, and the form says why"
"$HAMYAR" --db "$DB" export needs | grep -qF 'بی‌سیم‌های گشت'; is $? 1 "... no such need in the database"
scr_keys F2; scr_wait "$NEW" >/dev/null; scr_keys y
scr_wait "$(vis 'ذخیره شد:')"; ok $? "«y»: saved"
"$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep 'بی‌سیم‌های گشت' | grep -q ',done,[A-Z]*,1$'
ok $? "... done in the database"
# back to the main menu (the form, then the list), and out
for i in 1 2 3; do
	scr_cap | grep -qF "$(vis '۷. مرحله')" && break
	scr_keys F10; scr_settle
done
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
