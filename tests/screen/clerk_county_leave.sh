# A clerk of one county (Ahar) types another county (Tabriz) on a new
# unit or donor: leaving the county (Tab) says under it, as F2 would, that
# recording in Tabriz is for Tabriz's clerks; his own county, proposed on a
# new record, is taken without a word.  Before, nothing was said until F2.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station AHR --name 'ایستگاه اهر' >/dev/null; ok $? "init"
scr_nobody_user clerk AHR "a clerk of Ahar"
REFUSED="$(vis 'ثبت در شهرستان تبریز فقط از')"
COUNTY="$(vis 'شهرستان*:')"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 3
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'نشانی:')"; ok $? "F5: a new unit"
scr_cap | grep -F "$COUNTY" | grep -qF "$(vis 'اهر')"; ok $? "... its county proposed: his, Ahar"
scr_type 'پ'; scr_keys Tab; scr_type 'پاسگاه بین‌راهی یامچی'; scr_keys Tab
scr_keys Tab; scr_settle
scr_cap | grep -qF "$REFUSED"; is $? 1 "Ahar left as proposed: nothing said"
scr_keys BTab C-u; scr_type 'تبریز'; scr_keys Tab; scr_settle
scr_wait "$REFUSED"; ok $? "Tabriz typed, Tab: recording in Tabriz is refused at once"
row=$(scr_cap | grep -nF "$COUNTY" | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF "$REFUSED"; ok $? "... under the county"
scr_keys BTab C-u; scr_type 'اهر'; scr_keys Tab; scr_settle
scr_gone "$REFUSED"; ok $? "Ahar again: the message goes"
scr_keys F2; scr_wait "$(vis 'ذخیره شد:')"; ok $? "F2 saves the unit in Ahar"
# a donor alike
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$COUNTY" >/dev/null
n=0
while [ $n -lt 12 ] && ! scr_cap | grep -F "$COUNTY" | grep -qF "$(vis 'اهر')"; do n=$((n + 1)); sleep 0.2; done
scr_cap | grep -F "$COUNTY" | grep -qF "$(vis 'اهر')"; ok $? "a new donor: Ahar proposed"
scr_type 'ح'; scr_keys Tab; scr_type 'زهرا احمدي‌نژاد'; scr_keys Tab Tab Tab Tab Tab
scr_keys C-u; scr_type 'تبریز'; scr_keys Tab; scr_settle
scr_wait "$REFUSED"; ok $? "a donor in Tabriz: refused on leaving the county"
scr_keys BTab C-u; scr_type 'اهر'; scr_keys Tab; scr_settle
scr_gone "$REFUSED"; ok $? "... and Ahar again: the message goes"
scr_keys F2; scr_wait "$(vis 'ذخیره شد:')"; ok $? "F2 saves the donor in Ahar"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "quits"
n=$("$HAMYAR" --db "$DB" export units | tr -d '\r' | grep -c ',AHR,')
is "$n" 1 "the unit stored in Ahar"
done_testing
