# After a decision in the sync conflict screen the status line names the
# record; a name too long for it was cut at its end («خیّر TBZ-1 (زهرا
# نوروزی‌فر…)», a need's «(ساخت پارکینگ کلانتری…)» losing its county)
# while the screen's heading cuts the same name in its middle.  Now the
# status line cuts it in its middle too, its start and end kept, the
# decision whole, at 64x24 (at 80x24 the name is whole).  A donor «زهرا نوروزی‌فر
# کرمانی‌نژاد» whose address both sides changed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,address\nزهرا نوروزی‌فر کرمانی‌نژاد,person,TBZ,تبریز\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
cp -r "$Q" "$TMP/q0"
printf 'id,address\nTBZ-1,تبریز، باغمیشه، کوچهٔ شهيد رجايي\n' >"$TMP/u1.csv"
printf 'id,address\nTBZ-1,تبریز، ولیعصر\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed the address; TBZ's bundle applied at HQ"
cp -r "$Q" "$TMP/q1"

for size in 80x24 64x24; do
	SCR_SIZE=$size
	rm -rf "$Q"; cp -r "$TMP/q1" "$Q"
	scr_start "$Q"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'نشانی')"; ok $? "$size: Enter opens TBZ-1"
	scr_keys F4; scr_wait "$(vis 'نسخهٔ این پایگاه داده از TBZ-1 بماند؟')" >/dev/null; scr_keys y
	scr_wait "$(vis 'تعارض حل شد')"; ok $? "$size: settled"
	line=$(scr_cap | grep -F "$(vis 'تعارض حل شد')")
	holds "$line" "$(vis '؛ نسخهٔ این پایگاه داده ماند.')" "$size: the decision whole"
	holds "$line" "$(vis 'خیّر TBZ-1 (زهرا')" "$size: ... the donor's name's start"
	if [ "$size" = 80x24 ]; then
		holds "$line" "$(vis 'خیّر TBZ-1 (زهرا نوروزی‌فر کرمانی‌نژاد)')" "$size: ... whole where it fits"
	else
		holds "$line" "$(vis 'نژاد)')" "$size: ... and its end, cut in its middle" || echo "# $line"
		holds "$line" "…" "$size: ... with an ellipsis"
	fi
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
