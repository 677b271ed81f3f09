# hamyar check nid|legal|mobile|phone|postal|sheba (SPEC §12): one answer
# per value ("ok", "warning: ...", "error: ..."), arguments or stdin lines,
# input order kept, exit 1 when any value is an error, 2 for usage errors.
# Expected answers: national ids 0076229645 and 11537027 are the published
# examples of rust-persian-tools; legal id 10380284790 that of persian-tools;
# IR062960000000100324200001 the IBAN registry's Iranian example; check
# digits re-derived by hand in tests/core/test_validate.c.
. "$HAMYAR_SRC/tests/lib.sh"

out=$("$HAMYAR" check nid 0076229645); rc=$?
is "$out" "ok" "a valid national id is ok"
is $rc 0 "and exits 0"

out=$("$HAMYAR" check nid ۰۰۷۶۲۲۹۶۴۵ ١١٥٣٧٠٢٧ 007-622964-5); rc=$?
is "$out" "ok
ok
ok" "Persian and Arabic-Indic digits, 8 digits, dashes"
is $rc 0 "all good: exit 0"

out=$("$HAMYAR" --lang en check nid 0076229646 1111111111 0010000003 12345 00762a9645 0091234565); rc=$?
is "$out" "error: The national id's check digit is wrong
error: A national id cannot be one digit repeated
error: A national id cannot have six zeros after its first three digits
error: A national id has 10 digits
error: Only digits are allowed here
warning: The national id's first three digits are not a known city code" \
	"each national-id rule answers in English with --lang en"
is $rc 1 "an error among the values: exit 1"

out=$("$HAMYAR" check nid 0076229646)
is "$out" "error: رقم کنترل کد ملی درست نیست" "the reason is Persian by default"

out=$("$HAMYAR" check nid 0091234565); rc=$?
case "$out" in "warning: "?*) r=0 ;; *) r=1 ;; esac
ok $r "an unknown city prefix is a warning"
is $rc 0 "warnings alone exit 0"

out=$("$HAMYAR" --lang en check legal 10380284790 ۱۰۳۸۰۲۸۴۷۹۱ 1038028479); rc=$?
is "$out" "ok
error: The legal id's check digit is wrong
error: A legal id has 11 digits" "legal ids"
is $rc 1 "a bad legal id exits 1"

out=$("$HAMYAR" --lang en check mobile +98 912 345 6789 "+98 912 345 6789" 00989123456789 ۰۹۱۲۳۴۵۶۷۸۹ 09501234567 04133334444)
is "$out" "error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
ok
ok
ok
warning: The mobile number's operator prefix is not a known one
error: A mobile number is 09 and 9 more digits" "mobile numbers: each argument is one value"

out=$("$HAMYAR" --lang en check phone 04133334444 "(041) 3333-4444" ٠٢١٨٨٨٨٧٧٧٧ 4133334444 413333444)
is "$out" "ok
ok
ok
ok
error: A phone number has 11 digits, starting with 0 and the area code" "phones (the trunk 0 may be missing, as a spreadsheet drops it)"

out=$("$HAMYAR" --lang en check postal 5166616471 ۵۱۶۶۶-۱۶۴۷۱ 5106616471 1111111111 516661647)
is "$out" "ok
ok
warning: Postal codes have no 0 or 2 in their first five digits
error: A postal code cannot be one digit repeated
error: A postal code has 10 digits" "postal codes"

out=$("$HAMYAR" --lang en check sheba IR062960000000100324200001 "ir06 2960 0000 0010 0324 2000 01" IR072960000000100324200001 DE89370400440532013000)
is "$out" "ok
ok
error: The Sheba number's check digits are wrong
error: A Sheba number is IR and 24 digits" "sheba numbers"

# stdin: one answer per line, in order, CRLF and empty lines handled.
printf '0076229645\n0076229646\r\n\n۱۵۸۳۲۵۰۶۸۹\n' | "$HAMYAR" --lang en check nid >"$TMP/out"; rc=$?
is "$(cat "$TMP/out")" "ok
error: The national id's check digit is wrong
error: A national id has 10 digits
ok" "stdin values answered in order"
is $rc 1 "stdin with a bad value exits 1"
printf '09123456789\n+98 935 123 4567\n' | "$HAMYAR" check mobile >"$TMP/out"; rc=$?
is "$(cat "$TMP/out")" "ok
ok" "stdin mobile numbers with spaces"
is $rc 0 "all good on stdin: exit 0"

# Many values through one process.
i=0; : >"$TMP/many"
while [ $i -lt 2000 ]; do echo 0076229645 >>"$TMP/many"; i=$((i + 1)); done
n=$("$HAMYAR" check nid <"$TMP/many" | grep -c '^ok$')
is "$n" 2000 "2000 stdin values, 2000 answers"

# Bytes that are not UTF-8 (a file saved in Windows-1256) are named as
# such, not as "only digits": a Persian digit cut short, a 1256 byte.
for k in nid legal mobile phone postal sheba; do
	printf '00\3317622964\n\3355\n' | "$HAMYAR" check $k >"$TMP/out"; rc=$?
	is "$rc:$(sort -u "$TMP/out")" "1:error: متن، UTF-8 معتبر نیست" "check $k: invalid UTF-8 is so named, exit 1"
done
"$HAMYAR" --lang en check nid "$(printf '007\3556229645')" >"$TMP/out"; rc=$?
is "$rc:$(cat "$TMP/out")" "1:error: The text is not valid UTF-8" "... in English too, for an argument"
printf '0076229645\n\377\n0076229646\n' | "$HAMYAR" check nid >"$TMP/out"
is "$(sed -n 1p "$TMP/out"):$(sed -n 3p "$TMP/out" | cut -c1-5)" "ok:error" "the lines around it get their own answers"

"$HAMYAR" check iban IR062960000000100324200001 >"$TMP/out" 2>"$TMP/err"; rc=$?
is $rc 2 "an unknown kind is a usage error (exit 2)"
grep -q iban "$TMP/err"; ok $? "the error names the kind"
is "$(cat "$TMP/out")" "" "nothing on stdout for a usage error"
"$HAMYAR" check >/dev/null 2>&1; rc=$?
is $rc 2 "check without a kind exits 2"
done_testing
