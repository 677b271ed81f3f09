# The audit screen's F7 (the changes that hold some words) looks for the
# words in a change's text before it lays the change out, and lays out
# only those that may hold them (before, every change of the period was
# laid out, its values' widths through FriBidi and its rows copied, and
# most dropped again: 6-8 s for 130,000 changes, tests/bench/bench_tui.sh).
# The same changes must be found as when each was laid out first: words
# of the labels (نشانی), of a choice's label (شخص حقیقی, مدیر سامانه) and
# not its stored name (person), of a county's name (تبریز) and not its
# code (TBZ), digits of either set, a ZWNJ name typed without its ZWNJ and
# with Arabic yeh, and the last word of an address broken over rows.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county,address\nperson,علی‌رضا نوری‌زاده,TBZ,خیابان امام کوچهٔ ۱۲ پلاک ۳۴ طبقهٔ دوم واحد ۵ روبروی مسجد جامع\nperson,مریم کاظمی,MRD,مرند بازار\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F8
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۳')"; ok $? "F8: three changes (root, two donors)"
found() {	# found WORDS COUNT IDS... : F7 WORDS finds COUNT changes, of IDS
	words=$1; n=$2; shift 2
	scr_keys F7; scr_wait "$(vis 'جست‌وجو در تغییرها')" >/dev/null
	scr_keys C-u; scr_type "$words"; scr_keys Enter
	scr_wait "$(vis "«$words»")" >/dev/null
	scr_wait "$(vis "تغییرهای ۳۰ روز گذشته: $n")"; ok $? "«$words»: $n"
	for id in MRD-1 MRD-2; do
		case " $* " in
		*" $id "*) scr_cap | grep -qF "$id "; ok $? "... $id's change" ;;
		*) scr_cap | grep -qF "$id "; is $? 1 "... not $id's" ;;
		esac
	done
}
found 'شخص حقیقی' ۲ MRD-1 MRD-2
found 'person' ۰
found 'تبریز' ۱ MRD-1
found 'TBZ' ۰
found 'مرند' ۱ MRD-2
found 'عليرضا نوري‌زاده' ۱ MRD-1
found 'کوچه 12 پلاك ۳۴' ۱ MRD-1
found 'جامع' ۱ MRD-1
found 'نشانی' ۲ MRD-1 MRD-2
found 'مدیر سامانه' ۱
found 'بله کاظمی' ۱ MRD-2
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
done_testing
