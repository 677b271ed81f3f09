# The key bar and the status line on a small terminal (an old machine's
# 40x20, SSH from a phone at 50x20), on each main screen of the demo
# database: the main menu, the dashboard, the donors' list, a need's
# form, the pledges', stages' and ceremonies' lists and the sync
# conflicts' list.  The labels on the bar read whole, never cut: the
# least needed keys leave it (F1's help lists them all), F1 (help) and
# F10 (back, as Esc) stay, and F2 (save) on a form; the status line's
# user is his login whole or not there, not «کاربر: roo…».  Before,
# every label was cut to a letter or two at 40 columns («F1ر… F3ن…»),
# and at 50 the user's login was cut.  The main menu at 40 columns:
# its rows' digits were off the screen's edge («پیشخوان» for «۰.
# پیشخوان»).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
MENU="$(vis 'منوی اصلی')"
check() {	# check SIZE WHAT [F2]: the bar and status line now
	scr_settle
	scr_cap >"$TMP/s"
	bar=$(tail -n 1 "$TMP/s") st=$(tail -n 2 "$TMP/s" | head -n 1)
	case $bar in *…*) ok 1 "$1 $2: no label cut on the bar"; echo "# $bar" ;;
	*) ok 0 "$1 $2: no label cut on the bar" ;; esac
	case $bar in *"$(vis 'راهنما')F1"*) ok 0 "$1 $2: ... F1 help" ;;
	*) ok 1 "$1 $2: ... F1 help"; echo "# $bar" ;; esac
	printf '%s\n' "$bar" | grep -qE "F10$|$(vis 'بازگشت')F10|$(vis 'خروج')F10"
	ok $? "$1 $2: ... F10, back"
	if [ -n "${3-}" ]; then
		case $bar in *"$(vis 'ذخیره')F2"*) ok 0 "$1 $2: ... F2 save" ;;
		*) ok 1 "$1 $2: ... F2 save"; echo "# $bar" ;; esac
	fi
	case $st in *…*) ok 1 "$1 $2: nothing cut on the status line"; echo "# $st" ;;
	*) ok 0 "$1 $2: nothing cut on the status line" ;; esac
}
for size in 40x20 50x20; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$MENU" >/dev/null
	check $size "main menu"
	scr_cap | grep -qF "$(vis '۰. پیشخوان')"; ok $? "$size main menu: «۰. پیشخوان» whole"
	scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک')" >/dev/null; check $size dashboard
	scr_keys F10; scr_wait "$MENU" >/dev/null
	scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; check $size "donors' list"
	scr_keys F10; scr_wait "$MENU" >/dev/null
	scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'فوریت')" >/dev/null; check $size "a need's form" F2
	scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$MENU" >/dev/null
	for k in 5:pledges 7:stages 8:ceremonies; do
		scr_keys ${k%%:*}; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; check $size "${k#*:}' list"
		scr_keys F10; scr_wait "$MENU" >/dev/null
	done
	scr_keys F7; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی')" >/dev/null; check $size "sync conflicts"
	scr_keys F10; scr_wait "$MENU" >/dev/null
	scr_keys F1; scr_wait '┌' >/dev/null; scr_settle
	scr_cap | grep -qF "$(vis 'F9 تنظیمات')"; ok $? "$size main menu: F1's help names F9, not on the bar"
	scr_keys Escape; scr_gone '┌' >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
