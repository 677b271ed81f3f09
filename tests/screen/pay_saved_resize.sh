# The payments' list's «ذخیره شد» line, fitted to one row when the form
# closes (pay_saved_long_name.sh), is fitted again when the terminal is
# resized before the next key: made narrower it stays on one row, the
# name cut shorter in its middle and the amounts whole, the sum line above
# it intact; made wider again it shows more of the name.  Before, the line
# was fitted once, at 80 columns, and a narrower terminal wrapped it onto
# a second row over the list's sum line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_long_name_fixture
SAVED="$(vis 'ذخیره شد:')"
SUM="$(vis 'جمع این پرداخت‌ها')"
row() { scr_cap | sed -n "${1}p"; }
# the row holding «ذخیره شد:» (a line wrapped over two rows starts on the
# upper one)
saved_row() { scr_cap | grep -nF "$SAVED" | head -n 1 | cut -d: -f1; }
resize() { scr_resize "$1" 24; }
# check COLS: one row over the status bar, the amounts whole, the sums
# above it
check() {
	line=$(row 22)
	is "$(saved_row)" 22 "$1 columns: the saved line on the row over the status bar"
	holds "$line" "$pid" "... naming the payment"
	holds "$line" "$(vis "پرداخت $(fa_amount 20000000)")" "... its amount at its end, on the same row"
	holds "$(row 21)" "$SUM" "... the list's sum line above it intact (no second row)"
	holds "$(row 23)" "$(vis 'کاربر:')" "... the status bar under it intact"
	holds "$(row 24)" "F10" "... and the key bar"
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type TST-30; scr_keys Tab Tab; scr_type '۲۰۰۰۰۰۰۰'; scr_keys Tab; scr_type 'فیش ۱۲'
scr_keys F2; scr_wait "$SAVED" 5; ok $? "80 columns: the payment saved"
scr_settle
pid=$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, '$4 == 20000000 { print $1 }')
[ -n "$pid" ]; ok $? "the payment stored ($pid)"
check 80
holds "$line" "$(vis '— تعهد ۵۰٬۰۰۰٬۰۰۰، پرداخت ۲۰٬۰۰۰٬۰۰۰')" "... both amounts, each labelled"

resize 66
check 66
holds "$line" "…" "... the name cut with «…»"
holds "$line" "$(vis '— تعهد ۵۰٬۰۰۰٬۰۰۰، پرداخت ۲۰٬۰۰۰٬۰۰۰')" "... both amounts, each labelled"
holds "$line" "$(vis 'مؤسسهٔ')" "... the name's start shown"
n66=$(printf '%s\n' "$line" | sed 's/^ *//; s/ *$//' | wc -m)

resize 56
check 56

resize 100
check 100
holds "$line" "$(vis 'مؤسسهٔ خیریهٔ نیکوکاران و حامیان')" "wider again: more of the name shown"
n100=$(printf '%s\n' "$line" | sed 's/^ *//; s/ *$//' | wc -m)
[ "$n100" -gt "$n66" ]; ok $? "... a longer line than at 66 columns ($n100 > $n66 characters)"

# the next key: the line goes, as any status does
scr_keys Down; scr_settle
scr_cap | grep -qF "$SAVED"; is $? 1 "a key: the saved line goes"
resize 70
scr_cap | grep -qF "$SAVED"; is $? 1 "... and a resize does not bring it back"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
