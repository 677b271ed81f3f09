# Free text (a donor's address, his notes) in the user's digits on the
# audit screen, as in his form and on the sync conflict screen: stored
# text holds ASCII digits, and the screen shows Persian ones unless the
# user chose ASCII.  Before, the audit screen alone showed «کوچهٔ 12» where
# the form and the conflict screen showed «کوچهٔ ۱۲».  In English (ASCII
# digits by default) all three keep ASCII ones.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county\n%s\n' 'محمدرضا نوروزي‌فر,person,TBZ' >"$TMP/d.csv"	# Arabic yeh
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
# both change his address: HQ's typed with Persian and ASCII digits mixed
printf 'id,address\n%s\n' 'TBZ-1,کوچهٔ 12 پلاک ۷' >"$TMP/q.csv"
printf 'id,address\n%s\n' 'TBZ-1,خیابان شریعتی 30' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both change it"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-1 | grep -qF 'address: (empty) -> "کوچهٔ 12 پلاک 7"'
ok $? "stored with ASCII digits"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F8
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته')"; ok $? "F8: the audit log"
scr_cap | grep -F "$(vis 'نشانی')" | grep -qF "$(vis 'کوچهٔ ۱۲ پلاک ۷')"
ok $? "the address in Persian digits, as the form shows it"
scr_cap | grep -F "$(vis 'نشانی')" | grep -q '[0-9]'; is $? 1 "... no ASCII digit in its row"
scr_cap | grep -qF 'TBZ-1'; ok $? "the record's id as stored (Latin, ASCII digits)"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')"; scr_keys Enter
scr_wait "$(vis 'خیابان شریعتی ۳۰')"; ok $? "the conflict screen: the other station's address in Persian digits"
scr_cap | grep -qF "$(vis 'کوچهٔ ۱۲ پلاک ۷')"; ok $? "... and this database's, as the audit screen shows it"
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# English: ASCII digits by default, on both screens alike (the Persian
# text then laid out in a left-to-right line)
visl() { printf '%s\n' "$1" | "$HAMYAR" layout --dir ltr; }
scr_start "$Q" --lang en
scr_wait 'Main menu' >/dev/null; scr_keys F8
scr_wait 'Changes in the last 30 days'; ok $? "in English, F8: the audit log"
scr_cap | grep -F 'Address' | grep -qF "$(visl 'کوچهٔ 12 پلاک 7')"; ok $? "the address in ASCII digits there"
scr_keys F10; scr_wait 'Main menu' >/dev/null; scr_keys F7
scr_wait 'Open sync conflicts: 1'; scr_keys Enter
scr_wait "$(visl 'خیابان شریعتی 30')"; ok $? "and on the conflict screen"
done_testing
