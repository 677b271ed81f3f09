# On the program's Persian layout (F12) the key [ types ج.  After a lone
# Esc the program waits for the rest of a key's sequence (ESC [ ...), and
# took a [ typed by the clerk as one: Esc to leave a donor's form and
# «جواد» typed into the list's search a third of a second later lost «جوا»
# (read as an unknown sequence and dropped) and searched for «د».  Now a
# sequence no key has, begun after the Esc stood alone, is the keys as
# typed; a split arrow (ESC [, a pause, D) is still an arrow
# (tests/screen/slow_keys.sh).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"
printf 'id,kind,name,county,interests\nTST-10,org,بنیاد نیکوکاری مهر,TBZ,equipment\nTST-11,person,جواد نجف‌پور,TBZ,space\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 1; scr_wait "TST-11" >/dev/null
scr_keys F12; scr_wait "$(vis 'صفحه‌کلید: FA')"; ok $? "the built-in Persian layout"
scr_keys Enter; scr_wait "$(vis 'کد ملی:')"; ok $? "the first donor's form (TST-10)"
tm send-keys -t main Escape; sleep 0.35; tm send-keys -t main -l '[,hn'
scr_wait "$(vis 'جواد')"; ok $? "Esc, then [ , h n a third of a second later: «جواد» in the list's search"
scr_wait "TST-11"; ok $? "... which finds جواد نجف‌پور"
scr_cap | grep -qF "TST-10"; is $? 1 "... alone"
scr_keys F12; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
