# An invalid national id: the error appears under its field on leaving it,
# F2 refuses to save; corrected, it saves.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
MSG=$(vis 'خطا: رقم کنترل کد ملی درست نیست')

scr_firstrun "$DB" NID; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')"; scr_keys Enter
scr_keys Tab; scr_type 'زهرا کاظمی'; scr_keys Tab
scr_type '۰۰۱۲۳۴۵۶۷۸'; scr_keys Tab		# check digit should be 9
scr_wait "$MSG"; ok $? "leaving the field shows the check-digit error in Persian"
# The message is on the line right under the national id's field.
row=$(scr_cap | grep -nF "$(vis 'کد ملی:')" | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((row + 1))p" | grep -qF "$MSG"; ok $? "the error is under the national id field"
scr_keys Tab Tab Tab F4; scr_wait "$(vis 'مراغه')"; scr_keys Enter	# county
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید')"; ok $? "F2 refuses to save and says why"
scr_cap | grep -qF "$(vis 'رکوردها:')"; is $? 1 "the form stays open"
# F2 put the cursor on the bad field: fix the last digit.
scr_keys BSpace; scr_type '۹'; scr_keys Tab
scr_gone "$MSG"; ok $? "the corrected id clears the message"
scr_keys F2
scr_wait "NID-1"; ok $? "now it saves (the list shows NID-1)"

# A warning (a valid id whose prefix is no known city) may be confirmed.
WARN=$(vis 'هشدار: سه رقم نخست کد ملی کد هیچ شهر شناخته‌شده‌ای نیست')
scr_keys F5; scr_wait "$(vis 'کد ملی:')"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')"; scr_keys Enter
scr_keys Tab; scr_type 'رضا نوری'; scr_keys Tab
scr_type '۹۹۹۱۲۳۴۵۶۱'; scr_keys Tab
scr_wait "$WARN"; ok $? "an unknown prefix shows a warning under the field"
scr_keys Tab Tab Tab F4; scr_wait "$(vis 'مراغه')"; scr_keys Enter
scr_keys F2
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; ok $? "the first F2 asks to confirm the warning (yes / no)"
scr_keys F2
scr_wait "NID-2"; ok $? "the second F2 saves with the warning"
# F8 on a stored record marks it inactive (nothing is removed).
scr_type 'رضا'; scr_wait "NID-2"; scr_keys Enter
scr_wait "$(vis 'غیرفعال‌سازی')"; ok $? "a stored record's form offers F8 deactivate"
scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"; ok $? "F8 asks first"
scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "... and goes back to the list"
scr_keys Escape; sleep 0.8
scr_keys F10; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
# The inactive row is set apart: dim, or underlined on a terminal without
# dim (a vt100), where a dim row looked like any other.
row_attrs() { tm capture-pane -p -e -t main | grep "$1" | head -n 1; }
for term in xterm-256color vt100; do
	SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$term" scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')"; scr_keys Enter; scr_wait "NID-2"; scr_keys End; sleep 0.3
	case $term in vt100) want='\[4m' ;; *) want='\[2m' ;; esac
	row_attrs "NID-2" | grep -q "$want"; ok $? "$term: the inactive NID-2 row is drawn set apart ($want)"
	row_attrs "NID-1" | grep -q "$want"; r=$?; [ $r -ne 0 ]; ok $? "$term: ... the active NID-1 row is not"
	scr_keys F10; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done
"$HAMYAR" --db "$DB" export donors | grep -q ',0012345679,'; ok $? "stored with the corrected id"
"$HAMYAR" --db "$DB" export donors | grep -q ',9991234561,'; ok $? "and the confirmed one"
"$HAMYAR" --db "$DB" export donors | tr -d '\r' | grep '^NID-2,' | grep -q ',0$'; ok $? "NID-2 is kept, marked inactive (active = 0)"
"$HAMYAR" --db "$DB" export donors | tr -d '\r' | grep '^NID-1,' | grep -q ',1$'; ok $? "NID-1 is still active"
done_testing
