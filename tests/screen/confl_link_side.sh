# The sync conflict screen in Persian: a link in a need's description,
# «https://r.example.ir/» and «www.example.ir.», reads with its slash and
# its full stop on its own side, in the table and in the popup of both
# values, at 80x24 and 50x20, and each piece of a link broken over two
# lines at 40x20 («xample.ir/»).  Before, a right-to-left line put them
# on the far side: «/https://r.example.ir», «.www.example.ir».  In mode
# terminal, where the terminal reorders, the marks that do it are sent
# after the slash and the stop.  HQ changed the description first (typed
# with Arabic ك), TBZ put the links in it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county\npost,پاسگاه ممقان,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status,description\nTBZ-1,space,تعمیر سقف پاسگاه و نصب ناودان‌های جدید,2000000000,5,5,1405/07/15,approved,شرح اولیه\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a need of TBZ reaches HQ"
printf 'id,description\nTBZ-2,شرح تازهٔ كارشناس ستاد\n' >"$TMP/q.csv"
printf 'id,description\nTBZ-2,برآورد در سامانه: https://r.example.ir/ و نقشه در www.example.ir.\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/q.csv" >/dev/null 2>&1 && sleep 1 &&
"$HAMYAR" --db "$T" import needs "$TMP/t.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed its description, TBZ's with two links; TBZ's bundle at HQ"

open_tbz2() {	# open_tbz2 SIZE: TBZ-2's page, the screen in $TMP/s
	SCR_SIZE=$1
	scr_start "$Q"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'شرح')"; ok $? "$1: Enter opens TBZ-2"
	scr_settle
	scr_cap >"$TMP/s"
}
quit() {
	scr_keys F10; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$1: quits"
}
sides() {	# sides WHAT: the links' slash and stop on their side in $TMP/s
	grep -qF 'https://r.example.ir/' "$TMP/s" && ! grep -qF '/https' "$TMP/s"
	ok $? "$1: «https://r.example.ir/», its slash on its right"
	grep -qF 'www.example.ir.' "$TMP/s" && ! grep -qF '.www' "$TMP/s"
	ok $? "$1: «www.example.ir.», its stop on its right"
}

open_tbz2 80x24
sides "80x24, the table"
scr_keys Enter; scr_wait '┌' >/dev/null; scr_settle
scr_cap | sed -n '/┌/,/└/p' >"$TMP/s"
sides "80x24, the popup"
scr_keys Escape; scr_gone '┌' >/dev/null
quit 80x24

# 40x20: the first link broken after «r.e», its second piece «xample.ir/»
open_tbz2 40x20
grep -qF 'xample.ir/' "$TMP/s" && ! grep -qF '/xample' "$TMP/s"
ok $? "40x20: a link's piece «xample.ir/», its slash on its right"
quit 40x20

open_tbz2 50x20
scr_keys Enter; scr_wait '┌' >/dev/null; scr_settle
scr_cap | sed -n '/┌/,/└/p' >"$TMP/s"
sides "50x20, the popup"
scr_keys Escape; scr_gone '┌' >/dev/null
quit 50x20

# mode terminal: the row in logical order, an LRM after the slash and the
# stop, for the terminal's own reordering
HAMYAR_BIDI=terminal; export HAMYAR_BIDI
SCR_SIZE=80x24
scr_start "$Q"
scr_wait 'منوی اصلی' >/dev/null; scr_keys F7
scr_wait 'تعارض‌های باز همگام‌سازی: ۱' >/dev/null; scr_keys Enter
scr_wait 'https:'; ok $? "terminal: Enter opens TBZ-2"
scr_settle
scr_cap >"$TMP/s"
lrm=$(printf '\342\200\216')
grep -qF "https://r.example.ir/$lrm" "$TMP/s"; ok $? "terminal: an LRM after the slash"
grep -qF "www.example.ir.$lrm" "$TMP/s"; ok $? "terminal: ... and after the stop"
scr_keys F10; scr_wait 'تعارض‌های باز همگام‌سازی: ۱' >/dev/null
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "terminal: quits"
done_testing
