# The lists at 40x20 and 50x20 (an old machine, SSH from a phone): a
# title or name too long for its column is cut at a word's start, its
# start shown, never glued from two words' pieces, and ids stay whole.
# The pledges' list at 40 columns keeps the donor's name (cut at a word's
# start) and drops the pledge's date instead.  Before, the ceremony
# «همایش تجلیل از خیرین مشارکت‌های مردمی» read «همایش تجلیل…رکت‌های
# مردمی» (cut in its middle), a need's title «آموزش همیار…» likewise,
# and the pledges' list at 40 columns showed id, amount and date, no
# donor.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
MENU="$(vis 'منوی اصلی')"
SEARCH="$(vis 'جست‌وجو:')"
row() { scr_settle; scr_cap | grep -F -- "$1"; }
for size in 40x20 50x20; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$MENU" >/dev/null
	# the pledges: id, donor, amount
	scr_keys 5; scr_wait "$SEARCH" >/dev/null
	r=$(row ' TBZ-888')
	case $r in *"$(vis 'فاطمه تقی‌زاده')"*) ok 0 "$size pledges: the donor's name shown" ;;
	*) ok 1 "$size pledges: the donor's name shown"; echo "# $r" ;; esac
	case $r in *"$(vis '۹۰ ساعت')"*) ok 0 "$size pledges: ... and the amount" ;;
	*) ok 1 "$size pledges: ... and the amount"; echo "# $r" ;; esac
	r=$(row ' TBZ-890')
	case $r in *"$(vis 'سیده‌زهرا…')"*|*"$(vis 'سیده‌زهرا حق‌شناس')"*) ok 0 "$size pledges: a name cut at a word's start" ;;
	*) ok 1 "$size pledges: a name cut at a word's start"; echo "# $r" ;; esac
	scr_keys F10; scr_wait "$MENU" >/dev/null
	# the ceremonies: the title's start, to a word's end
	scr_keys 8; scr_wait "$SEARCH" >/dev/null
	r=$(row ' TBZ-1279')
	case $r in *"$(vis 'همایش تجلیل از خیرین…')"*|*"$(vis 'همایش تجلیل از خیرین مشارکت‌های مردمی')"*)
		ok 0 "$size ceremonies: the title cut at a word's start" ;;
	*) ok 1 "$size ceremonies: the title cut at a word's start"; echo "# $r" ;; esac
	scr_keys F10; scr_wait "$MENU" >/dev/null
	# the needs: likewise
	scr_keys 4; scr_wait "$SEARCH" >/dev/null
	r=$(row ' TBZ-580')
	# (at 50 columns the id column as wide as its ids, the title has
	# room for «پاسگاه»: list_narrow_ids.sh)
	case $r in *"$(vis 'آموزش همیاران اطلاعاتی…')"*|*"$(vis 'آموزش همیاران اطلاعاتی پلیس…')"*|\
	    *"$(vis 'آموزش همیاران اطلاعاتی پاسگاه…')"*)
		ok 0 "$size needs: the title cut at a word's start" ;;
	*) ok 1 "$size needs: the title cut at a word's start"; echo "# $r" ;; esac
	scr_keys F10; scr_wait "$MENU" >/dev/null
	# every list: the first row's id whole (the ids' digits as in the
	# list's first id, TBZ- and at least one digit, set off by spaces)
	for k in 1:donors 2:groups 3:units 4:needs 5:pledges 6:payments 7:stages 8:ceremonies; do
		scr_keys ${k%%:*}; scr_wait "$SEARCH" >/dev/null; scr_settle
		scr_cap | sed -n 4p | grep -qE '(^| )TBZ-[0-9]+( |$)'
		ok $? "$size ${k#*:}: the first row's id whole"
		scr_cap | sed -n '4,14p' | grep -qE '…TBZ|TBZ…|[0-9]…$'
		[ $? -ne 0 ]; ok $? "$size ${k#*:}: no id cut"
		scr_keys F10; scr_wait "$MENU" >/dev/null
	done
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
