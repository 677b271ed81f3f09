# Esc or F10 on a record of the sync conflict screen, once the supervisor
# has changed which value of a field to keep, asks before the marks are
# lost, as a form asks before its typing is: n stays with the marks as
# they are, F2 saves the record with them (F2 on the record saves too),
# y goes back and the record opens again with the marks as they start.
# Esc with the marks untouched goes back without asking.  Before, Esc
# dropped the marks without a word, and F2 kept this database's version
# whole.  In Persian at 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,mobile,notes\n%s\n%s\n' 'علی‌رضا کریمی,person,TBZ,09141234567,اولیه' \
    'فاطمه نوری‌زاده,person,TBZ,09121112233,اولیه' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "two donors registered at TBZ reach HQ"
# TBZ changes the mobiles, HQ the notes (one typed with an Arabic yeh)
printf 'id,mobile\nTBZ-1,09141112222\nTBZ-2,09121110000\n' >"$TMP/u1.csv"
printf 'id,notes\nTBZ-1,پیگیری شود\nTBZ-2,يادداشت ستاد\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 2 "both changed on both sides: two open conflicts at HQ"
mobile() { "$HAMYAR" --db "$Q" export donors | grep "^$1," | grep -o '09[0-9]*' | head -n 1; }

ask=$(vis 'مقدارهای ماندنیِ TBZ-1 را تغییر داده‌اید.')
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۲')" >/dev/null
scr_keys Enter; scr_wait "$(vis 'پیگیری شود')"; ok $? "Enter opens TBZ-1"
# the marks as they start: TBZ's mobile, HQ's notes (a Persian row reads
# from the right: this database's value, then TBZ's)
scr_cap | grep -Eq "۰۹۱۴۱۱۱۲۲۲۲ ● +۰۹۱۴۱۲۳۴۵۶۷ ○"; ok $? "... TBZ's new mobile marked to take"
scr_keys Escape; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۲')"
ok $? "Esc with the marks untouched: back to the list at once"
scr_cap | grep -qF "$ask"; r=$?; [ $r -ne 0 ]; ok $? "... nothing asked"

scr_keys Enter; scr_wait "$(vis 'پیگیری شود')" >/dev/null
scr_keys Space; scr_settle
scr_cap | grep -Eq "۰۹۱۴۱۱۱۲۲۲۲ ○ +۰۹۱۴۱۲۳۴۵۶۷ ●"; ok $? "Space on the mobile: this database's marked instead"
scr_keys Escape; scr_wait "$ask"; ok $? "Esc then asks before the marks are lost"
scr_cap | grep -qF "$(vis 'این علامت‌ها را دور بریزیم؟')"; ok $? "... whether to discard them"
scr_keys n; scr_gone "$ask"
scr_cap | grep -Eq "۰۹۱۴۱۱۱۲۲۲۲ ○ +۰۹۱۴۱۲۳۴۵۶۷ ●"; ok $? "n: still on TBZ-1, the mark made kept"
scr_keys F10; scr_wait "$ask"; ok $? "F10 asks too"
scr_keys F2; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')"
ok $? "F2 in the question saves TBZ-1, one conflict left"
is "$(mobile TBZ-1)" "09141234567" "... with the mobile as marked, this database's"

# TBZ-2: a mark changed and discarded, then F2 on the record saves
scr_keys Enter; scr_wait "$(vis 'یادداشت ستاد')" >/dev/null
scr_keys Space; scr_settle
scr_keys Escape; scr_wait "$(vis 'مقدارهای ماندنیِ TBZ-2 را تغییر داده‌اید.')" >/dev/null
scr_keys y; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')"; ok $? "y: back to the list, TBZ-2 still open"
scr_keys Enter; scr_wait "$(vis 'یادداشت ستاد')" >/dev/null
scr_cap | grep -Eq "۰۹۱۲۱۱۱۰۰۰۰ ● +۰۹۱۲۱۱۱۲۲۳۳ ○"; ok $? "... and it opens again with the marks as they start"
scr_keys F2; scr_wait "$(vis 'TBZ-2 با مقدارهای نشان‌زده ذخیره شود؟')"; ok $? "F2 on the record: save with the marks"
scr_keys y; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۰')"
ok $? "... saved, no conflict left"
is "$(mobile TBZ-2)" "09121110000" "... TBZ's mobile, as marked"
done_testing
