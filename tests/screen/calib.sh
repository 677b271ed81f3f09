# Rendering modes (SPEC §6): the calibration screen shows one line both
# ways, the choice is saved per user and used at the next start; --bidi /
# HAMYAR_BIDI override it; mode app puts the terminal in explicit bidi mode
# (CSI 8 l) at start and back (CSI 8 h) at exit, mode terminal draws logical
# order; a login without a UTF-8 locale is told so.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
LINE='همیار: ثبت خیّرین (سال ۱۴۰۳) Hamyar'

scr_firstrun "$DB" CAL; ok $? "first start (mode app from HAMYAR_BIDI)"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

HAMYAR_BIDI= scr_start "$DB"
scr_wait "$(vis 'تنظیم نمایش')"; ok $? "with no saved choice and no override, the calibration screen comes first"
scr_cap | grep -qF -- "$(vis "$LINE")"; ok $? "line 1: the test line laid out by the program (visual order, joined)"
scr_cap | grep -qF -- "$LINE"; ok $? "line 2: the same line in logical order for a terminal that reorders"
# The two numbers in the same mode (app): «(1» and «(2», where «2)» was
# drawn in logical order beside a mirrored «(1».
scr_cap | grep -qF -- "$(vis '1)')"; ok $? "number 1 laid out as the screen is"
scr_cap | grep -qF -- "$(vis '2)')"; ok $? "number 2 too"
scr_cap | grep -qF -- '2)'; is $? 1 "... not in logical order"
scr_cap | grep -qF "$(vis 'توجه: زبان‌محلی')"; is $? 1 "no UTF-8 warning under a UTF-8 locale"
scr_keys 2
scr_wait 'منوی اصلی'; ok $? "choosing 2 switches to mode terminal: the menu in logical order"
scr_cap | grep -qF "$(vis 'منوی اصلی')"; is $? 1 "... and not in visual order"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

HAMYAR_BIDI= scr_start "$DB"
scr_wait 'منوی اصلی'; ok $? "the next start uses the saved choice (terminal)"
scr_cap | grep -qF "$(vis 'تنظیم نمایش')"; is $? 1 "... without asking again"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

SCR_LOG="$TMP/app.log"; : >"$SCR_LOG"
SCR_LOG=$SCR_LOG HAMYAR_BIDI=app scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "HAMYAR_BIDI=app overrides the saved choice"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
sleep 0.3
grep -qF "$(printf '\033[8l')" "$SCR_LOG"; ok $? "mode app sends CSI 8 l (explicit mode) at start"
tail -c 64 "$SCR_LOG" | grep -qF "$(printf '\033[8h')"; ok $? "... and CSI 8 h (implicit mode) at exit"

SCR_LOG="$TMP/term.log"; : >"$SCR_LOG"
SCR_LOG=$SCR_LOG HAMYAR_BIDI= scr_start "$DB" --bidi terminal
scr_wait 'منوی اصلی'; ok $? "--bidi terminal: logical order"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
sleep 0.3
grep -qF -e "$(printf '\033[8l')" -e "$(printf '\033[8h')" "$SCR_LOG"; is $? 1 "mode terminal sends no BDSM sequence"

SCR_ENV="-u LANG -u LC_ALL -u LC_CTYPE TERM=xterm-256color" scr_start "$DB" --bidi app
scr_wait "$(vis 'منوی اصلی')"; ok $? "a login with no locale still gets Persian (C.UTF-8 fallback)"
scr_keys F9; scr_wait "$(vis 'تنظیم نمایش (حالت دوسویه)')"; scr_keys Enter
scr_wait "$(vis 'توجه: زبان‌محلی')"; ok $? "the calibration screen (from settings) says the locale is not UTF-8"
# The note is wrapped to 80 columns, not cut: its last words are on screen.
scr_cap | grep -qF "$(vis 'وگرنه حروف به‌هم‌ریخته می‌شوند.')"; ok $? "the whole note fits the screen (wrapped, not cut)"
scr_keys 1
scr_wait "$(vis 'منوی اصلی')"; ok $? "choosing 1 goes back to mode app"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# A login whose locale is set, but not to UTF-8 (LANG=C, an old station's
# default): the note too.
SCR_ENV="LANG=C LC_ALL=C TERM=linux" scr_start "$DB" --bidi app
scr_wait "$(vis 'منوی اصلی')"; ok $? "LANG=C: Persian all the same"
scr_keys F9; scr_wait "$(vis 'تنظیم نمایش (حالت دوسویه)')"; scr_keys Enter
scr_wait "$(vis 'توجه: زبان‌محلی')"; ok $? "LANG=C: the calibration screen says the locale is not UTF-8"
scr_keys Escape; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done_testing
