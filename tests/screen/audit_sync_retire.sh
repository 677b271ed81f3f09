# The audit screen shows a need retired at another station and received by
# sync as its Active field changed, «فعال  بله ← خیر» (store_apply's line
# "active"; tests/cli/sync_retire_audit.sh for hamyar audit): before, the
# entry's heading had no line under it.  Under the heading, which station
# made that version and when («ساخته‌شده در: ایستگاه MRD، در ۱۴۰۵/۰۹/۱۱ ...»):
# the heading's login and time are the import's.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
M="$TMP/mrd" DB="$TMP/tbz"
"$HAMYAR" --db "$M" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1
"$HAMYAR" --db "$DB" sync trust MRD "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null
xfer() { "$HAMYAR" --db "$M" sync export --to TBZ --out "$TMP/b" 2>/dev/null && "$HAMYAR" --db "$DB" sync import "$TMP/b" >/dev/null; }
printf 'name,kind,county\nکلانتری ۱۱ مرند,station,MRD\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nMRD-1,space,تعمیر ساختمان پاسگاه,120000000,2,3,1000,1405/09/01,identified\n' >"$TMP/n.csv"
printf 'id,active\nMRD-2,0\n' >"$TMP/x.csv"
"$HAMYAR" --db "$M" import units "$TMP/u.csv" >/dev/null &&
"$HAMYAR" --db "$M" import needs "$TMP/n.csv" >/dev/null && xfer &&
"$HAMYAR" --db "$M" import needs "$TMP/x.csv" >/dev/null && xfer
ok $? "a need made at MRD, then retired there, both by sync at TBZ"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')"; scr_settle
scr_cap | tail -n 5 | head -n 1 | grep -qF "$(vis 'نیاز MRD-2 از همگام‌سازی رسید')"; ok $? "the last entry: the need received by sync"
scr_cap | tail -n 4 | head -n 1 >"$TMP/m"
grep -qF "$(vis 'ساخته‌شده در: ایستگاه MRD، در')" "$TMP/m"; ok $? "... made at MRD"
is "$(tr -cd '/' <"$TMP/m")$(tr -cd ':' <"$TMP/m")" "//::" "... on a date and time (the label's colon, the time's)"
grep -q '[0-9]' "$TMP/m"; is $? 1 "... in Persian digits"
scr_cap | tail -n 3 | head -n 1 >"$TMP/r"
grep -qF "$(vis 'فعال')" "$TMP/r" && grep -qF "$(vis 'بله')" "$TMP/r" && grep -qF "$(vis 'خیر')" "$TMP/r" && grep -qF '←' "$TMP/r"
ok $? "... under it: Active, yes -> no"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
