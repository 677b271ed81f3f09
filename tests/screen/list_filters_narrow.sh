# Two filters on the needs' list at 50 columns (a county, then a
# status): each was cut to its own share, «آذ…   شن…», while the empty
# search box beside them kept 16 blank cells.  Then the box gave up what
# it did not need, and the filters were cut again as a word was typed.
# Now filters that do not fit whole beside the box at its fewest take a
# row of their own under the search line (list_filters_row.sh): both read
# whole, with or without a word typed.  The count stays whole throughout.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
LINE() { scr_cap | sed -n 2,3p; }	# the search line and the filters' row
filter() {	# filter FIELD VALUE: F4, the field, the value
	scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null
	scr_pick "$1"; scr_wait "$(vis "$2") │" >/dev/null
	scr_pick "$2"; scr_gone '┌' >/dev/null; scr_settle
}

SCR_SIZE=50x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys 4
scr_wait "$(vis 'رکوردها: ۲۰۰')"; ok $? "50 columns: the needs' list"
filter 'شهرستان' 'آذرشهر'
filter 'وضعیت' 'شناسایی‌شده'
scr_wait "$(vis 'شناسایی‌شده')" 3 >/dev/null
holds "$(LINE)" "$(vis 'آذرشهر')" "two filters: the county whole" || echo "# $(LINE)"
holds "$(LINE)" "$(vis 'شناسایی‌شده')" "... and the status whole"
holds "$(LINE)" "$(vis 'جست‌وجو:')" "... beside the search box"
case $(LINE) in *…*) ok 1 "... nothing cut" ;; *) ok 0 "... nothing cut" ;; esac
# a word typed: the box takes its cells, the filters cut between them
scr_type 'توسعه'; scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; sleep 1; scr_settle
holds "$(LINE)" "$(vis 'توسعه')" "a word typed: in the box" || echo "# $(LINE)"
holds "$(LINE)" "$(vis 'آذرشهر')" "... the county whole"
holds "$(LINE)" "$(vis 'شناسایی‌شده')" "... and the status"
holds "$(LINE)" "$(vis 'رکوردها: ۱')" "... the count whole"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "50 columns: the program ends with 0"
done_testing
