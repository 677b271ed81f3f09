# The calibration screen, the first a new login meets, offers its two ways
# numbered 1 and 2.  A clerk whose Windows keyboard is the Arabic one (no
# Persian layout installed) sends ١ and ٢ (U+0661, U+0662) for them, which
# the screen dropped: it took only ASCII and Persian digits, where the
# main menu takes all three.  Now any of them chooses, there and on the
# settings' calibration (F9).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"

HAMYAR_BIDI= scr_start "$DB"
scr_wait "$(vis 'تنظیم نمایش')"; ok $? "the calibration screen comes first"
scr_type '١'
scr_wait "$(vis 'منوی اصلی')"; ok $? "an Arabic ١ chooses way 1: the main menu, laid out by the program"
scr_keys F9; scr_wait "$(vis 'تنظیمات')" >/dev/null
scr_keys Enter; scr_wait "$(vis 'تنظیم نمایش')" >/dev/null
scr_type '٢'
scr_wait 'منوی اصلی'; ok $? "F9's calibration: an Arabic ٢ chooses way 2, logical order"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
HAMYAR_BIDI= scr_start "$DB"
scr_wait 'منوی اصلی'; ok $? "the choice is kept: the next start opens in logical order"
scr_cap | grep -qF "$(vis 'تنظیم نمایش')"; is $? 1 "... without asking again"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done_testing
