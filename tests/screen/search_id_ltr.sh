# An id typed into a Persian search field reads as typed.  «TST-» showed
# «-TST»: the dash, neutral at the end, took the field's right-to-left
# direction and jumped to the left of the letters, under the clerk's
# eyes.  Search fields and fields of ids and codes now take the direction
# of the text's first strong letter (UAX #9 P2-P3), left to right for a
# text starting with a digit; Persian text keeps right to left, its dash
# at its left end («علی-»).  A name field is as before.  The payment
# form's pledge field and the audit log's prompt for a record's id too.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture"
SEARCH=$(vis 'جست‌وجو:')
search_row() { scr_cap | grep -F -- "$SEARCH" | head -n 1; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 1; scr_wait "$SEARCH"; ok $? "the donors' list"
scr_type 'TST-'; scr_wait 'TST-10' >/dev/null; scr_settle
row=$(search_row)
holds "$row" "TST-  " "«TST-» in the search field as typed"
case $row in *-TST*) ok 1 "... not «-TST»: $row" ;; *) ok 0 "... not «-TST»" ;; esac
scr_keys C-u; scr_type 'TST-1'; scr_settle
holds "$(search_row)" "TST-1  " "«TST-1»"
scr_keys C-u; scr_type 'علی-'; scr_settle
holds "$(search_row)" "$(vis 'علی-')" "Persian with a dash stays right to left, the dash at its left"
scr_keys C-u; scr_type '۱۲ کلانتری-'; scr_settle
holds "$(search_row)" "$(vis '۱۲ کلانتری-')" "digits then a Persian word: right to left, by its first letter"
scr_keys C-u; scr_type '12-'; scr_settle
holds "$(search_row)" "12-  " "a number and a dash: left to right"
scr_keys Escape; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# the payment form's pledge, a field of ids
scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type 'TST-'; scr_settle
row=$(scr_cap | grep -F "$(vis 'مشارکت*:')")
holds "$row" "TST-" "the payment form's pledge field: «TST-» as typed"
case $row in *-TST*) ok 1 "... not «-TST»: $row" ;; *) ok 0 "... not «-TST»" ;; esac
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null
scr_keys y; scr_wait "$SEARCH" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# the audit log's prompt for a record's id
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')" >/dev/null
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد (خالی: همهٔ رکوردها):')" >/dev/null
scr_type 'TST-'; scr_settle
scr_cap | grep -qF -- "TST- "; ok $? "the audit log's record id prompt: «TST-» as typed"
scr_cap | grep -qF -- "-TST"; r=$?; [ $r -ne 0 ]; ok $? "... not «-TST»"
scr_keys Escape; scr_gone "$(vis 'شناسهٔ رکورد (خالی: همهٔ رکوردها):')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
