# hamyar layout and a very long line.  Before, a single 10 MB line was laid
# out whole: some 6 s and 433 MB (the cells, maps and FriBidi's arrays of
# the whole paragraph, which the bidi algorithm cannot cut: the first
# strong letter sets the direction of all of it, and the visual order of
# a right-to-left line starts at its logical end).  A line is a value a
# screen shows; one of more than 65536 bytes is now answered, as any bad
# value, with "error: ..." in its place, naming its number and length, and
# read through without being kept; the lines around it are laid out.
. "$HAMYAR_SRC/tests/lib.sh"

# n copies of text $2, no newline
rep() { yes "$2" | head -n "$1" | tr -d '\n'; }

# 65536 bytes exactly: «کریمی » is 11 bytes, 5957 of them 65527, and 9
# ASCII letters more.
{ rep 5957 'کریمی '; printf 'ABCDEFGHI\n'; } >"$TMP/max"
is "$(($(wc -c <"$TMP/max") - 1))" 65536 "a line of 65536 bytes (the most laid out)"
"$HAMYAR" layout --no-shape <"$TMP/max" >"$TMP/out"; is $? 0 "... is laid out: exit 0"
is "$(wc -l <"$TMP/out" | tr -d ' ')" 1 "... one line out"
is "$(wc -m <"$TMP/out" | tr -d ' ')" "$(wc -m <"$TMP/max" | tr -d ' ')" "... with every character of it"
head -c 9 "$TMP/out" | grep -q '^ABCDEFGHI'; ok $? "... in visual order (the Latin end at the left of the RTL line)"

# with CR LF and a byte-order mark, still 65536 bytes of text
{ printf '\357\273\277'; rep 5957 'کریمی '; printf 'ABCDEFGHI\r\n'; } >"$TMP/bom"
"$HAMYAR" layout <"$TMP/bom" >"$TMP/out"; is $? 0 "the same line after a BOM and with CR LF: laid out"

# one byte more, between two short lines
{ printf 'سلام\n'; rep 5957 'کریمی '; printf 'ABCDEFGHIJ\n'; printf 'دنیا\n'; } >"$TMP/over"
"$HAMYAR" layout --no-shape <"$TMP/over" >"$TMP/out"; is $? 1 "a line of 65537 bytes: exit 1"
is "$(wc -l <"$TMP/out" | tr -d ' ')" 3 "... one line out per line in"
is "$(sed -n 1p "$TMP/out")" 'م''ا''ل''س' "... the line before it laid out"
is "$(sed -n 2p "$TMP/out")" "error: سطر 2 بیش از اندازه بلند است: 65537 بایت، و سطری تا 65536 بایت چیده می‌شود" \
    "... it is answered «error:» in Persian, naming line 2 and its length"
is "$(sed -n 3p "$TMP/out")" 'ا''ی''ن''د' "... the line after it laid out"
"$HAMYAR" --lang en layout <"$TMP/over" | sed -n 2p >"$TMP/out"
is "$(cat "$TMP/out")" "error: line 2 is 65537 bytes long, more than the 65536 bytes a line is laid out in" "... in English"

# a single 10 MB line, no line end
rep 953250 'کریمی ' >"$TMP/big"
"$HAMYAR" layout <"$TMP/big" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a 10 MB line: exit 1"
is "$(cat "$TMP/out")" "error: سطر 1 بیش از اندازه بلند است: 10485750 بایت، و سطری تا 65536 بایت چیده می‌شود" "... refused naming line 1 and its 10485750 bytes"
is "$(wc -c <"$TMP/err" | tr -d ' ')" 0 "... nothing on stderr"
# kept in bounded memory: 100 MB of address space is plenty (before, it
# ran out: the line laid out whole wanted some 450 MB).  Not under a
# wrapper (valgrind) or AddressSanitizer, which reserve far more.
if head -c 4 "$HAMYAR" | grep -q ELF && ! grep -q __asan_init "$HAMYAR"; then
	(ulimit -v 100000 && "$HAMYAR" layout <"$TMP/big" >"$TMP/out" 2>"$TMP/err"); rc=$?
	is "$rc:$(grep -c '^error: سطر 1 ' "$TMP/out")" "1:1" "... refused within 100 MB of memory, not out of memory"
else
	echo "ok $((T_N += 1)) - # SKIP memory limit: the program is wrapped or built with ASan"
fi

"$HAMYAR" --lang en layout --help | grep -q "more than 65536 bytes"; ok $? "--help says how long a line may be"
done_testing
