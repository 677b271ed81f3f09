# F1 help on an 80-column screen, in Persian: lines of the help text wider
# than the popup are wrapped at a space onto the next line, not cut with an
# ellipsis; the last words of each long line can be read.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"; ok $? "a new donor form"
scr_keys F1; scr_wait "$(vis 'راهنما')"; ok $? "F1 opens the help"
n=$(scr_cap | grep '│' | grep -c '…')
is "$n" 0 "no line of the help is cut with an ellipsis"
scr_cap | grep -qF "$(vis 'می‌زند.')"; ok $? "the end of the line on choices is there (می‌زند.)"
scr_cap | grep -qF "$(vis 'می‌پرسد).')"; ok $? "the end of the line on F10 is there (می‌پرسد).)"
scr_cap | grep -qF "$(vis 'می‌شود.')"; ok $? "the end of the line on drafts is there (می‌شود.)"
scr_keys Escape; scr_gone "┌"; ok $? "Esc closes it"
done_testing
