# The audit screen (F8) at 40 columns: a change's heading (date, time,
# login, what was done to which record) is wider than the row.  It was
# cut at its end, so that HQ's merge of a conflict on TBZ-1 read
# «تعارض خیّر TBZ…», the record's id cut (ids are what people read out),
# and a heading shown at the top as «(continued from above)» alike.  Now
# the id stays whole: the login is cut in its middle where that is
# enough, else the time is left out (the date kept) and the words after
# the id are cut at their end.  At 80 columns the heading is whole, as
# before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
new_tbz1; ok $? "TBZ registers TBZ-1, which reaches HQ"
printf 'id,mobile\nTBZ-1,09141110000\n' >"$TMP/h.csv"
printf 'id,name\nTBZ-1,مريم یوسفی‌پور نیک\n' >"$TMP/t.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/h.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both change TBZ-1 apart; TBZ's bundle at HQ"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 merge >/dev/null; ok $? "HQ merges it field by field"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
heading() { scr_cap | grep -F 'تعارض خیّر'; }
SCR_SIZE=40x24
scr_start "$Q"
scr_wait 'منوی اصلی' >/dev/null
scr_keys F8; scr_wait 'گزارش تغییرات' >/dev/null; scr_keys End; scr_settle
scr_keys Home; scr_settle
n=0; while [ $n -lt 60 ] && ! scr_cap | grep -qF 'تعارض خیّر'; do
	scr_keys Down; n=$((n + 1))
done
scr_settle
heading | grep -qF 'تعارض خیّر TBZ-1 '; ok $? "40x24: the merge's heading holds the id TBZ-1 whole" || scr_cap | sed 's/^/# | /'
heading | grep -qF '۱۴۰۵/'; ok $? "... and the change's date"
heading | grep -qF 'root'; ok $? "... and the login, root"
scr_keys Down; scr_settle

heading | grep -qF 'تعارض خیّر TBZ-1'; ok $? "a line down, continued from above: the id still whole" || scr_cap | sed 's/^/# | /'
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null

scr_resize 80 24
scr_keys F8; scr_wait 'گزارش تغییرات' >/dev/null; scr_settle
scr_keys Home; scr_settle
n=0; while [ $n -lt 60 ] && ! scr_cap | grep -qF 'تعارض خیّر'; do
	scr_keys Down; n=$((n + 1))
done
heading | grep -qF 'root  تعارض خیّر TBZ-1 را حل کرد'; ok $? "80x24: the heading whole, its time too"
heading | grep -qF ':'; ok $? "... with its time (hh:mm)"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
scr_keys F10; scr_bye
done_testing
