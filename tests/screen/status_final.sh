# On a need's screen, F6 then one Enter in the popup changed the status at
# once, and a step to a final status (rejected, done) cannot be taken
# back: a supervisor who pressed Down once too often rejected a need for
# good.  Such a step is now asked about first: «نیاز ... رد شود؟ نیاز
# ردشده دیگر باز نمی‌شود.», and for a need with pledges, how much is
# pledged and received, which stays recorded but leaves the county's
# figures.  «n» changes nothing; «y» takes the step.  A step that is not
# final (identified -> assessed) is taken without a question, as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# TST-22 (assessed, Ahar): 50,000,000 pledged, 20,000,000 of it paid
printf 'donor,need,type,amount,pledged_on,status\nTST-12,TST-22,space,50000000,1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "a pledge on TST-22"
pid=$("$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, '$3 == "TST-22" { print $1 }')
printf 'pledge,paid_on,amount,receipt\n%s,1403/05/10,20000000,ر-۱۲\n' "$pid" >"$TMP/pay.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/pay.csv" >/dev/null; ok $? "a payment on it"
status() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $11 }'; }

# open need $2 from the dashboard, found by its title $1
open_need() {
	scr_keys F3; scr_type "$1"; scr_wait "$2" >/dev/null; scr_keys Enter
	scr_wait "$(vis "نیاز $2: $1")"
}
Q=$(vis 'نیاز TST-22 رد شود؟')

work_open "$DB"
open_need 'تعمیر سقف پاسگاه' TST-22; ok $? "TST-22's screen"
scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_pick 'ردشده'
scr_wait "$Q"; ok $? "rejecting is asked about first"
scr_cap | grep -qF "$(vis 'نیاز ردشده دیگر باز نمی‌شود.')"; ok $? "... saying it cannot be undone"
scr_cap | grep -F '│' | grep -qF "$(vis '۵۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "... and how much is pledged"
scr_cap | grep -qF "$(vis 'دریافت‌شده: ۲۰٬۰۰۰٬۰۰۰ ریال)')"; ok $? "... and received"
scr_keys n; scr_gone "$Q"; ok $? "«n» closes the question"
scr_cap | grep -qF "$(vis 'وضعیت: ارزیابی‌شده')"; ok $? "... the screen still says assessed"
is "$(status TST-22)" assessed "... and so does the database"

scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_pick 'ردشده'
scr_wait "$Q" >/dev/null; scr_keys y
scr_wait "$(vis 'وضعیت: ردشده')"; ok $? "«y»: rejected"
is "$(status TST-22)" rejected "... in the database too"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null

# a step that is not final: no question
open_need 'دوربین مداربسته' TST-21; ok $? "TST-21's screen (identified)"
scr_keys F6; scr_wait "$(vis 'وضعیت تازه')" >/dev/null
scr_pick 'ارزیابی‌شده'
scr_wait "$(vis 'وضعیت: ارزیابی‌شده')"; ok $? "identified -> assessed is taken at once"
scr_cap | grep -qF "$(vis 'شود؟')"; is $? 1 "... with no question"
is "$(status TST-21)" assessed "... and stored"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
