# The status line after a payment is saved («ذخیره شد: TST-.. NAME — تعهد
# ...، پرداخت ...») takes one row when the donor's name is very long: the
# name is cut in its middle («مؤسسهٔ خیریهٔ…نیازمند استان»), as the lists
# cut one, the id and both labelled amounts whole.  Before, the line
# wrapped onto a second row, over the list's sum line, and a name of 145
# letters cut it short of its amounts.  At 80 columns and narrower; on a
# screen too narrow for the amounts and a name of some letters, the line
# itself is cut in its middle, still one row.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_long_name_fixture
SAVED="$(vis 'ذخیره شد:')"
SUM="$(vis 'جمع این پرداخت‌ها')"

# pay AMOUNT RECEIPT: a payment on TST-30 through the payments' list's form
pay() {
	scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
	scr_type TST-30; scr_keys Tab Tab; scr_type "$1"; scr_keys Tab; scr_type "$2"
	scr_keys F2; scr_wait "$SAVED" 5
}
# row N of the screen (1 the top)
row() { scr_cap | sed -n "${1}p"; }
# check COLS ROWS-BELOW-NAME: the saved line is row 22, one row, the sum
# line above it and the bars under it intact
check() {
	pid=$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, -v a="$3" '$4 == a { print $1 }')
	line=$(row 22)
	holds "$line" "$SAVED" "$1 columns: the saved line on the row over the status bar"
	[ -n "$pid" ] && printf '%s\n' "$line" | grep -qF -- "$pid"; ok $? "... naming the payment, $pid"
	holds "$line" "$(vis "پرداخت $(fa_amount "$3")")" "... its amount at its end, on the same row"
	holds "$(row 21)" "$SUM" "... the list's sum line above it intact (no second row)"
	holds "$(row 23)" "$(vis 'کاربر:')" "... the status bar under it intact"
	holds "$(row 24)" "F10" "... and the key bar"
	holds "$(row 2)" "$(vis 'جست‌وجو:')" "... the search line intact"
	[ -n "$pid" ] && scr_cap | grep -F -- "$pid" | grep -qF "$(vis "$2")"; ok $? "... the payment's row in the list"
	scr_cap | grep -qF "$(vis 'امدادرسانی')"; is $? 1 "... the name's middle cut out"
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
pay '۲۰۰۰۰۰۰۰' 'فیش ۱۲'; ok $? "80 columns: the payment saved"
scr_settle
check 80 'فیش ۱۲' 20000000
holds "$line" "$(vis 'مؤسسهٔ خیریهٔ')" "... the name's start shown"
holds "$line" "…" "... cut with «…»"
holds "$line" "$(vis '— تعهد ۵۰٬۰۰۰٬۰۰۰، پرداخت ۲۰٬۰۰۰٬۰۰۰')" "... both amounts, each labelled"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# narrower: the name cut shorter
SCR_SIZE=70x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
pay '۳۰۰۰۰۰۰' 'فیش ۱۳'; ok $? "70 columns: the payment saved"
scr_settle
check 70 'فیش ۱۳' 3000000
holds "$line" "$(vis '— تعهد ۵۰٬۰۰۰٬۰۰۰، پرداخت ۳٬۰۰۰٬۰۰۰')" "... both amounts, each labelled"
holds "$line" "…" "... the name cut with «…»"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# too narrow for the amounts and some of the name: the line cut, one row
SCR_SIZE=60x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
pay '۴۰۰۰۰۰۰' 'فیش ۱۴'; ok $? "60 columns: the payment saved"
scr_settle
check 60 'فیش ۱۴' 4000000
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
