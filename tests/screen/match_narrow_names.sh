# The donors of a need, and the needs of a donor, at 64 columns show their
# names and titles.  Before, the
# capacity and free columns kept 16 cells each whatever they held, and the
# name got what was left: 9 cells at 64 columns, «سید…نیا» for
# «سیده‌زهرا امامی‌نیا», two donors «علی…قری» alike; a donor's needs kept
# 18 cells for the gap, and a title got 15 («نصب…تبریز» in the sample
# data).  Now each amount column is as wide as the widest amount listed
# (or its heading), and the name or title gets the rest.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,name\nTST-10,%s\nTST-11,%s\n' 'سیده‌زهرا امامی‌نیا' 'عبدالله قلی‌زاده' >"$TMP/d.csv"
printf 'id,interests\nTST-11,space equipment\n' >"$TMP/i.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import donors "$TMP/i.csv" >/dev/null; ok $? "two donors of Tabriz with ZWNJ in their names"

SCR_SIZE=64x24
work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_pick 'از یک نیاز: خیّرین جور با آن'
scr_type 'TST-20'; scr_wait "TST-20" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-20 at 64 columns"
s=$(scr_cap)
holds "$s" "$(vis 'سیده‌زهرا امامی‌نیا')" "TST-10's name whole"
holds "$s" "$(vis 'عبدالله قلی‌زاده')" "TST-11's name whole"
holds "$s" "۵۰۰٬۰۰۰٬۰۰۰" "... beside TST-10's capacity, whole"
[ "$(printf '%s\n' "$s" | grep -c '…')" -le 1 ] ; ok $? "no row cut (only the head line may be)"

scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-10'; scr_wait "TST-10" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-10 at 64 columns"
s=$(scr_cap)
holds "$s" "$(vis 'ساخت اتاق نگهبانی')" "TST-20's title whole"
holds "$s" "۳۰۰٬۰۰۰٬۰۰۰" "... beside its gap, whole"
done_testing
