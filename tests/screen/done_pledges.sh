# A need marked done while pledges on it are not fulfilled: the question
# before the final status (F6 on the need's screen) says how many of its
# pledges are still «تعهدشده» or «بخشی ایفاشده», in the words of the
# pledge's status field, and what is not received on them.  Here a pledge
# of 300,000,000 of which 150,000,000 is received and one of 10,000,000
# unpaid: «۱ «تعهدشده»، ۱ «بخشی ایفاشده»» and 160,000,000.  Before, the
# question spoke of stages alone.  A need whose pledges are fulfilled or
# cancelled is asked nothing of them.  (import needs: import_done_pledges.sh.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'TST-40,TST-1,space,بازسازی ساختمان پاسگاه,400000000,3,3,1403/02/01,in_progress'
	echo 'TST-41,TST-2,space,نقاشی پاسگاه,20000000,2,2,1403/02/01,in_progress'
} >"$TMP/n.csv"
printf 'id,donor,need,type,amount,pledged_on,status\n%s\n%s\n%s\n%s\n' \
    'TST-50,TST-12,TST-40,space,300000000,1403/03/01,pledged' \
    'TST-51,TST-10,TST-40,space,10000000,1403/03/01,pledged' \
    'TST-52,TST-10,TST-41,space,20000000,1403/03/01,pledged' \
    'TST-53,TST-11,TST-41,space,5000000,1403/03/01,cancelled' >"$TMP/p.csv"
printf 'pledge,paid_on,amount\nTST-50,1403/04/01,150000000\nTST-52,1403/04/01,20000000\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null
ok $? "TST-40: pledges of 300M (150M received) and 10M; TST-41: one fulfilled, one cancelled"
status() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $11 }'; }
PLEDGES=$(vis 'تعهدهای هنوز ایفانشدهٔ آن: ۱ «تعهدشده»، ۱ «بخشی ایفاشده».')
OWED=$(vis '۱۶۰٬۰۰۰٬۰۰۰')

open_need() {
	scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F3; scr_type "$1"; scr_wait "$1" >/dev/null; scr_keys "$2"
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
open_need TST-40 F7
scr_wait "$(vis 'نیاز TST-40: بازسازی ساختمان پاسگاه')"; ok $? "TST-40's screen"
scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_pick 'انجام‌شده'
scr_wait "$(vis 'وضعیت نیاز TST-40 «انجام‌شده» شود؟')"; ok $? "F6, done: asked"
scr_cap | tr -d '\n' | grep -qF "$PLEDGES"; ok $? "... naming its pledges not fulfilled, by status"
scr_cap | grep -qF "$OWED"; ok $? "... and the 160,000,000 not received on them"
scr_keys n; scr_gone "$OWED"; ok $? "«n» closes the question"
is "$(status TST-40)" in_progress "... the need still in progress"
scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_pick 'انجام‌شده'
scr_wait "$OWED" >/dev/null; scr_keys y; scr_gone "$OWED"
scr_settle; is "$(status TST-40)" done "«y»: done"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

open_need TST-41 F7
scr_wait "$(vis 'نیاز TST-41: نقاشی پاسگاه')" >/dev/null
scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_pick 'انجام‌شده'
scr_wait "$(vis 'وضعیت نیاز TST-41 «انجام‌شده» شود؟')"; ok $? "TST-41 (fulfilled and cancelled pledges): asked"
scr_cap | grep -qF "$(vis 'ایفانشده')"; is $? 1 "... nothing said of its pledges"
scr_keys n; scr_settle
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
