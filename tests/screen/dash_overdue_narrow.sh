# The dashboard on a narrow terminal keeps the selected county's count of
# overdue stages («مراحل عقب‌افتاده: ۲»), a supervisor's figure, under its
# amounts: where the figures do not all fit three lines, the gap (shown in
# the county's row) leaves them, the overdue stages go before the
# non-material count, which reads short («معنوی: ۳ باز، ۰ انجام‌شده»)
# where that keeps them to three lines (50 columns, and 64 in English,
# whose county rows stay six), and at 40 columns a fourth and fifth line
# are taken.  Before, the overdue stages were left out at 50 and 40
# columns, and at 64 in English.  The demo database: Azarshahr (آذرشهر,
# Ahar in English) selected first, with non-material needs.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
dash() {
	scr_start "$DB" "$@"
	scr_wait "$MENU" >/dev/null; scr_settle; scr_keys 0
	scr_wait "$HEAD"; ok $? "$SCR_SIZE $*: the dashboard"
	scr_settle; scr_cap >"$TMP/s"
}
bye() {
	scr_keys F10; scr_wait "$MENU" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
}
late() { grep -F "$LATE" "$TMP/s"; }

MENU="$(vis 'منوی اصلی')" HEAD="$(vis 'نیازها به تفکیک')" LATE="$(vis 'مراحل عقب‌افتاده:')"
for SCR_SIZE in 50x24 40x24; do
	dash
	late >/dev/null; ok $? "${SCR_SIZE%x*}: the overdue stages counted" || sed 's/^/# /' "$TMP/s"
	late | grep -qF '…'; is $? 1 "${SCR_SIZE%x*}: ... whole"
	grep -qF "$(vis 'معنوی: ۳ باز')" "$TMP/s"; ok $? "${SCR_SIZE%x*}: the non-material count still there"
	grep -qF "$(vis 'دریافت‌شده:')" "$TMP/s"; ok $? "${SCR_SIZE%x*}: the amount received still there"
	bye
done
SCR_SIZE=64x24; dash
late >/dev/null; ok $? "64: the overdue stages counted, as before"
bye
MENU="Main menu" HEAD="Needs by county" LATE="overdue stages:"
SCR_SIZE=64x24; dash --lang en
late >/dev/null; ok $? "64 en: the overdue stages counted" || sed 's/^/# /' "$TMP/s"
grep -qF "non-material: 2 open" "$TMP/s"; ok $? "64 en: the non-material count still there"
sed -n 2p "$TMP/s" | grep -qF "1–6 of 21"; ok $? "64 en: six county rows, as before: $(sed -n 2p "$TMP/s")"
bye
done_testing
