# The need form (main menu 4, a stored need opened) asks before F2 saves a
# final status (rejected, done), as F6 on the need's screen does
# (status_final.sh): «نیاز ... رد شود؟», with what is pledged and received.
# Before, F2 rejected the need for good without a word.  «n» leaves the
# form unsaved, saying why; «y» saves.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: four needs"
printf 'donor,need,type,amount,pledged_on,status\nTST-12,TST-22,space,50000000,1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "a pledge of 50,000,000 on TST-22"
status() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $11 }'; }
Q=$(vis 'نیاز TST-22 رد شود؟')
LABEL=$(vis 'تاریخ شناسایی*:')

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F3; scr_type TST-22; scr_wait TST-22 >/dev/null; scr_keys Enter
scr_wait "$LABEL"; ok $? "TST-22's form"
# the status is the field after the identification date
scr_keys Tab Tab Tab Tab Tab Tab Tab Tab Tab; scr_settle
scr_keys F4; scr_wait "$(vis 'ردشده') │" >/dev/null
scr_pick 'ردشده'; scr_settle
scr_keys F2
scr_wait "$Q"; ok $? "F2 with the status set to rejected asks first"
scr_cap | grep -qF "$(vis 'نیاز ردشده دیگر باز نمی‌شود.')"; ok $? "... saying it cannot be undone"
scr_cap | grep -F '│' | grep -qF "$(vis '۵۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "... and how much is pledged"
scr_keys n
scr_wait "$(vis 'ذخیره نشد: وضعیت پایانی فقط پس از پاسخ «بله» ذخیره می‌شود.')"
ok $? "«n»: not saved, and the form says why"
is "$(status TST-22)" assessed "... the database still says assessed"
scr_keys F2; scr_wait "$Q" >/dev/null; scr_keys y
scr_wait "$(vis 'ذخیره شد: TST-22')"; ok $? "«y»: saved"
is "$(status TST-22)" rejected "... rejected in the database"
# a saved form goes back to the list
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
