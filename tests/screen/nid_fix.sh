# A national id or a legal id with its check digit wrong by one, typed in
# Persian digits: the error under the field says what is wrong and how to
# put it right (a digit mistyped or two swapped: read it again from the
# card).  Before, it said only that the check digit was wrong.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
FIX=$(vis 'از روی کارت')

scr_firstrun "$DB" NFX; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'محمدجواد صادقی‌پور'; scr_keys Tab
scr_type '۰۰۱۲۳۴۵۶۷۸'; scr_keys Tab		# 0012345679 is right
row=$(scr_cap | grep -nF "$(vis 'کد ملی:')" | head -n 1 | cut -d: -f1)
scr_wait "$(vis 'خطا: رقم کنترل کد ملی درست نیست')"; ok $? "the check-digit error, naming the national id"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF "$FIX"; ok $? "... under it, saying how to fix it (read it again from the card)"
scr_keys BTab BTab BTab; scr_keys Space; scr_wait "$(vis 'شخص حقوقی')" >/dev/null
scr_keys Down Enter					# an organisation
scr_keys Tab Tab C-u Tab				# its national id emptied
scr_type '۱۰۱۰۰۳۴۵۶۷۸'; scr_keys Tab		# a legal id, check digit wrong
row=$(scr_cap | grep -nF "$(vis 'شناسه ملی:')" | head -n 1 | cut -d: -f1)
scr_wait "$(vis 'خطا: رقم کنترل شناسه ملی درست نیست')"; ok $? "the legal id's check-digit error"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF "$FIX"; ok $? "... under it, with how to fix it"
scr_keys F10; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
