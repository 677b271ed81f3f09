# The status bar keeps its mark of unsaved changes whole whatever else it
# has to cut: it was the end of one line, the first thing lost on a narrow
# window (or after a long login name).  Under 80x24, the size everything is
# laid out for, the bar says so, so that text cut elsewhere is understood;
# at 80x24 it does not, and the user and station are whole.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null; ok $? "a new database"
printf 'name,kind,county\n%s,person,TBZ\n' 'علی‌رضا کریمی' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor"

for mode in app terminal; do
	HAMYAR_BIDI=$mode scr_start "$DB"
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys 1; scr_wait "TBZ-1" >/dev/null; scr_keys Enter
	scr_wait "$(v 'نام*:')" >/dev/null; scr_keys Tab End; scr_type 'ی'
	scr_wait "$(v '* تغییرات ذخیره‌نشده')" >/dev/null; ok $? "$mode: a changed form, marked in the status bar"
	bar=$(scr_cap | sed -n 23p)
	case $bar in *"$(v 'کاربر: ')"*"$(v 'صفحه‌کلید: EN')"*|*"$(v 'صفحه‌کلید: EN')"*"$(v 'کاربر: ')"*) r=0 ;; *) r=1 ;; esac
	ok $r "$mode: at 80x24 the user, station and keyboard are whole"
	case $bar in *"$(v 'پنجره کوچک‌تر')"*) r=1 ;; *) r=0 ;; esac
	ok $r "$mode: ... and nothing is said of the window's size"
	scr_resize 60 20
	bar=$(scr_cap | sed -n 19p)
	holds "$bar" "$(v '* تغییرات ذخیره‌نشده')" "$mode: at 60x20 the unsaved changes are still marked"
	holds "$bar" "$(v 'پنجره کوچک‌تر از ۸۰×۲۴')" "$mode: ... and the bar says the window is under 80x24"
	scr_resize 80 24
	case $(scr_cap | sed -n 23p) in *"$(v 'پنجره کوچک‌تر')"*) r=1 ;; *) r=0 ;; esac
	ok $r "$mode: back at 80x24, the note is gone"
done
done_testing
