# One F10 too many on the main menu asks whether to quit; the clerk, not
# meaning to, types the digit of the menu item he wants next.  The digit
# answers no and is taken by the menu: its item opens.  Before, the
# question swallowed it and stayed, and the clerk's digit did nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
ASK='خروج از همیار؟'

"$HAMYAR" --db "$DB" init --station QKD >/dev/null; ok $? "a database"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the main menu"
scr_keys F10; scr_wait "$(vis "$ASK")"; ok $? "F10 on the main menu asks whether to quit"
scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; ok $? "1: the donors' list opens, as from the menu"
scr_cap | grep -qF "$(vis "$ASK")"; is $? 1 "and the question is gone"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; ok $? "F10: back on the main menu"
scr_keys F10; scr_wait "$(vis "$ASK")"; ok $? "asked again"
scr_type '۱'
scr_wait "$(vis 'جست‌وجو:')"; ok $? "a Persian digit, ۱, does the same"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_wait "$(vis "$ASK")" >/dev/null; scr_keys y
scr_wait "__EXIT__=0"; ok $? "y still quits"
done_testing
