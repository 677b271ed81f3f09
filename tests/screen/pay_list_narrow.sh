# The payments' list at 40 columns (SSH from a phone) shows each
# payment's amount, whole, beside its id: on a narrow terminal the
# amount matters more than the pledge, whose caption (its donor) is cut
# at a word's start to the cells left.  At 50 columns the pledge keeps
# its place beside the amount.  Before, at 40 columns the pledge's 15
# cells left no room for the amount: the list showed ids and donors
# and no amount at all.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
# the first two payments, as stored: id and amount
"$HAMYAR" --db "$DB" export payments | tr -d '\r' | sed -n '2,3p' | cut -d, -f1,4 | tr ',' ' ' >"$TMP/pays"
is "$(wc -l <"$TMP/pays" | tr -d ' ')" 2 "two payments in the demo"
for size in 40x24 50x24; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys 6
	scr_wait "$(vis 'جست‌وجو:')"; ok $? "$size: the payments' list"
	scr_settle
	scr_cap | grep -qF "$(vis 'مبلغ (ریال)')"; ok $? "$size: ... its amount's column headed «مبلغ (ریال)»"
	scr_cap | grep -qF "$(vis 'مشارکت')"; ok $? "$size: ... beside the pledge's"
	while read -r id amount; do
		scr_cap | grep -F "$id" | grep -qF "$(fa_amount "$amount")"
		ok $? "$size: $id shows its amount whole, $(fa_amount "$amount")" || scr_cap | grep -F "$id" | sed 's/^/# /'
	done <"$TMP/pays"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$size: the program ends with 0"
done
done_testing
