# At 80x24 the dashboard's F1 help fits its box whole, as the ranking's
# does (help_fit.sh), in Persian and in English: its first and last
# sentences, its keys and the keyboard's line in view, and no mark of
# more below.  It says that a county with non-material needs only shows
# them counted in the bar's place.  Before, it was four lines too tall:
# the keys and the keyboard's line were below the box, «▼ ادامه در پایین».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/cli/fixtures_nonmaterial.inc"
DB="$TMP/db"
nonmat_db "$DB"; ok $? "fixture"
bottom() { scr_cap | grep -F '└' | tail -n 1; }
seen() { scr_cap | grep -qF -- "$1"; }
nomore() { case $(bottom) in *▼*) return 1 ;; *) return 0 ;; esac; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null; scr_settle
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
seen "$(vis 'میله‌ها نیازهای هر شهرستان را نشان می‌دهند')"; ok $? "fa 80x24: the help from its first sentence"
seen "$(vis 'باز می‌کند.')"; ok $? "... to its last"
seen "$(vis 'کسری فقط نیازهای باز را می‌شمارد')"; ok $? "... saying the gap counts open needs only"
seen "$(vis 'به جای میله نشان می‌دهد')"; ok $? "... and what a county of non-material needs only shows"
seen "$(vis 'صفحه‌کلید فارسی/لاتین.')"; ok $? "... and the keyboard's line"
nomore; ok $? "... no mark of more below"
scr_keys Escape; scr_gone "┌" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county" >/dev/null; scr_settle
scr_keys F1; scr_wait "Help" >/dev/null; scr_settle
seen "The bars show each county's needs"; ok $? "en 80x24: the help from its first sentence"
seen "Tab moves to the top-ranked needs and back; Enter opens the selected one."; ok $? "... to its last"
seen "shows the count of its open ones in place of the bar"; ok $? "... what a county of non-material needs only shows"
seen "F1 Help"; ok $? "... its keys"
seen "Persian/Latin keyboard."; ok $? "... and the keyboard's line"
nomore; ok $? "... no mark of more below"
is "$(scr_cap | grep -o '│.*│' | grep -c '…')" 0 "... no line of it cut"
scr_keys Escape; scr_gone "┌" >/dev/null
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
