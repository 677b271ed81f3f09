# On a Linux console (TERM=linux) at 80x25: Shift-Tab, sent as ESC [ Z by
# the console keymaps, PuTTY and xterm, goes back a field.  The linux
# terminfo entry knows that sequence only as an extended key (kcbt2), which
# curses returned as a code no table of the program knew: Shift-Tab did
# nothing there.  The form, its key bar and the selected row still draw.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=linux"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
infocmp linux >/dev/null 2>&1 || { echo "ok 1 - # SKIP no terminfo entry for linux"; echo "1..1"; exit 0; }

"$HAMYAR" --db "$DB" init --station LNX >/dev/null; ok $? "a database"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu on TERM=linux"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"; ok $? "a new donor's form"
scr_cap | tail -n 1 | grep -qF "$(vis 'ذخیره')"; ok $? "its key bar"
scr_keys Tab Tab			# the national id
scr_keys BTab				# ESC [ Z
scr_type 'رضا'
row_has "$(vis 'نام*:')" "$(vis 'رضا')"; ok $? "Shift-Tab went back to the name: the typing is there"
scr_cap | grep -F "$(vis 'کد ملی:')" | grep -qF "$(vis 'رضا')"; is $? 1 "not in the national id"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
