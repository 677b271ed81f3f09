# The need screen (money, status, stages; tui/stages.c) opens from the
# needs' list, where a clerk works every day: F7 on the selected need, as
# F7 on a ceremony opens its donors; the key bar and F1 name it; F10 there
# comes back to the list, where Enter still opens the need's form.  Before,
# the list had no way to it (Enter opened only the form): the screen was
# reached only from the dashboard, the ranking and the matching screens.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
LIST="$(vis 'جست‌وجو:')"
BAR_F7="$(vis 'مراحل')F7"		# the key bar's cell, as drawn right to left

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4
scr_wait "TST-22"; ok $? "main menu 4: the needs' list"
scr_settle
scr_cap | tail -n 1 | grep -qF -- "$BAR_F7"; ok $? "its key bar names F7 (مراحل)"
scr_keys F1; scr_wait "$(vis 'تایپ کنید')"; scr_settle
scr_cap | grep -qF -- "$(vis 'F7 صفحهٔ نیاز برگزیده را می‌گشاید: برآورد')"
ok $? "F1 says F7 opens the selected need's screen"
scr_cap | grep -qF -- "$(vis 'و کسری، وضعیت و مراحلش، و از آنجا تعهدها و پرداخت‌هایش؛ F10 در آنجا به همین')"
ok $? "... and that F10 there comes back to the list"
scr_keys Enter; scr_gone "$(vis 'تایپ کنید')"

# TST-22 is the first row (name order); Down selects TST-21.
scr_keys F7
scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"; ok $? "F7 opens the selected need's screen"
scr_cap | grep -qF -- "$(vis 'نیاز: مراحل و وضعیت')"; ok $? "... titled as from the dashboard"
scr_cap | grep -qF -- "$(vis 'کسری: ۱۲۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "... with the need's gap"
scr_keys F10
scr_wait "$LIST"; ok $? "F10 from the need screen comes back to the list"
scr_settle
scr_cap | tail -n 1 | grep -qF -- "$BAR_F7"; ok $? "the list's key bar again"
scr_keys Down; scr_settle; scr_keys F7
scr_wait "$(vis 'نیاز TST-21: دوربین مداربسته')"; ok $? "Down and F7 open the need selected (TST-21)"
scr_keys F7; scr_wait "$(vis 'تعهدها و پرداخت‌ها')"; ok $? "its F7 leads on to its pledges"
scr_keys F10; scr_wait "$(vis 'نیاز TST-21: دوربین مداربسته')"
scr_keys F10; scr_wait "$LIST"; ok $? "F10 twice: the list again"

# A search: F7 opens the need found, not the first row of the whole list.
scr_type 'سایه'; scr_wait "TST-23"; scr_gone "TST-22"
scr_keys F7
scr_wait "$(vis 'نیاز TST-23: ساخت سایه‌بان')"; ok $? "F7 on a need found by a search opens it"
scr_keys F10; scr_wait "$LIST"
scr_type 'ززز'; scr_wait "$(vis 'چیزی یافت نشد.')"
scr_keys F7; scr_settle
scr_cap | grep -qF -- "$(vis 'نیاز: مراحل و وضعیت')"; is $? 1 "F7 with no row opens nothing"
scr_keys Escape; scr_wait "TST-22"

# Enter is still the need's form.
scr_keys Enter
scr_wait "$(vis 'هزینهٔ برآوردی (ریال):')"
ok $? "Enter still opens the need's form"
scr_keys F10; scr_wait "$LIST"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
