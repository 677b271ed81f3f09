# The matching screen's key bar offers only what can be done: with no
# donor proposed (a need rejected, whose screen says why), F2 (make a
# pledge) and F3 (open the match's need) have nothing to act on and are
# not shown; with matches they are.  Before, the bar offered them anyway
# and F2 answered «first choose a match with Enter», of which there was none.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,status\nTST-23,rejected\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "need TST-23 (ساخت سایه‌بان) rejected"
"$HAMYAR" --db "$DB" match need TST-23 >/dev/null 2>&1
"$HAMYAR" --db "$DB" match need TST-21 | grep -q '^TST-'; ok $? "TST-21 has matches"

bar_has() { scr_cap | tail -n 1 | grep -qF "$(vis "$1")"; }
work_open "$DB"
for need in TST-23 TST-21; do
	scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
	scr_pick 'از یک نیاز: خیّرین جور با آن'
	scr_type "$need"; scr_wait "$need" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'خیّرین جور با یک نیاز')" >/dev/null
	if [ $need = TST-23 ]; then
		scr_wait "$(vis 'بازگشت')" >/dev/null
		bar_has 'ثبت تعهد'; r=$?; [ $r -ne 0 ]; ok $? "$need (rejected, no match): no F2 to make a pledge on the bar"
		scr_cap | tail -n 1 | grep -q 'F3'; r=$?; [ $r -ne 0 ]; ok $? "... nor F3"
		bar_has 'راهنما'; ok $? "... F1 and F10 still there"
	else
		bar_has 'ثبت تعهد'; ok $? "$need (matches): F2 makes a pledge"
	fi
	scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
done
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
