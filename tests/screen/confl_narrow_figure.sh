# The sync conflict screen's record page at 40x24: a need's estimated
# cost changed at HQ (30,000 rials) and at TBZ (45,000,000).  Beside the
# label «هزینهٔ برآوردی (ریال)» each value's column had 4 cells, and the
# figures were broken over rows, «۳۰٬۰» over «۰۰ *».  Now, where a word
# of a value (a figure with its star) is wider than its column beside
# the labels, each field's label takes a row of its own and the values
# the rows under it, across the label's column too: each figure whole on
# one row, its star after it.  At 80x24 the label stays beside them.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county\npost,پاسگاه ممقان,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status,description\nTBZ-1,space,تعمیر سقف پاسگاه,2000000000,5,5,1405/07/15,approved,شرح اولیه\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a need of TBZ reaches HQ"
printf 'id,estimated_cost\nTBZ-2,۳۰۰۰۰\n' >"$TMP/q.csv"
printf 'id,estimated_cost\nTBZ-2,45000000\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/t.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed its estimated cost; TBZ's bundle at HQ"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
LABEL='هزینهٔ برآوردی (ریال)'
for size in 40x24 80x24; do
	SCR_SIZE=$size
	scr_start "$Q"
	scr_wait 'منوی اصلی' >/dev/null; scr_keys F7
	scr_wait 'تعارض‌های باز همگام‌سازی: ۱' >/dev/null; scr_keys Enter
	scr_wait "$LABEL"; ok $? "$size: Enter opens TBZ-2"
	scr_settle
	scr_cap >"$TMP/s"
	grep -qF '۳۰٬۰۰۰ *' "$TMP/s"; ok $? "$size: HQ's figure whole, its star after it" || sed 's/^/# | /' "$TMP/s"
	grep -qF '۴۵٬۰۰۰٬۰۰۰ *' "$TMP/s"; ok $? "$size: TBZ's figure whole, its star after it"
	grep -q '٬$' "$TMP/s"; is $? 1 "$size: no row ends inside a figure"
	grep -F "$LABEL" "$TMP/s" | grep -qF '۳۰٬۰۰۰'; beside=$?
	if [ "$size" = 40x24 ]; then
		is $beside 1 "$size: the label on a row of its own"
	else
		ok $beside "$size: the label beside the values, as before"
	fi
	scr_keys F10; scr_settle; scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
	scr_keys F10; scr_bye
done
done_testing
