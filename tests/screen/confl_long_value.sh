# The sync conflict screen at 80x24 in Persian, a long address that TBZ
# lengthened by one word at its end while HQ changed the notes: each
# column shows its value's start and end (not two starts that read the
# same; since values go on over the lines under their row, whole), and
# the star that says TBZ changed the address stays in sight.
# Before, the value and its star were cut at the column's end together,
# and the other version's column was headed «نسخهٔ دیگر», not naming TBZ.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
. "$HAMYAR_SRC/tests/screen/pair.inc"
addr='تبریز خیابان امام کوچهٔ شهید بهشتی پلاک ۱۲ واحد ۳ طبقهٔ دوم روبه‌روی مسجد جامع'
printf 'name,kind,county,mobile,address,notes\nعلی‌رضا کریمی,person,TBZ,09141234567,%s,یادداشت اولیه\n' "$addr" >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor with a long address registered at TBZ reaches HQ"
printf 'id,address\nTBZ-1,%s شهرستان\n' "$addr" >"$TMP/u1.csv"
printf 'id,notes\nTBZ-1,یادداشت ستاد\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "TBZ lengthened the address, HQ changed the notes; TBZ's bundle applied at HQ"

vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
$TM new-session -d -s keep "sleep 300"
$TM new-session -d -s p -x 80 -y 24 "env HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for p "$(vis 'منوی اصلی')" >/dev/null
$TM send-keys -t p F7
wait_for p "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
$TM send-keys -t p Enter
wait_for p "$(vis 'این پایگاه داده')"; ok $? "Enter opens TBZ-1"
# the column of the other version names its station, as the heading does
screen p | grep -F "$(vis 'این پایگاه داده')" | grep -qF "$(vis 'نسخهٔ TBZ')"
ok $? "the other version's column is headed with its station, «نسخهٔ TBZ»"
# (the address's row and the lines under it, where a value too long for
# its column goes on, broken between words; the star is the value's last
# character, so left of it in a Persian row)
row=$(screen p | sed -n "/$(vis 'نشانی')/,/$(vis 'یادداشت‌ها')/p" | sed '$d')
case $row in *"* "*"$(vis 'شهرستان')"*) r=0 ;; *) r=1 ;; esac
ok $r "the address row shows TBZ's last word, «شهرستان», with TBZ's star"
case $row in *"$(vis 'جامع')"*"$(vis 'شهرستان')"*) r=1 ;; *"$(vis 'شهرستان')"*"$(vis 'جامع')"*) r=0 ;; *) r=1 ;; esac
ok $r "... and this database's address ends in «جامع», so the two read apart"
printf '%s\n' "$row" | grep -q "\*.*[○●].*\*"; r=$?; [ $r -ne 0 ]; ok $? "... one star only: HQ did not change the address"
screen p | grep -F "$(vis 'یادداشت‌ها')" | grep -q '\*'; ok $? "the notes row keeps HQ's star"
$TM send-keys -t p Enter
wait_for p "$(vis 'نسخهٔ TBZ:')"; ok $? "Enter on the address: both in full, TBZ's named"
screen p | grep -qF "$(vis 'شهرستان')"; ok $? "... TBZ's address to its last word"
$TM send-keys -t p Escape
sleep 0.3
$TM send-keys -t p Escape
wait_for p "$(vis 'تعارض‌های باز همگام‌سازی: ۱')"; ok $? "Esc goes back to the list, the conflict still open"
$TM kill-session -t p
done_testing
