# A letter typed in a popup list of choices (Space or F4 on a choice field,
# a filter's choices) goes to the next choice with a WORD beginning with it,
# as the list's help (F1) and the README say: ح in the list of a donor's
# kind goes from «شخص حقیقی» to «شخص حقوقی», whose second word begins with
# it.  Before, only a choice's first letter counted, and ح did nothing there
# (both choices begin with ش), while the same letter on the field itself
# worked.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"; ok $? "a new donor form, on its kind"
scr_keys Space; scr_wait "$(vis 'شخص حقوقی')"; ok $? "Space opens the list of kinds"
scr_type 'ح'; scr_settle
scr_keys Enter; scr_settle
row_has "$(vis 'نوع*:')" "$(vis 'شخص حقوقی')"; ok $? "ح in the list went to the next choice with a word beginning with ح"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')"
scr_type 'ح'; scr_settle
scr_keys Enter; scr_settle
row_has "$(vis 'نوع*:')" "$(vis 'شخص حقیقی')"; ok $? "ح again, from حقوقی, wraps round to حقیقی"
scr_keys Space; scr_wait "$(vis 'شخص حقوقی')"
scr_type 'ش'; scr_settle
scr_keys Enter; scr_settle
row_has "$(vis 'نوع*:')" "$(vis 'شخص حقوقی')"; ok $? "ش, the first word's letter, still goes to the next choice"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "the form's changes discarded"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
