# The clerk, one Tab short, types the donor's mobile in his national id
# («۰۹۱۴ ۱۲۳ ۴۵۶۷») or, a Tab too far, in the legal id: the error says it
# is a mobile number and which field it goes in, not that a national id
# has ten digits or that a digit of the card is mistyped.  A national id
# mistyped is still said so.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
SAID="$(vis 'این شمارهٔ تلفن همراه است، نه')"

scr_firstrun "$DB" MOB; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'رضا كريمي‌پور'; scr_keys Tab
scr_type '۰۹۱۴ ۱۲۳ ۴۵۶۷'; scr_keys Tab
scr_wait "$SAID"; ok $? "a mobile in the national id: said it is a mobile"
holds "$(scr_below 'کد ملی:')" "$(vis 'تلفن همراه')" "... under the national id, naming the mobile's field"
scr_cap | grep -qF -- "$(vis 'کد ملی ۱۰ رقم دارد')"; is $? 1 "... not the national id's length"
scr_keys BTab C-u Tab; scr_type '+98 914 123 4567'; scr_keys Tab
scr_wait "$SAID"; ok $? "+98 914 123 4567 in the legal id: said likewise"
scr_cap | grep -qF -- "$(vis 'از روی کارت')"; is $? 1 "... not a digit of the card mistyped"
scr_keys BTab C-u BTab C-u; scr_type '۰۰۱۲۳۴۵۶۷۸'; scr_keys Tab
scr_wait "$(vis 'از روی کارت')"; ok $? "a national id mistyped: still read it again from the card"
scr_cap | grep -qF -- "$SAID"; is $? 1 "... not a mobile"
done_testing
