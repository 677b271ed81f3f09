# At 80x24 the F1 help of the ranking screen fits its box whole, in
# Persian and in English: its keys on one line, no blank line before them
# (help_compact, tui/screen.c), its last sentence and the keyboard line in
# view and no mark of more below.  On a screen too small for it (80x16)
# the bottom border says there is more and which keys scroll, in the
# user's language, and once at the end, that there was more above.
# Before, at 80x24 the help's last two lines were below the box, the
# border's lone ▼ the only sign.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
bottom() { scr_cap | grep -F '└' | tail -n 1; }
seen() { scr_cap | grep -qF -- "$1"; }

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null; scr_settle
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
seen "$(vis 'نیاز را باز می‌کند،')"; ok $? "fa 80x24: the ranking's help to its last sentence"
seen "$(vis 'صفحه‌کلید فارسی/لاتین.')"; ok $? "... and the keyboard's line"
case $(bottom) in *▼*) r=1 ;; *) r=0 ;; esac
ok $r "... no mark of more below"
seen "$(vis 'تغییر روش')"; ok $? "... the keys named"
scr_keys Escape; scr_gone "$(vis 'صفحه‌کلید فارسی/لاتین.')" >/dev/null
scr_resize 80 16
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
bottom | grep -qF "$(vis '▼ ادامه در پایین: پایین، PgDn')"; ok $? "fa 80x16: the border says more is below and how to see it"
scr_keys End; scr_settle
bottom | grep -qF "$(vis '▲ ادامه در بالا: بالا، PgUp')"; ok $? "... at the end, that more is above"
seen "$(vis 'صفحه‌کلید فارسی/لاتین.')"; ok $? "... the last line in view"
scr_keys Escape; scr_settle
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Back" >/dev/null; scr_settle; scr_keys F4
scr_wait "TOPSIS" >/dev/null; scr_settle
scr_keys F1; scr_wait "Help" >/dev/null; scr_settle
seen "Enter opens a need, F10 back."; ok $? "en 80x24: the ranking's help to its last sentence"
seen "Persian/Latin keyboard."; ok $? "... and the keyboard's line"
seen "F1 Help  F3 Find  F4 TOPSIS/SAW  F6 Weights  F7 Match  F8 County  F10 Back"; ok $? "... its keys on one line"
case $(bottom) in *▼*) r=1 ;; *) r=0 ;; esac
ok $r "... no mark of more below"
scr_keys Escape; scr_gone "Persian/Latin keyboard." >/dev/null
scr_resize 80 16
scr_keys F1; scr_wait "Help" >/dev/null; scr_settle
bottom | grep -qF "▼ more below: Down, PgDn"; ok $? "en 80x16: the border says more is below and how to see it"
scr_keys PgDn PgDn PgDn; scr_settle
bottom | grep -qF "▲ more above: Up, PgUp"; ok $? "... at the end, that more is above"
scr_keys Escape; scr_settle
scr_keys F10; scr_keys F10; scr_wait "Main menu" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "exits"
done_testing
