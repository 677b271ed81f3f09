# The calibration screen on a window under 80 columns (an SSH client at
# 60x20, where a station's clerk meets it first): its question is wrapped
# onto a third row rather than cut, so its end, which says what to look for
# («from right to left?»), is on the screen.  Before, it had two rows and
# its end was cut with an ellipsis.  At 80x24 it takes two, as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station CLN >/dev/null; ok $? "a database"
END="$(vis 'چپ؟')"
LINE1="$(vis 'همیار: ثبت خیّرین (سال ۱۴۰۳) Hamyar')"

HAMYAR_BIDI= scr_start "$DB"
scr_wait "$(vis 'تنظیم نمایش')"; ok $? "first start: the calibration screen"
scr_cap | grep -qF "$END"; ok $? "80x24: the question's end on screen"
q=$(scr_cap | grep -n -F "$(vis 'در زیر یک سطر فارسی')" | cut -d: -f1)
l=$(scr_cap | grep -n -F "$LINE1" | cut -d: -f1)
is "$((l - q))" 3 "80x24: two rows of question, a blank one, then line 1"
scr_resize 60 20
scr_cap | grep -qF "$END"; ok $? "60x20: the question's end still on screen"
q=$(scr_cap | grep -n -F "$(vis 'در زیر یک سطر فارسی')" | cut -d: -f1)
scr_cap | sed -n "${q},$((q + 2))p" | grep -qF '…'; is $? 1 "60x20: ... no row of the question cut"
scr_cap | grep -qF "$LINE1"; ok $? "60x20: line 1 still there"
scr_keys 1; scr_wait "$(vis 'منوی اصلی')"; ok $? "1 chooses mode app"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
