# A number typed in a name: the clerk, one Tab short, types the mobile
# «۰۹۱۴ ۱۲۳ ۴۵۶۷» in the donor's name, or a «-» to get past the field.
# Leaving the name warns that it has no letter, under it, and F2 asks
# before saving; a name with letters and digits («کلانتری ۱۲ تبریز»,
# «شرکت فن‌آوران ۳D») is no matter.  Before, «۰۹۱۴۱۲۳۴۵۶۷» was saved as a
# donor's name without a word, and the list showed a donor called so.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
WARN="$(vis 'هشدار: نام حرفی ندارد')"

scr_firstrun "$DB" NNL; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type '۰۹۱۴ ۱۲۳ ۴۵۶۷'; scr_keys Tab
row=$(scr_cap | grep -nF "$(vis 'نام*:')" | head -n 1 | cut -d: -f1)
scr_wait "$WARN"; ok $? "a name of digits alone: leaving it warns"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF "$WARN"; ok $? "... under the name"
scr_keys BTab C-u; scr_type '-'; scr_keys Tab
scr_wait "$WARN"; ok $? "a dash alone: warned too"
scr_keys BTab C-u; scr_type 'شركت فن‌آوران ۳D'; scr_keys Tab
scr_gone "$WARN"; ok $? "letters and digits: no warning"
scr_keys BTab C-u; scr_type '۰۹۱۴۱۲۳۴۵۶۷'; scr_keys Tab
scr_keys Tab Tab Tab Tab F4; scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_keys Enter	# county
scr_keys F2; scr_wait "$(vis 'هشدار در: نام.')"; ok $? "F2 asks before saving it"
scr_keys n; scr_gone "$(vis 'هشدار در: نام.')" >/dev/null
is "$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }')" 0 \
    "... and no, nothing saved"
done_testing
