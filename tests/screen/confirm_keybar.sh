# A yes/no question has its own key bar (F2 yes, F10 back), and the
# question whether to discard a form's changes has F2 save, F10 back.
# Both kept the bar of the screen behind them, and F2 answered yes: under
# «discard the changes and go back?» a form's bar said F2 save, so a
# clerk who pressed Esc by mistake, then F2 to save, lost his typing.  F2
# there now saves, as on the form, and goes back.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
bar() { scr_cap | tail -n 1; }
ASK='آن‌ها را دور بریزیم و بازگردیم؟'

"$HAMYAR" --db "$DB" init --station QKB >/dev/null; ok $? "a database"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 2; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'گروه مرجع: تازه')"; ok $? "a new group's form"
bar | grep -qF "$(vis 'ذخیره')"; ok $? "the form's bar: F2 save"
scr_keys Tab; scr_type 'هیئت امنای مسجد جامع'
scr_keys Escape; scr_wait "$(vis "$ASK")"; ok $? "Esc asks whether to discard the typing"
scr_cap | grep -qF "$(vis '(F2 آن‌ها را ذخیره می‌کند.)')"; ok $? "... saying F2 saves them"
bar | grep -qF "$(vis 'ذخیره')"; ok $? "the question's bar: F2 save"
bar | grep -qF "$(vis 'بله')"; is $? 1 "... not F2 yes"
bar | grep -qF "$(vis 'بازگشت')"; ok $? "and F10 back"
scr_keys F10; scr_gone "$(vis "$ASK")"
scr_cap | grep -qF "$(vis 'هیئت امنای مسجد جامع')"; ok $? "F10 leaves the question; the typing is still there"
bar | grep -qF "$(vis 'ذخیره')"; ok $? "the form's bar is back"
scr_keys Escape; scr_wait "$(vis "$ASK")"; scr_keys y; scr_wait "$(vis 'جست‌وجو:')"
# a whole group typed, Esc by mistake, then F2 to save: saved
scr_keys F5; scr_wait "$(vis 'گروه مرجع: تازه')"
scr_keys Space; scr_wait "$(vis 'دفتر امام جمعه')" >/dev/null; scr_keys Enter	# its kind
scr_keys Tab; scr_type 'هیئت امنای مسجد جامع'
scr_keys Tab; scr_type 'تبریز'; scr_keys Tab
scr_keys Escape; sleep 0.8; scr_settle
scr_cap | grep -qF "$(vis "$ASK")" || { scr_keys Escape; scr_wait "$(vis "$ASK")" >/dev/null; }
scr_cap | grep -qF "$(vis "$ASK")"; ok $? "a whole group typed, then Esc: the question"
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"
ok $? "F2 on it: the form saved and closed"
"$HAMYAR" --db "$DB" export groups | grep -qF 'هیئت امنای مسجد جامع,TBZ'; ok $? "... the group is in the database"
# any other yes/no question: F2 yes
scr_keys Enter; scr_wait "$(vis 'گروه مرجع: QKB-1')" >/dev/null
scr_keys F8; sleep 0.5; scr_settle
bar | grep -qF "$(vis 'بله')"; ok $? "F8 on it: the question's bar says F2 yes"
bar | grep -qF "$(vis 'ذخیره')"; is $? 1 "... not save"
scr_keys n; scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
# English: the same bar in English words
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
scr_start "$DB" --lang en
scr_wait 'Main menu'; scr_keys 2; scr_wait 'Search:'
scr_keys F5; scr_wait 'Reference group: new'
scr_keys Tab; scr_type 'Test'
scr_keys Escape; scr_wait 'Discard them'
bar | grep -q 'F2Save.*F10Back'; ok $? "in English: F2 Save, F10 Back"
scr_keys y; scr_wait 'Search:'; scr_keys F10; scr_wait 'Main menu'; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
