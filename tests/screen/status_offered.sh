# The need screen's status key (F6) and the pledges' cancel key (F8) offer
# only what the user may do (SPEC §3, §11), keys only, as another real uid
# (nobody through setpriv; root only).  A Tabriz clerk is offered assessed
# on an identified need, not rejected (a supervisor's); on an assessed one,
# where both steps are a supervisor's, F6 says so plainly instead of a menu
# whose every entry would be refused.  A Tabriz supervisor is offered both
# steps on his county's need, and on an Ahar need is told at once that its
# records are Ahar's, for F6, for a new stage (F5) or a change of one
# (Enter), for cancelling one of its pledges (F8) and for a payment on one
# (F5): no question first.
# An auditor is told he only reads.  Nothing refused is stored.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
printf 'need,title,planned_start,planned_end,progress\nTST-22,برآورد هزینهٔ تعمیر,1403/05/01,1403/06/01,20\n' >"$TMP/stages.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import stages "$TMP/stages.csv" >/dev/null
ok $? "fixture database with Ahar's two pledges and a stage of TST-22 made with the CLI"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"

# Open need $1 (a word of its title) from the dashboard.
open_need() {
	scr_keys F3; scr_type "$1"
	scr_wait "$2" >/dev/null || return 1
	scr_keys Enter; scr_wait "$(vis "نیاز $2:")"
}
need_status() {
	"$HAMYAR" --lang en --db "$DB" export needs | tr -d '\r' | grep "^$1," | cut -d, -f11
}
is "$(need_status TST-21)" identified "TST-21 (Tabriz) starts identified"

# ---- the clerk ----
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the clerk opens the dashboard"
open_need 'دوربین' TST-21; ok $? "he opens his county's need TST-21"
scr_keys F6
scr_wait "$(vis 'وضعیت تازه')"; ok $? "F6 on an identified need: a menu of new statuses"
scr_cap | grep -qF "$(vis 'ارزیابی‌شده')"; ok $? "... offering assessed, his step"
scr_cap | grep -qF "$(vis 'ردشده')"; is $? 1 "... and not rejected, a supervisor's"
scr_keys Enter
scr_wait "$(vis 'وضعیت اکنون: ارزیابی‌شده')"; ok $? "he marks it assessed"
scr_keys F6; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'وضعیت تازه')"; is $? 1 "F6 on an assessed need: no menu of steps he may not take"
scr_cap | grep -qF "$(vis 'سرپرست، ستاد استان یا مدیر سامانه است.')"; ok $? "... but who may take them"
scr_cap | grep -qF "$(vis 'این نیاز «ارزیابی‌شده» است')"; ok $? "... from the status it is in"
scr_cap | grep -qF "$(vis 'به «تصویب‌شده» یا «ردشده»')"; ok $? "... to the statuses it may go to"
# Escape closes the message (and, on a build that offers a menu, the menu:
# the checks below then do not hang on it)
scr_keys Escape; scr_gone "$(vis 'مدیر سامانه است.')"; scr_gone "$(vis 'وضعیت تازه')"; ok $? "Escape closes it"
is "$(need_status TST-21)" assessed "TST-21 is stored assessed"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the clerk quits"

# ---- a supervisor of Tabriz ----
"$HAMYAR" --db "$DB" user add nobody --role supervisor --county TBZ >/dev/null; ok $? "nobody is now a Tabriz supervisor"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
open_need 'دوربین' TST-21; ok $? "the supervisor opens TST-21"
scr_keys F6
scr_wait "$(vis 'وضعیت تازه')"; ok $? "F6 on his county's assessed need: the menu"
scr_cap | grep -qF "$(vis 'تصویب‌شده')" && scr_cap | grep -qF "$(vis 'ردشده')"; ok $? "... offering approved and rejected"
scr_keys Escape; scr_gone "$(vis 'وضعیت تازه')"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
open_need 'تعمیر' TST-22; ok $? "he opens Ahar's need TST-22 (a supervisor reads every county)"
scr_keys F6; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'وضعیت تازه')"; is $? 1 "F6 on another county's need: no menu"
scr_cap | grep -qF "$(vis 'تغییر رکوردهای شهرستان اهر')"; ok $? "... but that Ahar's records are changed by Ahar's clerks or supervisors"
scr_keys Escape; scr_gone "$(vis 'تغییر رکوردهای شهرستان اهر')"; scr_gone "$(vis 'وضعیت تازه')"
scr_keys F5; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'عنوان:')"; is $? 1 "F5 (a new stage of an Ahar need): no prompts whose answers would be refused"
scr_cap | grep -qF "$(vis 'تغییر رکوردهای شهرستان اهر')"; ok $? "... but why"
scr_keys Escape; scr_gone "$(vis 'تغییر رکوردهای شهرستان اهر')"; scr_gone "$(vis 'عنوان:')"
scr_keys Enter; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'ثبت پیشرفت (درصد)')"; is $? 1 "Enter on its stage: no menu of changes he may not save"
scr_cap | grep -qF "$(vis 'تغییر رکوردهای شهرستان اهر')"; ok $? "... but why"
scr_keys Escape; scr_gone "$(vis 'تغییر رکوردهای شهرستان اهر')"; scr_gone "$(vis 'ثبت پیشرفت (درصد)')"
scr_keys F7; scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "F7: its pledges"
scr_keys F8; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'این تعهد لغو شود؟')"; is $? 1 "F8 on an Ahar pledge: no question whose yes would be refused"
scr_cap | grep -qF "$(vis 'تغییر رکوردهای شهرستان اهر')"; ok $? "... but why he may not cancel it"
scr_keys Escape; scr_gone "$(vis 'تغییر رکوردهای شهرستان اهر')"; scr_gone "$(vis 'این تعهد لغو شود؟')"
scr_keys F5; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'پرداخت تازه')"; is $? 1 "F5 on an Ahar pledge: no payment prompts whose answers would be refused"
scr_cap | grep -qF "$(vis 'تغییر رکوردهای شهرستان اهر')"; ok $? "... but why he may not record one"
scr_keys Escape; scr_gone "$(vis 'تغییر رکوردهای شهرستان اهر')"
is "$(need_status TST-22)" assessed "TST-22 is still assessed"
"$HAMYAR" --lang en --db "$DB" export pledges | tr -d '\r' | grep -c ',cancelled' | grep -qx 0; ok $? "no pledge is cancelled"
is "$("$HAMYAR" --lang en --db "$DB" export stages | tr -d '\r' | grep -c '^TST-')" 1 "no stage was added"
scr_keys F10; scr_wait "$(vis 'نیاز TST-22:')"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the supervisor quits"

# ---- an auditor ----
"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null; ok $? "nobody is now an auditor"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
open_need 'دوربین' TST-21; ok $? "the auditor opens TST-21"
scr_keys F6; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'وضعیت تازه')"; is $? 1 "F6: no menu for an auditor"
scr_cap | grep -qF "$(vis 'حسابرس فقط می‌تواند بخواند')"; ok $? "... but that auditors only read"
scr_keys Escape; scr_gone "$(vis 'حسابرس فقط')"; scr_gone "$(vis 'وضعیت تازه')"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the auditor quits"
"$HAMYAR" --lang en --db "$DB" audit | grep -c ' nobody ' | grep -qx 1; ok $? "the audit log holds the clerk's one change and nothing else of nobody's"
done_testing
