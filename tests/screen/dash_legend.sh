# The dashboard's bar legend fits its column whole.  At 70 columns it was
# cut at its end, «░ کس…», a word of no use beside the light shade; now
# the entries close up (one space between them) and, narrower still, the
# received part goes, never a word cut.  At 80x24 all three entries as
# before; in English too.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture"

legend_row() { scr_cap | grep -F -- "$1" | grep -F "░" | head -n 1; }
for size in 80x24 70x20 62x20; do
	tm kill-server >/dev/null 2>&1
	work_open "$DB"
	scr_resize "${size%x*}" "${size#*x}"
	row=$(legend_row "$(vis 'شهرستان')")
	holds "$row" "$(vis '▓ تعهدشده')" "$size: «pledged» whole in the legend"
	holds "$row" "$(vis '░ کسری')" "$size: «gap» whole in the legend"
	case $row in *…*) ok 1 "$size: nothing cut in the legend: $row" ;;
	*) ok 0 "$size: nothing cut in the legend" ;; esac
	case $size in
	62x20) case $row in *█*) ok 1 "$size: the received part gives way: $row" ;;
	       *) ok 0 "$size: the received part gives way" ;; esac ;;
	*) holds "$row" "$(vis '█ دریافت‌شده')" "$size: «received» whole in the legend" ;;
	esac
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: the program quits cleanly"
done

tm kill-server >/dev/null 2>&1
scr_start "$DB" --lang en
scr_wait 'Main menu' >/dev/null; scr_keys 0; scr_wait 'Needs by county' >/dev/null
scr_resize 70 20
row=$(legend_row 'County')
holds "$row" '█ received  ▓ pledged  ░ gap' "en 70x20: the legend whole, as wide as at 80"
scr_keys F10; scr_wait 'Main menu' >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "en: the program quits cleanly"
done_testing
