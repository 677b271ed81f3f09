# The payments' list at 80 and 64 columns: a pledge's caption («donor —
# pledged amount») too long for its column is cut at a word's start, the
# donor's name whole before the ellipsis.  Before, it was cut in its
# middle, the start of the name run into the pledge's amount with no
# dash between, «سیده‌زهرا…۱۱۵٬۰۰۰٬۰۰۰», read as one word, or the amount
# taken for the payment's.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
# the first payment, its pledge's donor's name, as stored
pay=$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | sed -n 2p)
id=${pay%%,*}; pledge=$(printf '%s\n' "$pay" | cut -d, -f2)
donor=$("$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v p="$pledge" '$1 == p { print $2 }')
name=$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, -v d="$donor" '$1 == d { print $3 }')
[ -n "$id" ] && [ -n "$name" ]; ok $? "the first payment, $id, on a pledge of $name"
for size in 80x24 64x24; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys 6
	scr_wait "$(vis 'جست‌وجو:')"; ok $? "$size: the payments' list"
	scr_settle
	row=$(scr_cap | grep -F "$id")
	case $row in *"$(vis "$name")"*) ok 0 "$size: $id shows its donor's name whole" ;;
	*) ok 1 "$size: $id shows its donor's name whole"; echo "# $row" ;; esac
	# an ellipsis against a digit: a name run into an amount
	printf '%s\n' "$row" | grep -qE '[۰۱۲۳۴۵۶۷۸۹]…|…[۰۱۲۳۴۵۶۷۸۹]'
	is $? 1 "$size: ... no ellipsis against an amount's digit" || echo "# $row"
	scr_cap | grep -E '[۰۱۲۳۴۵۶۷۸۹]…|…[۰۱۲۳۴۵۶۷۸۹]' | sed 's/^/# /'
	scr_cap | grep -qE '[۰۱۲۳۴۵۶۷۸۹]…|…[۰۱۲۳۴۵۶۷۸۹]'; is $? 1 "$size: ... nor on any row"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$size: the program ends with 0"
done
done_testing
