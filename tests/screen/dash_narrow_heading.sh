# The dashboard at 40x20 and 50x20 (an old machine, SSH from a phone):
# the counties' heading and the column headings read whole.  The heading
# is «نیازها به تفکیک شهرستان» alone where not even the total gap's
# figure fits beside it; the bar's legend is left off where even its
# short form does not fit (F1 says what the shades are), and at 40
# columns, where the bar would be a cell or two, the bar's column too,
# the gap taking its place.  Before, at 40 the headings read «شهرستان
# نیازها … کسری» and «نیازها به تفکیک شهرستان…», at 50 «(کسری:…)» and
# «▓ تعهدشد…».  At 80x24 the legend and the total gap, as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
for size in 80x24 50x20 40x20; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
	scr_wait "$(vis 'نیازها به تفکیک')"; ok $? "$size: the dashboard"
	scr_settle; scr_cap >"$TMP/s"
	h=$(grep -F "$(vis 'نیازها به تفکیک شهرستان')" "$TMP/s")
	case $h in *…*) ok 1 "$size: the counties' heading whole"; echo "# $h" ;;
	*) ok 0 "$size: the counties' heading whole" ;; esac
	c=$(grep -F "$(vis 'شهرستان')" "$TMP/s" | grep -F "$(vis 'کسری')" | grep -vF "$(vis 'به تفکیک')")
	[ -n "$c" ]; ok $? "$size: the column headings"
	case $c in *…*) ok 1 "$size: ... none cut"; echo "# $c" ;; *) ok 0 "$size: ... none cut" ;; esac
	r=$(grep -F "$(vis 'آذرشهر')" "$TMP/s" | head -n 1)
	printf '%s\n' "$r" | grep -qF "$(vis '۴٬۰۵۲٬۰۰۰٬۰۰۰')"; ok $? "$size: a county's gap whole"
	if [ $size = 80x24 ]; then
		case $c in *"$(vis '▓ تعهدشده')"*) ok 0 "$size: the legend" ;;
		*) ok 1 "$size: the legend"; echo "# $c" ;; esac
		case $h in *"$(vis 'کسری مادی:')"*) ok 0 "$size: the total gap" ;;
		*) ok 1 "$size: the total gap"; echo "# $h" ;; esac
	fi
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
