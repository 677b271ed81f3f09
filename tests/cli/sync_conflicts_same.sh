# `sync conflicts` on a conflict whose two versions hold the same values
# (TBZ and HQ each changed «علی‌رضا کریمی»'s mobile to the same number
# while apart, HQ's in Persian digits) printed its header alone, no field
# under it and no word why: a supervisor could not tell what to decide.
# A line now says the two versions are alike and that mine or theirs
# closes it, nothing being there to merge; a suspected duplicate whose
# two records are alike says which record each keeps.  A conflict whose
# values differ lists them, without that line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
tbz_donors; ok $? "two donors of TBZ reach HQ"
printf 'id,mobile\nTBZ-1,09141230001\nTBZ-2,09121110000\n' >"$TMP/t1.csv"
printf 'id,mobile\nTBZ-1,۰۹۱۴۱۲۳۰۰۰۱\nTBZ-2,۰۹۳۵۱۱۱۰۰۰۰\n' >"$TMP/q1.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q1.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed at TBZ and at HQ; TBZ's bundle applied at HQ"
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c"; ok $? "sync conflicts"
is "$(grep -c '^donor' "$TMP/c")" 2 "two conflicts listed"
sed -n '/^donor TBZ-1 /,/^donor /p' "$TMP/c" >"$TMP/c1"
grep -qx '  the two versions hold the same values: mine or theirs closes it, there is nothing to merge' "$TMP/c1"
ok $? "TBZ-1: a line says the two versions are alike and what closes it"
sed -n '/^donor TBZ-2 /,$p' "$TMP/c" >"$TMP/c2"
grep -q 'mobile' "$TMP/c2"; ok $? "TBZ-2: its two mobiles listed"
grep -q 'same values' "$TMP/c2"; is $? 1 "... without the same-values line"
"$HAMYAR" --db "$Q" sync conflicts | grep -qF '  دو نسخه مقدارهای یکسان دارند: mine یا theirs آن را می‌بندد؛ چیزی برای ادغام نیست'
ok $? "in Persian too"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 mine >/dev/null; ok $? "mine closes it"
# a suspected duplicate registered alike at TBZ and HQ
printf 'kind,name,county,national_id\nperson,محمدرضا رحیمی,TBZ,1360000011\n' >"$TMP/same.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/same.csv" >/dev/null &&
"$HAMYAR" --db "$T" import donors "$TMP/same.csv" >/dev/null && bundle "$T" "$Q" HQ
ok $? "HQ and TBZ each register «محمدرضا رحیمی» alike"
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/d"
held=$(sed -n 's/^donor \([A-Z]*-[0-9]*\) .*duplicate$/\1/p' "$TMP/d")
holder=$(sed -n 's/^  duplicate of \([A-Z]*-[0-9]*\) .*/\1/p' "$TMP/d")
grep -qx "  the two records hold the same values: mine keeps $holder and retires $held, theirs the reverse" "$TMP/d"
ok $? "the duplicate: which record mine keeps ($holder) and retires ($held)"
done_testing
