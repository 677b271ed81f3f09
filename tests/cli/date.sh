# hamyar date j2g|g2j (SPEC §12): arguments and stdin, input order kept,
# bad values answered "error: ..." with exit 1, usage errors exit 2.
# Expected dates: SPEC §5 (1403 leap, 1 Farvardin 1404 = 2025-03-21) and
# 22 Bahman 1357 = 11 February 1979 (the revolution).
. "$HAMYAR_SRC/tests/lib.sh"

out=$("$HAMYAR" date j2g 1403/12/30); rc=$?
is "$out" "2025-03-20" "j2g 1403/12/30 is 2025-03-20"
is $rc 0 "j2g of a good date exits 0"
out=$("$HAMYAR" date g2j 2025-03-21); rc=$?
is "$out" "1404/01/01" "g2j 2025-03-21 is 1404/01/01"
is $rc 0 "g2j of a good date exits 0"

out=$("$HAMYAR" date j2g ۱۴۰۴/۱۲/۳۰); rc=$?
is $rc 1 "j2g ۱۴۰۴/۱۲/۳۰ (1404 is not leap) exits 1"
case "$out" in "error: "?*) r=0 ;; *) r=1 ;; esac
ok $r "it answers 'error: REASON'"
# Esfand 30 of a year that is not leap is named as such (the clerk who
# knows the day exists looks for a typo otherwise), as the forms say it
out=$("$HAMYAR" --lang en date j2g ۱۴۰۴/۱۲/۳۰)
is "$out" "error: This year is not a leap year: its Esfand has 29 days" "the reason in English with --lang en"
out=$("$HAMYAR" date j2g ۱۴۰۴/۱۲/۳۰)
is "$out" "error: این سال کبیسه نیست: اسفند آن 29 روز دارد" "the reason in Persian by default, its number in ASCII"
# other days that are not: the fault named, as the forms and the import
# name it (before, each was said to be out of the years 1-3177, though its
# year was 1404); the years' range for a year out of it alone
out=$("$HAMYAR" --lang en date j2g 1403/12/31 1404/07/31 1404/11/31 1404/13/01 1404/00/10 1404/01/32 1404/02/00 0/1/1 3178/01/01); rc=$?
is "$out" "error: Esfand has 29 days, 30 in a leap year
error: Mehr has 30 days
error: Bahman has 30 days
error: There is no such month: a month is 1 to 12
error: There is no such month: a month is 1 to 12
error: There is no such day: a day of the month is 1 to 31
error: There is no such day: a day of the month is 1 to 31
error: no such day in the Jalali calendar (years 1-3177)
error: no such day in the Jalali calendar (years 1-3177)" "Esfand 31, Mehr 31, Bahman 31, month 13, month 0, day 32, day 0, then years 0 and 3178: each its fault"
is $rc 1 "... exit 1"
out=$("$HAMYAR" date j2g ۱۴۰۴/۱۳/۰۱ ۱۴۰۳/۰۷/۳۱ ١٤٠٣/٠٨/٣١ 1403/09/31 1403/10/31 ۱۴۰۴/۱۲/۳۱ ۱۴۰۴/۰۱/۳۲)
is "$out" "error: چنین ماهی نیست: ماه از 1 تا 12 است
error: مهر 30 روز دارد
error: آبان 30 روز دارد
error: آذر 30 روز دارد
error: دی 30 روز دارد
error: اسفند 29 روز دارد و در سال کبیسه 30 روز
error: چنین روزی نیست: روز ماه از 1 تا 31 است" "in Persian by default, the numbers in ASCII"
out=$("$HAMYAR" date j2g ۳۱۷۸/۰۱/۰۱)
case "$out" in "error: "*"تقویم خورشیدی"*"3177"*) r=0 ;; *) r=1 ;; esac
ok $r "a year out of the calendar: the years' range, in Persian by default"

out=$("$HAMYAR" date j2g ۱۴۰۳/۱۲/۳۰ ١٣٥٧-١١-٢٢ 1404-1-1)
is "$out" "2025-03-20
1979-02-11
2025-03-21" "j2g reads Persian, Arabic-Indic and ASCII digits, / or -"
out=$("$HAMYAR" date g2j 1979-02-11 2024-03-20 2025-03-20)
is "$out" "1357/11/22
1403/01/01
1403/12/30" "g2j answers with ASCII digits, month and day padded"

# stdin mode: one answer per line, in order, bad lines in place.
printf '1404/01/01\nabc\n1403/12/30\r\n\n1404/12/30\n1357/11/22\n' | "$HAMYAR" --lang en date j2g >"$TMP/out"; rc=$?
is $rc 1 "stdin with bad lines exits 1"
is "$(cat "$TMP/out")" "2025-03-21
error: not a Jalali date (expected Y/M/D)
2025-03-20
error: not a Jalali date (expected Y/M/D)
error: This year is not a leap year: its Esfand has 29 days
1979-02-11" "stdin: good and bad lines answered in input order (CRLF and empty lines too)"
out=$(printf '2025-03-21\n2025-02-29\n0500-01-01\n2025/03/21\n2024-03-20\n' | "$HAMYAR" --lang en date g2j); rc=$?
is $rc 1 "g2j stdin with bad lines exits 1"
is "$out" "1404/01/01
error: no such day in the Gregorian calendar
error: outside the Jalali years 1-3177
error: not an ISO date (expected YYYY-MM-DD)
1403/01/01" "g2j stdin: answers in order, each reason"
# a date copied from a Persian text: Persian or Arabic-Indic digits, month
# and day without their 0; the order and the dashes stay ISO's
out=$("$HAMYAR" date g2j ۲۰۲۵-۰۳-۲۱ ٢٠٢٥-٣-٢١ ' 2025-3-1 '); rc=$?
is "$out" "1404/01/01
1404/01/01
1403/12/11" "g2j reads Persian and Arabic-Indic digits, and a month or day of one digit"
is $rc 0 "... exit 0"
out=$("$HAMYAR" --lang en date g2j 2025-003-21 +2025-03-21 ۲۰۲۵/۰۳/۲۱ 2>&1); rc=$?
is "$out" "error: not an ISO date (expected YYYY-MM-DD)
error: not an ISO date (expected YYYY-MM-DD)
error: not an ISO date (expected YYYY-MM-DD)" "... but not three digits of month, a sign, or slashes"
is $rc 1 "... exit 1"
out=$(printf '1404/01/01\n1403/12/30\n' | "$HAMYAR" date j2g); rc=$?
is $rc 0 "stdin with only good lines exits 0"
is "$(printf '' | "$HAMYAR" date g2j; echo "rc=$?")" "rc=0" "empty stdin: no output, exit 0"

# Round trip through both verbs over a few thousand consecutive days.
awk 'BEGIN { for (y = 1395; y <= 1405; y++) for (m = 1; m <= 12; m++) for (d = 1; d <= 31; d++) print y "/" m "/" d }' |
	"$HAMYAR" date j2g 2>/dev/null | grep -v '^error' >"$TMP/iso"
n=$(wc -l <"$TMP/iso")
ok $([ "$n" -eq $((365 * 11 + 3)) ]; echo $?) "1395-1405 hold 11 x 365 days + 3 leap days ($n)"
"$HAMYAR" date g2j <"$TMP/iso" | "$HAMYAR" date j2g >"$TMP/iso2"
cmp -s "$TMP/iso" "$TMP/iso2"; ok $? "j2g then g2j then j2g gives the same ISO dates"
sort -c "$TMP/iso"; ok $? "consecutive Jalali dates give increasing ISO dates"

# Bytes that are not UTF-8 are named as such, not as a malformed date.
printf '1403/\3331/01\n1403/01/01\n' | "$HAMYAR" date j2g >"$TMP/out"; rc=$?
is "$rc:$(tr '\n' '|' <"$TMP/out")" "1:error: متن، UTF-8 معتبر نیست|2024-03-20|" "j2g: invalid UTF-8 is so named, exit 1, the next line converted"
"$HAMYAR" date j2g "$(printf '\3551403/01/01')" >"$TMP/out"; rc=$?
is "$rc:$(cat "$TMP/out")" "1:error: متن، UTF-8 معتبر نیست" "j2g: ... as an argument too"
printf '2024-03-2\300\n' | "$HAMYAR" --lang en date g2j >"$TMP/out"; rc=$?
is "$rc:$(cat "$TMP/out")" "1:error: The text is not valid UTF-8" "g2j: the same, in English"

# Usage errors.
"$HAMYAR" date >/dev/null 2>"$TMP/err"; is $? 2 "date without a conversion is a usage error"
"$HAMYAR" date x2y 1 >/dev/null 2>"$TMP/err"; is $? 2 "an unknown conversion is a usage error"
grep -q 'x2y' "$TMP/err"; ok $? "the error names the unknown conversion"
"$HAMYAR" date --help >"$TMP/help"; is $? 0 "date --help exits 0"
grep -q 'j2g' "$TMP/help"; ok $? "date --help shows the conversions"
# j2g is a converter: any day of the calendar, not only the years a
# record may bear (a typo's 1043 is refused in the records, not here)
out=$("$HAMYAR" date j2g 1043/01/05 1504/01/01 0001/01/01); rc=$?
is "$rc:$(printf '%s' "$out" | tr '\n' ' ')" "0:1664-03-24 2125-03-21 0622-03-22" "j2g converts a year of any range"
done_testing
