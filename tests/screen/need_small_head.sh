# A need's screen (the needs' list, F7) at 40x20 and 50x20: the lines of
# its head each part whole, those that do not fit on the line under it
# (the stages moved down): its county and category, the amount received
# and the note that a non-material need is not in the money totals.
# Before, each line was cut at its end: «دری…» for the amount received
# at 40 columns, «(نیاز معنوی:…» and «زمینهٔ مشار…» at 50.  A need for
# information, non-material, of «پاسگاه انتظامی شبستر ۲».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\npost,پاسگاه انتظامی شبستر ۲,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,information,آموزش همیاران اطلاعاتي,50000000,4,3,1405/08/01,assessed\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1
ok $? "a unit and its non-material need"
for size in 40x20 50x20 80x24; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'مراحل و وضعیت')"; ok $? "$size: the need's screen"
	scr_settle
	scr_cap >"$TMP/s"
	# the head: from the line under the need's title to the stages'
	sed -n "3,/$(vis 'مراحل')\$/p" "$TMP/s" | sed '$d' >"$TMP/h"
	if grep -q '…' "$TMP/h"; then ok 1 "$size: nothing in the head cut"; sed 's/^/# /' "$TMP/h"
	else ok 0 "$size: nothing in the head cut"; fi
	for p in 'شهرستان: تبریز' 'زمینهٔ مشارکت: اطلاعاتی' 'دریافت‌شده: ۰' '(نیاز معنوی: در جمع مبلغ‌ها نیست)'; do
		grep -qF "$(vis "$p")" "$TMP/h"; ok $? "$size: «$p»"
	done
	grep -qF "$(vis 'مرحله')" "$TMP/s"; ok $? "$size: the stages' table under it"
	scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
