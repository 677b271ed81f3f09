# A mobile written with the country code and then the national 0 as well
# (+98 0914 123 4567, 0098 0914 ..., 98 0914 ...) is how many people write
# it; it is taken as 0914 123 4567 by hamyar check and by import donors.
# Before, all three were refused ("A mobile number is 09 and 9 more
# digits").  Nothing ambiguous is taken: a digit short or over, a code
# other than 98, or a 0 not followed by 9 is still refused.
. "$HAMYAR_SRC/tests/lib.sh"

out=$("$HAMYAR" --lang en check mobile "+98 0914 123 4567" "0098 0914 123 4567" "98 0914 123 4567" "+۹۸ (۰۹۱۴) ۱۲۳-۴۵۶۷" "٠٠٩٨٠٩١٤١٢٣٤٥٦٧"); rc=$?
is "$out" "ok
ok
ok
ok
ok" "the country code and the 0: each form is taken, in any digits"
is $rc 0 "and exits 0"

out=$("$HAMYAR" --lang en check mobile "+98 0914 123 456" "+98 0914 123 45678" "98 0914 123 456" "0098 0914 123 45678" "+98 0414 333 4444" "+1 0914 123 4567" "+98 00914 123 4567" "098 0914 123 4567")
is "$out" "error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits
error: A mobile number is 09 and 9 more digits" "a digit short or over, a landline, another code, two zeros: still refused"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
cat >"$TMP/a.csv" <<'CSV'
نوع,نام,تلفن همراه,شهرستان
person,محمدرضا عبدالله‌زاده,+98 0914 123 4567,تبریز
person,زهرا كريمي,۰۰۹۸ ۰۹۱۴ ۷۶۵ ۴۳۲۱,TBZ
CSV
"$HAMYAR" --db "$D" import donors "$TMP/a.csv" >"$TMP/out" 2>"$TMP/err"; r=$?
is "$r" 0 "import donors takes both rows"
grep -q "خطا" "$TMP/err"; is $? 1 "... with no error"
out=$("$HAMYAR" --db "$D" export donors | tr -d '\r' | awk -F, 'NR > 1 { print $6 }')
is "$out" "09141234567
09147654321" "the mobiles are stored as 09XXXXXXXXX"
done_testing
