# A clerk's day, keys only: a new donor whose name has a ZWNJ and an Arabic
# yeh typed by mistake, a national id in Persian digits, two interests;
# saved; found by typing part of the name; edited; saved; program quit and
# reopened: the record is there, normalised, and drawn in visual order.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
TYPED='علي‌رضا محمدی'		# Arabic yeh U+064A in the first word, ZWNJ after it
STORED='علی‌رضا محمدی'		# as stored: Persian yeh U+06CC, ZWNJ kept

scr_firstrun "$DB" TST; ok $? "first start asks for the station and opens the main menu"
scr_keys Enter					# 1. donors
scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')"; ok $? "the empty donor list says how to add one"
scr_keys F5
scr_wait "$(vis 'کد ملی:')"; ok $? "F5 opens a new donor form with its labels"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')"; scr_keys Enter	# kind: person
scr_keys Tab; scr_type "$TYPED"; scr_keys Tab
scr_type '۰۰۱۲۳۴۵۶۷۹'; scr_keys Tab			# national id, Persian digits
scr_wait "$(vis "$STORED")"; ok $? "leaving the name field shows it normalised (Persian yeh, ZWNJ kept) in visual order"
scr_cap | grep -qF "$(vis "$TYPED")"; is $? 1 "the Arabic yeh as typed is no longer shown"
scr_keys Tab Tab Tab F4					# legal id, mobile, phone -> county
scr_wait "$(vis 'تبریز')"
top=$(scr_cap | grep -n '┌' | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((top + 1))p;$((top + 2))p;$((top + 3))p" | grep -o '│ *[^ │]* │' | tr -d '│ ' | tr '\n' ' ' >"$TMP/first3"
is "$(cat "$TMP/first3")" "$(vis 'آذرشهر') $(vis 'اسکو') $(vis 'اهر') " "the county popup is in Persian alphabetical order (آذرشهر, اسکو, اهر), not in code order"
scr_type 'ت'; scr_keys Enter				# a letter jumps to تبریز
scr_keys Tab Tab Space					# address -> interests
scr_wait "$(vis 'تجهیزات عمومی')"
scr_keys Space Down Space Enter				# space + equipment
scr_wait "$(vis 'توسعهٔ فضاهای انتظامی، تجهیزات عمومی')"; ok $? "two interests ticked in the popup are shown"
scr_keys F2
scr_wait "TST-1"; ok $? "F2 saves and the list shows the new id"
scr_cap | grep "TST-1" | grep -qF "$(vis "$STORED")"; ok $? "the list row shows the name in visual order"

# Search as you type, with the Arabic yeh again: the key folds it.
scr_type 'علي'
scr_wait "TST-1"; ok $? "typing part of the name (with Arabic yeh) finds the donor"
scr_type 'xq'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "a search that matches nothing says so"
scr_keys BSpace BSpace
scr_wait "TST-1"; ok $? "Backspace widens the search again"

# Edit: open, add a mobile number, save.
scr_keys Enter
scr_wait "$(vis 'تلفن همراه:')"; ok $? "Enter opens the donor's form"
scr_keys Tab Tab Tab Tab
scr_type '۰۹۱۲۱۲۳۴۵۶۷'; scr_keys Tab
scr_keys F2
scr_cap | grep -qF "$(vis 'هشدارها را ببینید')" && scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "F2 saves the edit and goes back to the list"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "F10 from the main menu quits with status 0"

# Reopen: everything is there.
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the program starts again on the same database"
scr_keys Enter
scr_wait "TST-1"; ok $? "the donor is in the list after a restart"
scr_cap | grep "TST-1" | grep -qF "$(vis "$STORED")"; ok $? "with the normalised name in visual order"
scr_keys Enter
scr_wait "۰۹۱۲۱۲۳۴۵۶۷"; ok $? "the edited mobile number is there, in Persian digits"
scr_cap | grep -qF "۰۰۱۲۳۴۵۶۷۹"; ok $? "and the national id"
# Ctrl-U empties the field the cursor is in: another mobile in its place
scr_keys Tab Tab Tab Tab C-u
scr_type '۰۹۱۴۰۰۰۱۱۲۲'; scr_keys Tab
scr_wait "۰۹۱۴۰۰۰۱۱۲۲"; ok $? "Ctrl-U, then the new mobile typed alone in the field"
scr_keys F2
scr_cap | grep -qF "$(vis 'هشدارها را ببینید')" && scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "... and saved"
scr_keys F10; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"

out=$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | sed -n 2p)
case "$out" in "TST-1,person,$STORED,0012345679,,09140001122,,TBZ,,space equipment,"*) r=0 ;; *) r=1; echo "# export: $out" ;; esac
ok $r "the stored record: normalised name, ASCII digits, the mobile typed after Ctrl-U, county code, both interests"
done_testing
