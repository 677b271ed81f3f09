# The audit log screen as an auditor reads it, at 80x24: a value wider than
# its column (a long address, a station's trusted key) goes on over the
# rows under it, so the whole old and new value is on the screen, as
# `hamyar audit` writes it.  Before, each was cut at about 25 columns with
# an ellipsis and the rest (here the flat's number, the key's last
# digits) could be read nowhere on the screen.  And End shows the log as
# it was first shown, its newest line on the last row: before, End left
# that row empty and put the newest line one up.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1
printf 'kind,name,county,address\nperson,علي‌اكبر كريمي‌نژاد,TBZ,تبریز، کوچهٔ ۱۲\nperson,فاطمه نوری‌زاده,TBZ,\nperson,مهدی رضایي,MRD,\norg,شرکت فولاد آذر,TBZ,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "four donors: a log longer than the screen"
ADDR='تبریز، خیابان امام خمینی، روبروی پارک ائل‌گلی، کوچهٔ شهید باکری، بن‌بست سوم، ساختمان نگین، طبقهٔ چهارم، واحد دوازده'
printf 'id,address\nTBZ-1,%s\n' "$ADDR" >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/u.csv" >/dev/null; ok $? "... his address changed to a long one"
KEY=b0b6059c2af3c97e311993c8b64d16cb435ac15a2f1014948b1e632da079ec4b
"$HAMYAR" --db "$DB" sync trust MRD "$KEY" >/dev/null; ok $? "a station's key trusted"
scr_nobody_user auditor "" "an auditor"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')"; scr_settle
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"
scr_type 'TBZ-1'; scr_keys Enter
scr_wait "$(vis 'تغییرهای TBZ-1: ۲')"; ok $? "F3 TBZ-1: its two changes"
scr_cap >"$TMP/s1"
grep -qF "$(vis 'واحد دوازده')" "$TMP/s1"; ok $? "the new address's end is on the screen (was cut after ~25 columns)"
grep -qF "$(vis 'ساختمان نگین،')" "$TMP/s1"; ok $? "... and its middle"
grep -qF '…' "$TMP/s1"; is $? 1 "... no value cut with an ellipsis"
grep -F "$(vis 'نشانی')" "$TMP/s1" | grep -F "$(vis 'تبریز، کوچهٔ ۱۲')" | grep -qF '←'; ok $? "the first row: label, old value, arrow"
is "$(grep -c '←' "$TMP/s1")" 7 "... one arrow a field (six created, the address changed), none on the rows that go on"

scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"
scr_keys C-u BSpace BSpace BSpace BSpace BSpace
scr_type 'sync.trust.MRD'; scr_keys Enter
scr_wait "$(vis 'کلید ایستگاه MRD')"; scr_settle
scr_cap >"$TMP/s2"
is "$(grep -o '[0-9a-f]\{8,\}' "$TMP/s2" | tr -d '\n')" "$KEY" "the whole key, over three rows (was its first 25 digits)"

# End: the view as first shown (before: the newest line one row up)
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"
scr_keys C-u; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do scr_keys BSpace; done
scr_keys Enter; scr_keys F4
scr_wait "$(vis 'همهٔ تغییرها')"; scr_settle
scr_cap | sed -n 4,22p >"$TMP/e0"
scr_keys Up; scr_settle
scr_keys End; scr_settle
scr_cap | sed -n 4,22p >"$TMP/e1"
cmp -s "$TMP/e0" "$TMP/e1"; ok $? "Up then End: the log as first shown, its newest line on the last row"
[ -n "$(sed -n 19p "$TMP/e1" | tr -d ' ')" ]; ok $? "... the last row not empty"
scr_keys Down; scr_settle
scr_cap | sed -n 4,22p | cmp -s - "$TMP/e0"; ok $? "... and Down there moves nothing"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
