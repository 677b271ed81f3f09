# A need's pledges screen at 80x24 and 64x24: a donor's name too long for
# its column is cut in its middle, its start and end kept, as the lists
# and the matching screen cut a name, so that two donors who differ at the
# end of their surname are told apart.  Before, beside a partly fulfilled
# pledge (its paid amount and status widening their columns) «زهرا
# عبدالله‌زاده» and «زهرا عبدالله‌پور» were both cut at a word's start to
# «زهرا…», the rest of the column blank.  (40 and 50 columns still cut at
# a word's start: need_small_names.sh.)  Names typed with Arabic ي and ك.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nother,پلیس راه تبریز,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,equipment,خرید بی‌سیم‌های دستی,120000000,4,3,1405/08/01,assessed\n' >"$TMP/n.csv"
printf 'name,kind,county\nزهرا عبدالله‌زاده,person,TBZ\nزهرا عبدالله‌پور,person,TBZ\n' >"$TMP/d.csv"
printf 'id,donor,need,type,amount,pledged_on\nTBZ-1282,TBZ-3,TBZ-2,equipment,80000000,1405/08/05\nTBZ-1283,TBZ-4,TBZ-2,equipment,20000000,1405/08/06\n' >"$TMP/p.csv"
printf 'pledge,paid_on,amount,receipt\nTBZ-1282,1405/08/10,50000000,TBZ/12345\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1
ok $? "a need, pledges TBZ-1282 of «زهرا عبدالله‌زاده» (half paid) and TBZ-1283 of «زهرا عبدالله‌پور»"
for size in 80x24 64x24; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'مراحل و وضعیت')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'بخشی ایفاشده')"; ok $? "$size: the need's pledges, TBZ-1282 partly fulfilled"
	scr_settle
	r5=$(scr_cap | grep -E ' TBZ-1282 *$')
	r6=$(scr_cap | grep -E ' TBZ-1283 *$')
	case $r5 in *"$(vis 'زهرا')"*"$(vis 'زاده')"*|*"$(vis 'زاده')"*"$(vis 'زهرا')"*) ok 0 "$size: TBZ-1282's donor keeps «زهرا» and the end «…زاده»" ;;
	*) ok 1 "$size: TBZ-1282's donor keeps «زهرا» and the end «…زاده»"; echo "# $r5" ;; esac
	case $r6 in *"$(vis 'پور')"*) ok 0 "$size: TBZ-1283's donor keeps the end «…پور»" ;;
	*) ok 1 "$size: TBZ-1283's donor keeps the end «…پور»"; echo "# $r6" ;; esac
	scr_keys F10; scr_wait "$(vis 'مراحل و وضعیت')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
