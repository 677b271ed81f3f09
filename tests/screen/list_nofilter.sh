# Every list's F4 filters by something: the lists of payments, stages and
# ceremonies, whose records have no field to filter by, filter by a county
# read from what they name (payments_county.sh, stages_county.sh,
# ceremonies_county.sh).  Their key bar offers F4, their help names it, and
# F4 opens a menu holding more than «بدون صافی» (no filter).  Before, the bar
# offered F4 there as in every list and F4 opened a menu holding only «بدون
# صافی»; then the bar offered no F4 at all.  The donors' list filters by
# county as it always did.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station NOF >/dev/null; ok $? "a database"
bar() { scr_cap | tail -n 1; }
FILTER="$(vis 'صافی')"
MENU="$(vis 'صافی بر پایهٔ')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
for item in '6 پرداخت' '7 مرحله' '8 تجلیل' '1 خیّر'; do
	n=${item%% *}; name=${item#* }
	scr_keys "$n"; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_cap | head -n 1 | grep -qF "$(vis "$name")"; ok $? "$name: the list"
	bar | grep -qF "$FILTER"; ok $? "$name: its bar offers the filter"
	bar | grep -q 'F4[^0-9]'; ok $? "$name: ... F4 on it"
	bar | grep -qF 'F10'; ok $? "$name: F10 still is"
	scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
	scr_cap | grep -qF "$(vis 'بر پایهٔ شهرستان')"; ok $? "$name: the help names F4, by county"
	scr_keys Enter; scr_gone '┌' >/dev/null
	scr_keys F4; scr_wait "$MENU" >/dev/null; ok $? "$name: F4 opens the filter menu"
	scr_cap | grep -qF "$(vis 'شهرستان')"; ok $? "$name: ... by county"
	scr_keys Escape; scr_gone "$MENU" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
done
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
