# F1 on the matching screen says why a match is listed (an active donor of
# the need's county, the need's type among his interests, a need that
# takes a pledge) and what «تناسب» and «امتیاز» are, from core/match.c,
# in Persian and in English; at 80x24 the help is paged: its start in
# view first, its last line after End.  Before, the help named only the
# keys: nothing said what the fit or the score meant.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
seen() { scr_cap | grep -qF -- "$1"; }
# the box's English text run together (the help is reflowed to fit); a
# letter of the screen beneath may show beside its right border
said() { scr_cap | sed -n 's/^ *│ \(.*\)│[^│]*$/\1/p' | sed 's/  *$//' | tr '\n' ' ' | grep -qF -- "$1"; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-11"
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
seen "$(vis 'خیّر فعال است، از شهرستان نیاز')"; ok $? "fa: F1 says the donor is active, of the need's county"
seen "$(vis 'نوع مشارکت نیاز در زمینه‌های علاقه‌مندی اوست.')"; ok $? "... the need's type among his interests"
seen "$(vis 'انجام‌شده یا ردشده نیست، واحدش فعال است')"; ok $? "... a need that takes a pledge"
seen "$(vis 'توان مالی آزاد خیّر')"; ok $? "... what the fit weighs"
scr_keys End; scr_settle
seen "$(vis 'رتبه‌بندی کنار می‌گذارد')"; ok $? "fa, End: what the score is, and «-»"
seen "$(vis 'صفحه‌کلید فارسی/لاتین.')"; ok $? "... the help to its last line"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Back" >/dev/null; scr_settle
scr_keys F6; scr_wait "From a donor: the needs that fit" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "Needs for a donor"; ok $? "en: the needs that fit TST-11"
scr_keys F1; scr_wait "Help" >/dev/null; scr_settle
said "the donor is active, of the need's county"; ok $? "en: F1 says the donor is active, of the need's county"
said "the need's type is among his interests"; ok $? "... the need's type among his interests"
said "For a material need it weighs the donor's free capacity"; ok $? "... what the fit weighs"
said "A non-material need takes no money: his past pledges"; ok $? "... and for a non-material need"
scr_keys End; scr_settle
said "Score is the need's priority in the ranking"; ok $? "en, End: what the score is"
said "by fit, then by more past pledges."; ok $? "... the donors' order"
seen "Persian/Latin keyboard."; ok $? "... the help to its last line"
scr_keys Escape; scr_settle
scr_keys F10; scr_keys F10; scr_wait "Main menu" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "exits"
done_testing
