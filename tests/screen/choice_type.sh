# Typing on a choice field: a letter picks the next choice that begins with
# it (as in a menu: ح gives حقیقی, again حقوقی; Arabic ك as Persian ک), and a
# letter no choice begins with is answered in the form's status line; the
# keys were silently lost before (a clerk typing a name on «نوع» saw
# nothing happen, and what he typed was gone).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"; ok $? "a new donor form, on its kind"
scr_type 'ح'; scr_settle
row_has "$(vis 'نوع*:')" "$(vis 'حقیقی')"; ok $? "ح picks حقیقی"
scr_type 'ح'; scr_settle
row_has "$(vis 'نوع*:')" "$(vis 'حقوقی')"; ok $? "ح again picks the next, حقوقی"
scr_type 'ح'; scr_settle
row_has "$(vis 'نوع*:')" "$(vis 'حقیقی')"; ok $? "and again wraps round to حقیقی"
scr_type 'علی'; scr_settle
scr_cap | grep -qF "$(vis 'از فهرست انتخاب می‌شود')"; ok $? "a letter no choice begins with is answered in the status line"
row_has "$(vis 'نوع*:')" "$(vis 'حقیقی')"; ok $? "and the choice is left as it was"
scr_keys Tab; scr_type 'علی کریمی'; scr_settle
scr_cap | grep -qF "$(vis 'از فهرست انتخاب می‌شود')"; is $? 1 "the message goes once the clerk types in a text field"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"

# A unit's kind: فرماندهی by ف, typed with the built-in Latin layout off.
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 3; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'نشانی:')"
scr_type 'ف'; scr_settle
row_has "$(vis 'نوع*:')" "$(vis 'فرماندهی')"; ok $? "a unit's kind: ف picks فرماندهی"
scr_keys Tab; scr_type 'فرماندهی انتظامی مرند'; scr_keys Tab; scr_type 'مرند'
scr_keys F2; scr_wait "TST-1"; ok $? "saved"
"$HAMYAR" --db "$DB" export units | tr -d '\r' | grep -q '^TST-1,command,'; ok $? "stored as a command (فرماندهی)"
done_testing
