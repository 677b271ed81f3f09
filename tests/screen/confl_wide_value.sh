# The sync conflict screen at 80x24 in Persian: the field column is as
# wide as its longest label, and the two value columns share the rest.
# A donor's address «تبریز، خیابان ولیعصر» at HQ and «تبریز، باغمیشه» at
# TBZ: both read whole in their columns.  Before, the field column was a
# fixed 22 columns, mostly blank, and HQ's address was cut in its middle
# («تبریز،…ولیعصر») with blank columns beside it.  A value still too long
# for its column is shown whole, wrapped, on the line under the rows when
# its field is selected.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,mobile,address\nعلی‌رضا کریمی,person,TBZ,09141234567,تبریز\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
printf 'id,address\nTBZ-1,تبریز، باغمیشه\n' >"$TMP/u1.csv"
printf 'id,address\nTBZ-1,تبریز، خیابان ولیعصر\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both stations changed the address; TBZ's bundle applied at HQ"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'این پایگاه داده')"; ok $? "Enter opens TBZ-1"
row=$(scr_cap | grep -F "$(vis 'نشانی')")
printf '%s\n' "$row" | grep -qF "$(vis 'تبریز، خیابان ولیعصر')"
ok $? "HQ's address reads whole in its column"
printf '%s\n' "$row" | grep -qF "$(vis 'تبریز، باغمیشه')"
ok $? "... and TBZ's in its own"
scr_cap | grep -qF '…'; r=$?; [ $r -ne 0 ]; ok $? "no value on the screen is cut"
scr_keys Enter
scr_wait "$(vis 'نسخهٔ TBZ:')"; ok $? "Enter on the address: both in full, as before"
scr_keys Escape; scr_gone "$(vis 'نسخهٔ TBZ:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')"; ok $? "F10: back to the list"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
