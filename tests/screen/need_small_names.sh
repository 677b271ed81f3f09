# A need's form and its pledges screen at 40x20 and 50x20 (a phone's SSH
# window): the form's unit field shows its id whole beside the unit's
# name, that name cut at a word's start, and the pledges' list keeps the
# donor's name, cut at a word's start, the type and then the amount paid
# leaving first.  Before, at 40 columns the id read «BZ-1» (its first
# letter scrolled off the box) and the name «پاس…ر ۲», cut in its middle
# inside words; the donor read «کا…», and at 50 «کارخانه لبنیا…».  A unit
# «پاسگاه انتظامی شبستر ۲», a donor «کارخانهٔ لبنیات نیک‌اندیشان» (typed
# with Arabic ي and ك) and his pledge to the unit's need.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\npost,پاسگاه انتظامی شبستر ۲,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,equipment,دوربین مداربسته,500000000,4,3,1405/08/01,approved\n' >"$TMP/n.csv"
printf 'name,kind,county\nكارخانهٔ لبنيات نیک‌اندیشان,org,TBZ\n' >"$TMP/d.csv"
printf 'donor,need,type,amount,pledged_on\nTBZ-3,TBZ-2,equipment,250000000,1405/08/05\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1
ok $? "a unit, its need, a donor and his pledge to it"
for size in 40x20 50x20; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'فوریت')"; ok $? "$size: the need's form"
	scr_settle
	row=$(scr_cap | grep -F "$(vis 'واحد*:')")
	case $row in *' TBZ-1 '*|*' TBZ-1') ok 0 "$size: ... its unit's id whole, TBZ-1" ;;
	*) ok 1 "$size: ... its unit's id whole, TBZ-1"; echo "# $row" ;; esac
	case $row in *"$(vis 'پاسگاه…')"*|*"$(vis 'پاسگاه انتظامی…')"*|*"$(vis 'پاسگاه انتظامی شبستر…')"*) ok 0 "$size: ... the unit's name cut at a word's start" ;;
	*) ok 1 "$size: ... the unit's name cut at a word's start"; echo "# $row" ;; esac
	scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'مراحل و وضعیت')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'تعهدها و پرداخت‌ها')"; ok $? "$size: the need's pledges"
	scr_settle
	row=$(scr_cap | grep -F 'TBZ-4')
	case $row in *"$(vis 'کارخانهٔ…')"*|*"$(vis 'کارخانهٔ لبنیات…')"*) ok 0 "$size: ... the donor's name cut at a word's start" ;;
	*) ok 1 "$size: ... the donor's name cut at a word's start"; echo "# $row" ;; esac
	head=$(scr_cap | grep -F "$(vis 'خیّر')" | grep -F "$(vis 'مبلغ')")
	case $head in *"$(vis 'نوع مشارکت')"*) ok 1 "$size: ... the type left off first"; echo "# $head" ;;
	*) ok 0 "$size: ... the type left off first" ;; esac
	scr_keys F10; scr_wait "$(vis 'مراحل و وضعیت')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
