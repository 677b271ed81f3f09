# The dashboard on a narrow terminal keeps the selected county's count of
# non-material needs under its figures: where it does not fit three lines
# after the amounts (50 and 40 columns), the county's gap, which its row
# shows in the gap column, leaves them, then (at 40) a fourth line is
# taken; the overdue stages go before the count and stay too
# (dash_overdue_narrow.sh), the count reading without its pledged ones
# where that keeps the figures to three lines (at 50 columns) or where
# the full one is wider than the line (at 40); at 80 and 64 columns
# nothing changes.  Before, at 50 and 40 columns three lines of
# amounts (estimated, pledged, received, gap) left the count out.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/cli/fixtures_nonmaterial.inc"
DB="$TMP/db"
nonmat_db "$DB"; ok $? "fixture: a material and two non-material needs in Tabriz, pledges on both kinds"
dash() {
	scr_start "$DB" "$@"
	scr_wait "$MENU" >/dev/null; scr_settle; scr_keys 0
	scr_wait "$HEAD"; ok $? "$SCR_SIZE $*: the dashboard"
	scr_settle
}
bye() {
	scr_keys F10; scr_wait "$MENU" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
}

MENU="$(vis 'منوی اصلی')" HEAD="$(vis 'نیازها به تفکیک')"
SCR_SIZE=50x24; dash
scr_cap | grep -qF "$(vis 'معنوی: ۱ باز، ۱ انجام‌شده')"; ok $? "50: the non-material needs counted, short, in three lines"
scr_cap | grep -qF "$(vis 'مراحل عقب‌افتاده: ۰')"; ok $? "50: ... beside the overdue stages"
scr_cap | grep -F "$(vis 'تبریز')" | grep -qF "$(fa_amount 300000000)"; ok $? "50: Tabriz's gap in its row"
bye
SCR_SIZE=40x24; dash
scr_cap | grep -qF "$(vis 'معنوی: ۱ باز، ۱ انجام‌شده')"; ok $? "40: the non-material needs counted, short and whole"
scr_cap | grep -F "$(vis 'معنوی:')" | grep -qF '…'; is $? 1 "40: ... nothing of it cut"
scr_cap | grep -F "$(vis 'تبریز')" | grep -qF "$(fa_amount 300000000)"; ok $? "40: Tabriz's gap in its row"
scr_cap | grep -qF "$(vis 'دریافت‌شده:')"; ok $? "40: the amount received still under it"
scr_cap | grep -qF "$(vis 'مراحل عقب‌افتاده: ۰')"; ok $? "40: the overdue stages too"
bye
MENU="Main menu" HEAD="Needs by county"
SCR_SIZE=40x24; dash --lang en
scr_cap | grep -qF "non-material: 1 open, 1 done"; ok $? "40 en: the non-material needs counted, short and whole"
scr_cap | grep -E '^ *Tabriz ' | grep -qF "300,000,000"; ok $? "40 en: Tabriz's gap in its row"
bye
done_testing
