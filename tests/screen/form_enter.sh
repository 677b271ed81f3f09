# Enter goes to the next field in a form, from a choice field too, as the
# key bar, F1 and the README say ("Tab, Enter: next field"); Space or F4
# opens a choice's list.  Before, Enter on a choice opened its list, and
# Enter there picked and stayed: a clerk going down the form with Enter
# never got past the donor's kind.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }

scr_firstrun "$DB" ENT; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"; ok $? "a new donor's form, on its kind (a choice)"
scr_keys Enter
scr_type 'مریم کاظمی'
row_has "$(vis 'نام*:')" "$(vis 'مریم کاظمی')"; ok $? "Enter on the kind went to the name: the typing is there"
scr_cap | grep -qF '┌'; is $? 1 "no list was opened"
scr_keys BTab
scr_keys Space; scr_wait "$(vis 'شخص حقیقی') │"; ok $? "Space on the kind opens its list"
scr_keys Enter; scr_gone '┌'; ok $? "Enter picks the choice and closes the list"
row_has "$(vis 'نوع*:')" "$(vis 'شخص حقیقی')"; ok $? "the kind is chosen"
scr_keys Enter Enter
scr_type '0076229645'
row_has "$(vis 'کد ملی:')" '0076229645'; ok $? "Enter, Enter: past the name to the national id"
# down to the county (a text field), over the interests (a list of ticks)
scr_keys Enter Enter Enter Enter; scr_type 'تبریز'
scr_keys Enter Enter
scr_keys Enter; scr_settle
scr_cap | grep -qF '┌'; is $? 1 "Enter on the interests (a set of choices) opens nothing"
scr_type '5000'
row_has "$(vis 'توان مشارکت (ریال):')" '5000'; ok $? "... and goes on to the next field"
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
