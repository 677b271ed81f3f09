# The station's name on the title bar in the user's digits, as the screen
# under it shows record text: «همیار — کلانتری ۱۱ تبریز» over a main menu
# in Persian digits, not «کلانتری 11» (stored text holds ASCII digits).
# In English, ASCII digits by default, on the bar as below it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
# typed with Persian digits and an Arabic yeh
"$HAMYAR" --db "$DB" init --station TBZ --name 'کلانتری ۱۱ تبريز، دفتر 2' >/dev/null; ok $? "a station whose name holds figures"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; ok $? "the main menu"
bar=$(scr_cap | sed -n 1p)
holds "$bar" "$(vis 'همیار — کلانتری ۱۱ تبریز، دفتر ۲')" "the title bar: the station's name in Persian digits"
case $bar in *[0-9]*) r=1 ;; *) r=0 ;; esac; ok $r "... no ASCII digit on it"
scr_cap | sed -n 2,24p | grep -v 'F[0-9]' | grep -q '[0-9]'; is $? 1 "as the menu under it: no ASCII digit on the screen but the keys' names"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

visl() { printf '%s\n' "$1" | "$HAMYAR" layout --dir ltr; }
scr_start "$DB" --lang en
scr_wait 'Main menu' >/dev/null; ok $? "in English, the main menu"
bar=$(scr_cap | sed -n 1p)
holds "$bar" "Hamyar — $(visl 'کلانتری 11 تبریز، دفتر 2')" "the title bar: the name in ASCII digits, as stored (the Persian ones typed in init)"
done_testing
