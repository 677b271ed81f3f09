# The lists of payments and ceremonies have no field to filter by:
# their key bar does not offer F4 (Filter), and F4 opens nothing.  Before,
# the bar offered it there as in every list, and F4 opened a menu holding
# only «بدون صافی» (no filter); the list's help, rightly, did not name F4.
# The donors' list still offers it and filters by county, and so does the
# stages' list, by its needs' county (stages_county.sh).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station NOF >/dev/null; ok $? "a database"
bar() { scr_cap | tail -n 1; }
FILTER="$(vis 'صافی')"
MENU="$(vis 'صافی بر پایهٔ')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
for item in '6 پرداخت' '8 تجلیل'; do
	n=${item%% *}; name=${item#* }
	scr_keys "$n"; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_cap | head -n 1 | grep -qF "$(vis "$name")"; ok $? "$name: the list"
	bar | grep -qF "$FILTER"; is $? 1 "$name: its bar offers no filter"
	bar | grep -q 'F4[^0-9]'; is $? 1 "$name: ... no F4 on it"
	bar | grep -qF 'F10'; ok $? "$name: F10 still is"
	scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
	scr_cap | grep -qF "$(vis 'F3 جست‌وجو')"; ok $? "$name: the help lists the keys"
	scr_cap | grep -qF "$(vis 'F4 صافی')"; is $? 1 "$name: ... F4 not among them"
	scr_keys Enter; scr_gone '┌' >/dev/null
	scr_keys F4; sleep 0.3
	scr_cap | grep -qF "$MENU"; is $? 1 "$name: F4 opens no menu"
	scr_cap | grep -qF "$MENU" && scr_keys Escape
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
done

scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
bar | grep -qF "$FILTER"; ok $? "donors: the bar offers the filter"
scr_keys F4; scr_wait "$MENU"; ok $? "donors: F4 opens the filter menu"
scr_cap | grep -qF "$(vis 'شهرستان')"; ok $? "donors: ... by county"
scr_keys Escape; scr_gone "$MENU"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
