# Drafts the start did not take up are offered when their form is opened
# again.  The start offers one draft; put off with Esc, or a second one
# (a new need's, behind a new donor's), waited for the next start, and the
# first field left in a new form of the same kind wrote over it: the typing
# of the lost connection was gone.  Now F5 (or Enter on the record) asks
# first whether to resume it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
OFFER='دفعهٔ پیش یک فرم ذخیره‌نشده ماند:'
drop() {	# the connection drops (SIGHUP), and the program is gone
	pid=$(pgrep -f -- "--db $DB\$" | head -n 1)
	tm kill-server
	n=50; while [ "$n" -gt 0 ] && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; n=$((n - 1)); done
}

scr_firstrun "$DB" DRM; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"
scr_keys Tab; scr_type 'مریم سلطانی'; scr_keys Tab
drop

scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the next start offers the new donor"
scr_keys Escape
scr_gone "$(vis "$OFFER")"; ok $? "Esc: put off, the main menu"
sleep 0.7	# a digit soon after Esc would be an F-key
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'عنوان*:')"; ok $? "a new need's form (no draft of it: no question)"
scr_keys Tab Tab; scr_type 'خرید دوربین'; scr_keys Tab
drop

scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "two drafts now: the start offers one"
scr_cap | grep -qF "$(vis 'خیّر (تازه)')"; ok $? "... the donor's"
scr_keys y
scr_wait "$(vis 'مریم سلطانی')"; ok $? "resumed"
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5
scr_wait "$(vis "$OFFER")"; ok $? "F5 on the needs asks about the need's draft"
scr_cap | grep -qF "$(vis 'نیاز (تازه)')"; ok $? "... naming it"
scr_keys y
scr_wait "$(vis 'خرید دوربین')"; ok $? "resumed: the title typed before the line dropped"
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'عنوان*:')"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "discarded: F5 opens an empty form, no question"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
