# The pledges' list below 80 columns keeps what matters most: the amount,
# then the donor, then the need; the status goes first.  Before, at 50, 64
# and 70 columns the amount's column was the first to go (a reference's
# and a status's priorities were higher), the status kept.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: two pledges of «کارخانهٔ قند اهر» on «تعمیر سقف پاسگاه»"

head_row() { scr_cap | grep -F "$(vis 'شناسه')" | head -n 1; }
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 5; scr_wait TST-31 >/dev/null; scr_settle
holds "$(head_row)" "$(vis 'وضعیت')" "80x24: the status's column too"
for w in 70 64 50; do
	scr_resize $w 24
	holds "$(head_row)" "$(vis 'مبلغ (ریال)')" "${w}x24: the amount's column"
	holds "$(scr_cap | grep -F TST-30)" '۱۰۰٬۰۰۰٬۰۰۰' "${w}x24: ... TST-30's amount whole"
	holds "$(head_row)" "$(vis 'خیّر')" "${w}x24: the donor's column"
	head_row | grep -qF "$(vis 'وضعیت')"; r=$?; [ $r -ne 0 ]; ok $? "${w}x24: the status has gone first"
	[ $w -lt 64 ] || { holds "$(head_row)" "$(vis 'نیاز')" "${w}x24: the need's column"; }
done
scr_resize 80 24
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
