# `hamyar init --station مرند`: a county's Persian name for the station's
# code suggests the county's code, as `sync trust مرند KEY` does (مرند:
# MRD; «كليبر» with Arabic ي/ك: KLB); before, «کد ایستگاه نیست» alone.
# Nothing is made.
. "$HAMYAR_SRC/tests/lib.sh"
"$HAMYAR" --db "$TMP/a" init --station مرند >"$TMP/out" 2>"$TMP/err"; is $? 1 "a county's name for the code: refused"
holds "$(cat "$TMP/err")" "کد آن MRD است (hamyar init --station MRD)" "... suggesting its code, MRD"
[ -e "$TMP/a" ]; is $? 1 "... and nothing made"
"$HAMYAR" --db "$TMP/a" init --station 'كليبر' 2>"$TMP/err"; is $? 1 "«كليبر» typed with Arabic ي/ك: refused"
holds "$(cat "$TMP/err")" "کد آن KLB است" "... suggesting KLB"
"$HAMYAR" --db "$TMP/a" init --station تهران 2>"$TMP/err"; is $? 1 "a name of no county of the table: refused"
is "$(cat "$TMP/err")" "hamyar: «تهران» کد ایستگاه نیست: 2 تا 8 حرف لاتین یا رقم" "... as before, no code suggested"
"$HAMYAR" --lang en --db "$TMP/a" init --station مرند 2>"$TMP/err"; is $? 1 "in English: refused"
holds "$(cat "$TMP/err")" "its code is MRD (hamyar init --station MRD)" "... suggesting MRD"
"$HAMYAR" --db "$TMP/a" init --station MRD >/dev/null; ok $? "MRD as suggested: made"
done_testing
