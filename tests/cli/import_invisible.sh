# A cell copied from a web page, or a sheet saved from two files joined,
# holds characters no one sees: a BOM (U+FEFF) not at the file's start, a
# zero width space (U+200B), a word joiner (U+2060).  They were stored as
# they were: a name that looked like «زهرا احمدی» was not equal to the
# same name typed, and a county with one was unknown.  Import takes them
# out of every cell; the ZWNJ of a name (and the file's own BOM) as before.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"
BOM=$(printf '\357\273\277'); ZWSP=$(printf '\342\200\213'); WJ=$(printf '\342\201\240')
ZWNJ=$(printf '\342\200\214')
printf '%sنام,نوع,کد ملی,تلفن همراه,شهرستان,نشانی\r\n' "$BOM" >"$TMP/d.csv"
printf '%s\r\n' "${BOM}زهرا احمدی$BOM,شخص حقیقی,۰۰۱۲۳۴۵۶۷۹,0914${ZWSP}1112233,${BOM}مرند,خیابان${WJ} امام" >>"$TMP/d.csv"
printf '%s\r\n' "علي كريمي${ZWSP},person,1641234563,,مرند,کوچهٔ گل${ZWNJ}ها" >>"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "cells with a BOM, a zero width space and a word joiner are read"
[ -s "$TMP/err" ]; is $? 1 "... with no error"
"$HAMYAR" --db "$D" export donors --out "$TMP/e.csv"; ok $? "export"
tail -n +2 "$TMP/e.csv" >"$TMP/rows"
grep -c "$BOM" "$TMP/rows" >"$TMP/n"; is "$(cat "$TMP/n")" 0 "no BOM stored in any value"
grep -c "$ZWSP\|$WJ" "$TMP/rows" >"$TMP/n"; is "$(cat "$TMP/n")" 0 "no zero width space nor word joiner stored"
holds "$(cat "$TMP/rows")" "MRD-1,person,زهرا احمدی," "the name as it is seen"
holds "$(cat "$TMP/rows")" "09141112233" "the mobile read whole"
holds "$(cat "$TMP/rows")" "کوچهٔ گل${ZWNJ}ها" "a ZWNJ inside a word is kept"
holds "$(cat "$TMP/rows")" "MRD-2,person,علی کریمی," "Arabic ي/ك still made Persian"
# the same person typed again, with no invisible character: a repeat
printf 'نام,نوع,شهرستان\r\nزهرا احمدی,person,مرند\r\n' >"$TMP/again.csv"
"$HAMYAR" --db "$D" import donors "$TMP/again.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "the same name typed plainly is the stored one (a repeat)"
holds "$(cat "$TMP/err")" "MRD-1" "... named as MRD-1"

done_testing
