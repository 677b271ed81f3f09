# Esc or F10 on the main menu asks before quitting: the main menu is the
# last screen, and a clerk backing out of a list with one Esc too many
# lost his place (the program ended at once).  No, Esc or F10 on the
# question go back to the menu; yes quits.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
ASK='خروج از همیار؟'
bar() { scr_cap | tail -n 1; }
still() { sleep 0.5; scr_cap | grep -qF "__EXIT__"; [ $? -ne 0 ]; }

"$HAMYAR" --db "$DB" init --station QKT >/dev/null; ok $? "a database"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the main menu"
scr_keys Escape; scr_wait "$(vis "$ASK")"; ok $? "Esc on the main menu asks whether to quit"
still; ok $? "... and the program is still running"
bar | grep -qF "$(vis 'بله')"; ok $? "the question's bar says F2 yes"
bar | grep -qF "$(vis 'بازگشت')"; ok $? "... and F10 back"
scr_keys n; scr_gone "$(vis "$ASK")"; ok $? "n closes the question"
scr_cap | grep -qF "$(vis 'منوی اصلی')"; ok $? "... back on the main menu"
still; ok $? "... the program still running"
# a clerk backing out of a list presses Esc twice: the list closes, the
# second Esc only asks; Esc on the question keeps him on the menu
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"; ok $? "the donors' list"
scr_keys Escape; sleep 0.8; scr_keys Escape
scr_wait "$(vis "$ASK")"; ok $? "Esc Esc from a list: the question, not the end"
scr_keys Escape; sleep 0.8; scr_gone "$(vis "$ASK")"; ok $? "Esc on the question closes it"
still; ok $? "... the program still running"
scr_keys F10; scr_wait "$(vis "$ASK")"; ok $? "F10 on the main menu asks too"
scr_keys F10; scr_gone "$(vis "$ASK")"; still; ok $? "F10 on the question goes back to the menu"
scr_keys F10; scr_wait "$(vis "$ASK")" >/dev/null; scr_keys y
scr_wait "__EXIT__=0"; ok $? "y quits with status 0"
# English: the same question in English
scr_start "$DB" --lang en
scr_wait 'Main menu'; scr_keys F10; scr_wait 'Quit Hamyar?'; ok $? "in English: Quit Hamyar?"
scr_keys F2; scr_wait "__EXIT__=0"; ok $? "F2 (yes) quits"
done_testing
