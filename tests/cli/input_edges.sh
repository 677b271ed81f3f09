# Edge cases of the verbs' input (SPEC §12; tui/cli.c cli_read_line and
# cli_each_value, cli_parse_long): a byte-order mark from Notepad, NUL
# bytes, a last line without a newline, CR LF line ends, a 1 MB line, and
# numeric options (--top, --size) given zero, signs, junk or Persian digits.
# Expected dates: SPEC §5 (1 Farvardin 1404 is 2025-03-21; 1403 is a leap
# year, so 1403/12/30 is the day before); national id 0076229645 is the
# published example also used by tests/cli/check.sh.
. "$HAMYAR_SRC/tests/lib.sh"

BOM=$(printf '\357\273\277')
has_cr() { od -An -c | grep -q '\\r'; }

# ---- a byte-order mark at the start of stdin (a file saved by Notepad)
out=$(printf '%s۱۴۰۳/۱۲/۳۰\r\n۱۴۰۴/۱/۱\r\n' "$BOM" | "$HAMYAR" date j2g); rc=$?
is "$out" "2025-03-20
2025-03-21" "date j2g: a BOM before the first date (and CR LF lines) is taken off"
is $rc 0 "and every value is good: exit 0"
out=$(printf '%s0076229645\n۰۰۷۶۲۲۹۶۴۵\n' "$BOM" | "$HAMYAR" check nid); rc=$?
is "$out" "ok
ok" "check nid: the first id after a BOM is ok"
is $rc 0 "exit 0"
printf '%sعلي كريمي\n' "$BOM" | "$HAMYAR" text normalize >"$TMP/out"; rc=$?
is "$(cat "$TMP/out")" "علی کریمی" "text normalize: the BOM is not part of the first value"
head -c 3 "$TMP/out" | od -An -tx1 | grep -q 'ef bb bf'; is $? 1 "no BOM in the answer"
out=$(printf '%s2025-03-21\n' "$BOM" | "$HAMYAR" date g2j); is "$out" "1404/01/01" "date g2j after a BOM"
out=$(printf '%s\n1404/1/1\n' "$BOM" | "$HAMYAR" --lang en date j2g)
is "$out" "error: not a Jalali date (expected Y/M/D)
2025-03-21" "a line of only a BOM is an empty value"
out=$(printf '1404/1/1\n%s1404/1/1\n' "$BOM" | "$HAMYAR" --lang en date j2g); rc=$?
is "$out" "2025-03-21
error: not a Jalali date (expected Y/M/D)" "only the start of the input may hold a BOM: on line 2 it is a character"
is $rc 1 "so line 2 is a bad value"
out=$("$HAMYAR" --lang en date j2g "${BOM}1404/1/1"); rc=$?
is "$out" "error: not a Jalali date (expected Y/M/D)" "an argument is not a file: a BOM there is not taken off"

# ---- a NUL byte inside a line: an error, not the part before it
printf '۱۴۰۳/۱۲/۳۰\n1403/12/30\000junk\n۱۴۰۴/۱/۱\n' | "$HAMYAR" date j2g >"$TMP/out"; rc=$?
is "$(sed -n 1p "$TMP/out")" "2025-03-20" "the line before a NUL line is answered"
is "$(sed -n 2p "$TMP/out")" "error: این سطر بایت NUL دارد و متن نیست" "a NUL line answers an error (Persian by default)"
is "$(sed -n 3p "$TMP/out")" "2025-03-21" "the line after it is answered"
is "$(wc -l <"$TMP/out")" 3 "one answer per line"
is $rc 1 "a NUL line makes the exit status 1"
out=$(printf '1403/12/30\000\n' | "$HAMYAR" --lang en date j2g); rc=$?
is "$out" "error: the line holds a NUL byte, which is not text" "a date followed by a NUL is not taken as that date (--lang en)"
is $rc 1 "exit 1"
out=$(printf '09121234567\000\n' | "$HAMYAR" --lang en check mobile); rc=$?
is "$out" "error: the line holds a NUL byte, which is not text" "check mobile: a NUL after a good number"
is $rc 1 "exit 1"
out=$(printf 'علی\000کریمی\n\000\nزهرا\n' | "$HAMYAR" --lang en text normalize); rc=$?
is "$out" "error: the line holds a NUL byte, which is not text
error: the line holds a NUL byte, which is not text
زهرا" "text normalize: a NUL inside a name and a line of only a NUL"
is $rc 1 "exit 1"

# ---- line ends
out=$(printf '۱۴۰۳/۱۲/۳۰\n1404/01/01' | "$HAMYAR" date j2g); rc=$?
is "$out" "2025-03-20
2025-03-21" "a last line without a newline is answered"
is $rc 0 "exit 0"
out=$(printf '1404/01/01\r' | "$HAMYAR" date j2g); is "$out" "2025-03-21" "a last line ending in a lone CR"
printf 'علي\r\nكريم\r\n\r\nمی‌شود\r\n' | "$HAMYAR" text normalize >"$TMP/out"; rc=$?
is "$(cat "$TMP/out")" "علی
کریم

می‌شود" "CR LF ends a line; an empty CR LF line is an empty value"
has_cr <"$TMP/out"; is $? 1 "no CR reaches the answers"
out=$(printf '1404/1/1\r\r\n1403/12/30\r\n' | "$HAMYAR" date j2g)
is "$out" "2025-03-21
2025-03-20" "CR CR LF (a file converted twice) ends a line too"
printf '1404/1/1\r1403/12/30\n' | "$HAMYAR" --lang en date j2g >"$TMP/out"; rc=$?
is "$(cat "$TMP/out")" "error: not a Jalali date (expected Y/M/D)" "a CR inside a line is not a line end: one value, a bad date"
is $rc 1 "exit 1"
printf 'علی\rکریمی\n' | "$HAMYAR" text normalize >"$TMP/out"
is "$(wc -l <"$TMP/out")" 1 "text normalize: a CR inside a line gives one answer line"
has_cr <"$TMP/out"; is $? 1 "and the CR is not written raw"

# ---- a 1 MB line: no limit, no truncation (layout: a whole bad value,
# as a line is laid out whole; tests/cli/layout_long_line.sh)
yes '۱۲۳۴۵۶۷۸۹۰' | head -n 50000 | tr -d '\n' >"$TMP/long"	# 10^6 bytes
printf '\n۱۴۰۴\n' >>"$TMP/long"
yes '1234567890' | head -n 50000 | tr -d '\n' >"$TMP/long.exp"
printf '\n1404\n' >>"$TMP/long.exp"
is "$(head -n 1 "$TMP/long" | wc -c)" 1000001 "the long line is 1 MB"
"$HAMYAR" text digits-en <"$TMP/long" >"$TMP/out"; rc=$?
cmp -s "$TMP/out" "$TMP/long.exp"; ok $? "text digits-en: the 1 MB line comes out whole, then the next line"
is $rc 0 "exit 0"
yes 'كريمي' | head -n 100000 | tr '\n' ' ' >"$TMP/names"; printf 'علي\nزهرا\n' >>"$TMP/names"
sed 's/ي/ی/g; s/ك/ک/g' "$TMP/names" >"$TMP/names.exp"
"$HAMYAR" text normalize <"$TMP/names" >"$TMP/out"
cmp -s "$TMP/out" "$TMP/names.exp"; ok $? "text normalize: a 1 MB line of names is normalised whole"
"$HAMYAR" --lang en date j2g <"$TMP/long" >"$TMP/out"; rc=$?
is "$(cat "$TMP/out")" "error: not a Jalali date (expected Y/M/D)
error: not a Jalali date (expected Y/M/D)" "date j2g: a 1 MB line is one bad value"
is $rc 1 "exit 1"
"$HAMYAR" --lang en check nid <"$TMP/long" >"$TMP/out"
is "$(sed -n 1p "$TMP/out")" "error: A national id has 10 digits" "check nid: a 1 MB number is too long, not cut to 10 digits"
yes 'abc' | head -n 250000 | tr '\n' ' ' >"$TMP/latin"; printf '\nabc\n' >>"$TMP/latin"
"$HAMYAR" --lang en layout --dir ltr <"$TMP/latin" >"$TMP/out"; rc=$?
is "$(cat "$TMP/out")" "error: line 1 is 1000000 bytes long, more than the 65536 bytes a line is laid out in
abc" "layout: a 1 MB line is one bad value, not cut, and the next line is laid out"
is $rc 1 "exit 1"

# ---- rank --top and demo --size: whole numbers in range, or a usage error
D="$TMP/demo"
"$HAMYAR" --db "$D" demo --size ۲۰ >/dev/null 2>&1; ok $? "demo --size ۲۰ (Persian digits) makes a sample database"
"$HAMYAR" --db "$D" rank --json >"$TMP/all.json"
nall=$(grep -c '"rank": ' "$TMP/all.json")
[ "$nall" -gt 3 ]; ok $? "the demo has needs to rank ($nall)"
for v in 0 -1 -5 abc 3x '' ' 3' +3 3.5 0x10 99999999999999999999; do
	"$HAMYAR" --lang en --db "$D" rank --top "$v" >"$TMP/out" 2>"$TMP/err"
	is $? 2 "rank --top '$v' is a usage error"
	grep -q -- "--top" "$TMP/err"; ok $? "  and the message names --top"
	[ ! -s "$TMP/out" ]; ok $? "  and ranks nothing"
done
"$HAMYAR" --db "$D" rank --top=0 >/dev/null 2>&1; is $? 2 "rank --top=0 is a usage error too"
"$HAMYAR" --db "$D" rank --top 0 2>"$TMP/err" >/dev/null
grep -q -- "--top تعداد نیازها" "$TMP/err"; ok $? "the message is Persian by default"
"$HAMYAR" --db "$D" rank --top 2>/dev/null >/dev/null; is $? 2 "rank --top with no value is a usage error"
n=$("$HAMYAR" --db "$D" rank --json --top ۳ | grep -c '"rank": ')
is "$n" 3 "rank --top ۳ (Persian digits) ranks three needs"
n=$("$HAMYAR" --db "$D" rank --json --top=1 | grep -c '"rank": ')
is "$n" 1 "rank --top=1 ranks one"
n=$("$HAMYAR" --db "$D" rank --json --top 100000 | grep -c '"rank": ')
is "$n" "$nall" "a --top beyond the number of needs ranks them all"
for v in 0 -5 abc 1000001 '' ۱۲x; do
	"$HAMYAR" --lang en --db "$TMP/none" demo --size "$v" >/dev/null 2>"$TMP/err"
	is $? 2 "demo --size '$v' is a usage error"
	grep -q -- "--size" "$TMP/err"; ok $? "  and the message names --size"
done
[ ! -e "$TMP/none" ]; ok $? "no bad --size made a database"
done_testing
