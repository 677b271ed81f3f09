# A yes/no question has its own key bar: F2 yes, F10 back.  It kept the
# bar of the screen behind it: under «discard the changes and go back?» a
# form's bar said F2 save, and F2 there answers yes, so a clerk who read
# the bar and pressed F2 to save lost his typing.
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
bar | grep -qF "$(vis 'ذخیره')"; is $? 1 "the question's bar does not say F2 save"
bar | grep -qF "$(vis 'بله')"; ok $? "it says what F2 does there: yes"
bar | grep -qF "$(vis 'بازگشت')"; ok $? "and F10 back"
scr_keys F10; scr_gone "$(vis "$ASK")"
scr_cap | grep -qF "$(vis 'هیئت امنای مسجد جامع')"; ok $? "F10 leaves the question; the typing is still there"
bar | grep -qF "$(vis 'ذخیره')"; ok $? "the form's bar is back"
scr_keys Escape; scr_wait "$(vis "$ASK")"; scr_keys y; scr_wait "$(vis 'جست‌وجو:')"
# English: the same bar in English words
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_wait "__EXIT__=0"
scr_start "$DB" --lang en
scr_wait 'Main menu'; scr_keys 2; scr_wait 'Search:'
scr_keys F5; scr_wait 'Reference group: new'
scr_keys Tab; scr_type 'Test'
scr_keys Escape; scr_wait 'Discard them'
bar | grep -q 'F2Yes.*F10Back'; ok $? "in English: F2 Yes, F10 Back"
scr_keys y; scr_wait 'Search:'; scr_keys F10; scr_wait 'Main menu'; scr_keys F10
scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
