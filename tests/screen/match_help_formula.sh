# The matching screen's F1 at 80x24 and narrower (60 to 76 columns,
# where the help is reflowed), in Persian and in English: the
# reflowed help keeps the short formula of the fit of a non-material need
# on one line, «(جمع + ۲)» and "(sum + 2)" (no-break spaces in the
# catalog text; the wrapper breaks only at a space).  Before, the reflow
# could leave «(جمع» at the end of one line and «+ ۲)» on the next.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

for SCR_SIZE in 80x24 76x30 38x24 36x24; do
	work_open "$DB"
	scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
	scr_keys Enter
	scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'نیازهای جور با یک خیّر')" >/dev/null
	scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
	: >"$TMP/pages"
	for i in 1 2 3 4; do scr_cap | sed 's/\xc2\xa0/ /g' >>"$TMP/pages"; scr_keys NPage; scr_settle; done
	grep -qF "$(vis '(جمع')" "$TMP/pages"; ok $? "$SCR_SIZE fa: the help reaches the non-material need's fit"
	grep -qF "$(vis '(جمع + ۲)')" "$TMP/pages"; ok $? "$SCR_SIZE ... «(جمع + ۲)» on one line"
	scr_keys Escape; scr_settle
	[ "$SCR_SIZE" = 80x24 ] || continue
	scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$SCR_SIZE quits"
done
done_testing
