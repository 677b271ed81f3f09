# A text field wider than its box, once left (or when a saved record is
# opened), shows the start of its text, not the end where the cursor was
# left: a long Persian address keeps its first words on screen.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
ADDR='سالن اجتماعات فرماندهی انتظامی شهرستان تبریز، خیابان امام، کوچهٔ ۱۲، پلاک ۳'
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 3; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'نشانی:')"; ok $? "a new unit form"
scr_keys Space; scr_wait "$(vis 'کلانتری')"; scr_keys Enter
scr_keys Tab; scr_type 'کلانتری ۱۲'; scr_keys Tab
scr_type 'تبریز'; scr_keys Tab
scr_type "$ADDR"
scr_cap | grep -qF "$(vis 'پلاک ۳')"; ok $? "while typing, the end of the address is in view"
scr_keys BTab
scr_wait "$(vis 'سالن اجتماعات فرماندهی')"; ok $? "once left, the address shows its first words"
scr_keys F2; scr_wait "TST-1"
scr_keys Enter; scr_wait "$(vis 'نشانی:')"
scr_cap | grep -qF "$(vis 'سالن اجتماعات فرماندهی')"; ok $? "opened again, the saved address shows its first words"
done_testing
