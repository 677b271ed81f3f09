# The sync conflict screen at 50x20 and 40x20 in Persian: the heading,
# which does not fit one line there even with the record's name cut,
# takes two, so what happened to the record, «هم اینجا و هم در TBZ تغییر
# کرده است», is read to its end, and the lines under it move down one
# (none is drawn over).  Before, it was cut at its end, «...: هم اینجا…»,
# and the stations it changed at were lost.  A donor «زهرا نوروزی‌فر
# کرمانی‌نژاد» whose address both sides changed (TBZ typed it with an
# Arabic ي).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,address\nزهرا نوروزی‌فر کرمانی‌نژاد,person,TBZ,تبریز\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
printf 'id,address\nTBZ-1,تبریز، باغمیشه، کوچهٔ شهيد رجايي\n' >"$TMP/u1.csv"
printf 'id,address\nTBZ-1,تبریز، ولیعصر\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed the address; TBZ's bundle applied at HQ"

for size in 50x20 40x20; do
	SCR_SIZE=$size
	scr_start "$Q"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'نشانی')"; ok $? "$size: Enter opens TBZ-1"
	scr_settle
	scr_cap >"$TMP/s"
	# rows 2 and 3: the heading, broken between words
	sed -n 2,3p "$TMP/s" >"$TMP/h"
	grep -q 'TBZ-1' "$TMP/h"; ok $? "$size: the heading names the record"
	tr -d '\n' <"$TMP/h" | grep -qF "$(vis 'تغییر کرده است')"
	ok $? "$size: ... and says to its end what happened, «تغییر کرده است»"
	grep -qF "$(vis 'هم اینجا')" "$TMP/h" && grep -qF 'TBZ' "$TMP/h"
	ok $? "$size: ... here and at TBZ"
	grep -q '…' "$TMP/h" && ! grep -qF "$(vis 'زهرا')" "$TMP/h"; r=$?; [ $r -ne 0 ]
	ok $? "$size: ... with the start of the donor's name"
	sed -n 4p "$TMP/s" | grep -qF "$(vis 'به‌کار است')"
	ok $? "$size: the line that says which version is in use comes under it"
	grep -qF "$(vis 'نشانی')" "$TMP/s"; ok $? "$size: the address row is there"
	scr_keys F10; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
