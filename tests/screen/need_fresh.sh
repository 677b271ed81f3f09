# A need's screen, its pledges' screen and the dashboard show what another
# session wrote while they are open: a supervisor approving the need at his desk, a
# payment recorded at the next one, an import.  They read again when the
# change log's last number moved (one key, at each paint and before a key
# acts: tui/stages.c need_fresh, tui/pledges.c pl_fresh).  Before, they
# kept what they read when opened: the need approved elsewhere still read
# «ارزیابی‌شده», F6 offered «تصویب‌شده» again (a step the store then
# refused), and a clerk was told the next step was a supervisor's; a
# payment recorded elsewhere was not among the pledge's payments; the
# dashboard showed a need imported meanwhile only once left and opened
# again (it reads again at most every two seconds for another's writes).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
"$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null; ok $? "pledges TST-30 and TST-31 on TST-22"

work_open "$DB"
# the dashboard: a need imported by another process meanwhile
scr_cap | grep -qF "TST-24"; is $? 1 "the dashboard: no TST-24"
printf '%s\n%s\n' 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status' \
    'TST-24,TST-1,equipment,بی‌سیم‌های گشت شبانه,10000000,5,5,20000,1400/01/01,approved' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "another process imports TST-24"
scr_wait "TST-24" 6; ok $? "the dashboard ranks it among its top needs without a key"
scr_keys F3; scr_type 'تعمیر'; scr_wait "TST-22" >/dev/null
scr_keys Enter; scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"; ok $? "TST-22's screen"
row_has "$(vis 'وضعیت:')" "$(vis 'ارزیابی‌شده')"; ok $? "... assessed"

# another session (here the CLI) approves it
printf 'id,status\nTST-22,approved\n' >"$TMP/st.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/st.csv" >/dev/null; ok $? "elsewhere, TST-22 is approved"
scr_wait "$(vis 'وضعیت: تصویب‌شده')" 5; ok $? "the screen reads «تصویب‌شده» without a key"
scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_cap | grep -qF "$(vis 'در حال اجرا')"; ok $? "F6 offers the step from approved: in progress"
scr_cap | grep -qF "$(vis 'تصویب‌شده') │"; is $? 1 "... not approved again"
scr_keys Escape; scr_gone "$(vis 'وضعیت تازه')" >/dev/null

# approved again at once, then F6 before any paint: the key reads it first
printf 'id,status\nTST-22,in_progress\n' >"$TMP/st2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/st2.csv" >/dev/null && scr_keys F6
scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_cap | grep -qF "$(vis 'انجام‌شده')"; ok $? "set in progress elsewhere, F6 at once offers done"
scr_keys Escape; scr_gone "$(vis 'وضعیت تازه')" >/dev/null

# the pledges' screen: a payment recorded elsewhere
scr_keys F7; scr_wait "$(vis 'تعهدها و پرداخت‌ها')"; ok $? "F7: its pledges"
scr_cap | grep -qF "$(vis 'ر-۹۱۱')"; is $? 1 "no payment with receipt ر-۹۱۱ yet"
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/06/01,40000000,ر-۹۱۱\n' >"$TMP/pay.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/pay.csv" >/dev/null; ok $? "elsewhere, a payment on TST-30"
scr_wait "$(vis 'ر-۹۱۱')" 5; ok $? "... listed among TST-30's payments without a key"
row_has "TST-30" "$(vis 'بخشی ایفاشده')"; ok $? "... TST-30 partly fulfilled"

work_pledges_quit; ok $? "back out and quit"
done_testing
