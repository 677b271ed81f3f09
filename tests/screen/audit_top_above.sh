# The audit log's view starts at its end and scrolls by lines; a change
# cut by the top shows its heading in the first row (audit_top.sh).  That
# heading now says the change goes on above it, «(ادامه از بالا)»: under
# it alone, the change read as having only the fields in view (a conflict
# merged field by field read as a decision of its last field, the
# decision, the station and the other fields above the view).  Once Up
# brings the change's own heading to the top, the mark goes.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
MARK='(ادامه از بالا)'
first_row() { scr_cap | sed -n 4p; }	# title, count, a blank, then the log

"$HAMYAR" --db "$DB" init --station AUD >/dev/null
printf 'name,kind,county,mobile,notes\nعلی‌رضا کریمی,person,TBZ,09141234567,خیّر قدیمی\nفاطمه نوری‌زاده,person,MRG,09121112233,\nشرکت فولاد آذر,org,TBZ,,صنعت\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "three donors: three changes of several fields"
SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=linux"
SCR_SIZE=80x14
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')"; scr_settle
first_row | grep -qF "$(vis 'را افزود')"; ok $? "at the end: the first row is the heading of the change cut by the top"
cut=$(first_row | grep -o 'AUD-[0-9]*')
first_row | grep -qF "$(vis "$MARK")"; ok $? "... saying that it goes on above, «$MARK»"
scr_cap | grep -F "$(vis 'یادداشت‌ها')" | grep -qF "$(vis 'صنعت')"; ok $? "... the last change whole under it"
ups=0 own=0
while [ $ups -lt 20 ]; do
	scr_keys Up; ups=$((ups + 1))
	if ! first_row | grep -qF "$(vis "$MARK")"; then own=1; break; fi
done
is "$own" 1 "Up, line by line: the change's own heading comes to the top, no mark on it"
scr_cap | sed -n 5p | grep -qF "$(vis 'شناسه')"; ok $? "... its first field (شناسه) right under it: nothing of it above"
is "$(first_row | grep -o 'AUD-[0-9]*')" "$cut" "... the same change as the one marked at the end ($cut)"
scr_keys Up; scr_settle
first_row | grep -qF "$(vis "$MARK")"; ok $? "one more Up: the change before, cut by the top, marked again"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
