# The sync conflict screen at 80x24 in Persian, a record with a long name
# (an organisation's): the heading keeps what happened to it, «هم اینجا و
# هم در TBZ تغییر کرده است», and the name is cut in its middle, its start
# and end kept.  Before, the name pushed that sentence off the line
# («...: هم اینجا و…»).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
name='مؤسسهٔ خيريهٔ حمایت از خانواده‌های زندانیان و نیازمندان شهرستان تبریز'
printf 'name,kind,county,address\n%s,org,TBZ,تبریز\n' "$name" >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "an organisation with a long name registered at TBZ reaches HQ"
printf 'id,address\nTBZ-1,تبریز، باغمیشه\n' >"$TMP/u1.csv"
printf 'id,address\nTBZ-1,تبریز، ولیعصر\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed its address; TBZ's bundle applied at HQ"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'این پایگاه داده')"; ok $? "Enter opens TBZ-1"
head=$(scr_cap | grep -F 'TBZ-1')
printf '%s\n' "$head" | grep -qF "$(vis 'هم اینجا و هم در TBZ تغییر کرده است')"
ok $? "the heading says the record changed here and at TBZ"
printf '%s\n' "$head" | grep -qF "$(vis 'مؤسسهٔ خیریهٔ')"; ok $? "... the name's start"
printf '%s\n' "$head" | grep -qF "$(vis 'شهرستان تبریز')"; ok $? "... and end"
scr_keys F10; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
