# hamyar layout: logical lines in, visual lines out (SPEC §6, §12).
# Expected strings are worked out here from UAX #9 and the Arabic
# presentation-form tables, not copied from the program's output.
. "$HAMYAR_SRC/tests/lib.sh"

# Code points of UTF-8 on stdin, one lowercase 8-digit hex number a line
# (so that string comparison orders them), newlines left out.
cps() {
	iconv -f UTF-8 -t UTF-32BE | od -An -v -tx1 |
	    awk '{ for (i = 1; i <= NF; i++) { h = h $i; if (++k % 4 == 0) { if (h != "0000000a") print h; h = "" } } }'
}

# 'سلام ABC ۱۲۳' in an RTL paragraph: ۱۲۳ are EN, and the first strong
# character before them is C (L), so rule W7 makes them L: "ABC ۱۲۳" is one
# LTR run, drawn at the left in logical order; then the space; then the
# letters of سلام from last to first: م ا ل س.
exp="ABC ۱۲۳ "'م''ا''ل''س'
out=$(printf 'سلام ABC ۱۲۳\n' | "$HAMYAR" layout --dir rtl --no-shape); ok $? "layout --dir rtl --no-shape exits 0"
is "$out" "$exp" "'سلام ABC ۱۲۳' comes out in visual order"
out=$(printf 'سلام ۱۲۳ ABC\n' | "$HAMYAR" layout --dir=rtl --no-shape)
is "$out" "$exp" "digits after Persian letters (AN by W2) give the same visual line"

# Shaped: seen initial FEB3, lam medial FEE0, alef final FE8E, meem isolated
# FEE1 (alef never joins forward; no lam-alef ligature).
shaped="ABC ۱۲۳ $(printf '\357\273\241\357\272\216\357\273\240\357\272\263')"
out=$(printf 'سلام ABC ۱۲۳\n' | "$HAMYAR" layout --dir rtl)
is "$out" "$shaped" "with shaping, سلام comes out as FEE1 FE8E FEE0 FEB3"
is "$(printf '%s' "$out" | wc -m)" 12 "shaping keeps one character per cell"

# Every letter of the Persian alphabet (and آ), and a ZWNJ word.
words='آب ثروت جهان چشمه حلوا خاک دریا ذرت رود زمین ژاله سیب شهر صبر ضامن طلا ظرف عسل غذا فیل قند کتاب گل لاله مادر نان وطن هوا یار پدر می‌شود'
printf '%s\n' "$words" >"$TMP/in"
"$HAMYAR" layout <"$TMP/in" >"$TMP/shaped"; ok $? "a line of every Persian letter lays out"
"$HAMYAR" layout --no-shape <"$TMP/in" >"$TMP/plain"
cps <"$TMP/shaped" >"$TMP/shaped.cp"
n=$(wc -l <"$TMP/shaped.cp"); [ "$n" -gt 120 ]; ok $? "the shaped line has its $n characters"
left=$(awk '$0 >= "00000621" && $0 <= "000006d3"' "$TMP/shaped.cp" | wc -l)
is "$left" 0 "no Arabic-block letter is left unshaped"
bad=$(awk '$0 != "00000020" && !($0 >= "0000fb50" && $0 <= "0000fdff") && !($0 >= "0000fe70" && $0 <= "0000feff")' "$TMP/shaped.cp" | wc -l)
is "$bad" 0 "every letter is a presentation form (FB50-FDFF, FE70-FEFF)"
grep -q 0000fbfd "$TMP/shaped.cp"; ok $? "ی before the ZWNJ of می‌شود is final (FBFD)"
grep -q 0000feb7 "$TMP/shaped.cp"; ok $? "ش after the ZWNJ is initial (FEB7)"
in_m=$(wc -m <"$TMP/in"); sh_m=$(wc -m <"$TMP/shaped"); pl_m=$(wc -m <"$TMP/plain")
is "$sh_m" "$pl_m" "shaped and unshaped lines have as many characters"
is "$sh_m" $((in_m - 1)) "only the ZWNJ takes no cell"
is "$(wc -L <"$TMP/shaped")" "$(wc -L <"$TMP/in")" "display width is unchanged by layout and shaping"

# The default direction is auto.  'سلام ABC.' starts with a Persian letter,
# so RTL: the full stop, between L and the paragraph end (R), takes the
# paragraph level (N1/N2) and is drawn at the left end.  In an LTR
# paragraph it stays after ABC, and سلام is a reversed run at the left.
out=$(printf 'سلام ABC.\n' | "$HAMYAR" layout --no-shape)
is "$out" ".ABC "'م''ا''ل''س' "default direction is auto (RTL for Persian-first text)"
out=$(printf 'سلام ABC.\n' | "$HAMYAR" layout --dir ltr --no-shape)
is "$out" 'م''ا''ل''س'" ABC." "--dir ltr"
out=$(printf 'ABC سلام.\n' | "$HAMYAR" layout --no-shape)
is "$out" "ABC "'م''ا''ل''س'"." "auto is LTR for Latin-first text"

# Brackets are mirrored at RTL levels, shaped or not.
out=$(printf '(سلام)\n' | "$HAMYAR" layout --no-shape)
is "$out" "("'م''ا''ل''س'")" "brackets are mirrored in RTL"

# Unsafe characters become visible placeholders; nothing reaches the
# terminal raw.
out=$(printf 'a\033[2Jb\342\200\256c\tz\n' | "$HAMYAR" layout --dir ltr)
is "$out" "a␛[2Jb◊c␉z" "ESC, RLO and TAB become ␛ ◊ ␉"
printf 'x\033]0;title\007\302\233y\n' | "$HAMYAR" layout >"$TMP/esc"
is "$(cat "$TMP/esc")" "x␛]0;title␇�y" "an OSC title sequence and a C1 CSI are shown, not sent"
od -An -tx1 "$TMP/esc" | grep -Eq ' (1b|07|c2 9b)( |$)'; is $? 1 "no ESC, BEL or C1 byte in the output"
out=$(printf 'a\000b\n' | "$HAMYAR" layout); is "$out" "a␀b" "a NUL inside a line becomes ␀"
out=$(printf 'a\000b\n' | "$HAMYAR" layout --dir ltr); is $? 0 "a NUL is a control character, shown, not an error: exit 0"

# Input that is not UTF-8 is not text: SPEC §12 says the verbs read UTF-8
# and a bad value gets "error: REASON" in its place and exit status 1.
# Placeholders stay for valid UTF-8 only (the ESC, C1 and NUL lines above).
printf 'سلام\na\377b\nدنیا\n' | "$HAMYAR" layout --no-shape >"$TMP/bad"; rc=$?
is "$(cat "$TMP/bad")" 'م''ا''ل''س'"
error: UTF-8 معتبر نیست
"'ا''ی''ن''د' "an invalid byte: that line answers an error (Persian by default), the others are laid out"
is $rc 1 "and the exit status is 1"
grep -q "$(printf '\357\277\275')" "$TMP/bad"; is $? 1 "no U+FFFD stands in for the bad byte"
for b in '\331' '\300\257' '\355\240\200' '\364\220\200\200' '\200'; do
	out=$(printf "علی $b\n" | "$HAMYAR" --lang en layout); rc=$?
	is "$out|$rc" "error: not valid UTF-8|1" "'$b' (cut, overlong, surrogate, past U+10FFFF, lone continuation) is not UTF-8"
done
out=$(printf '\357\273\277سلام\r\n' | "$HAMYAR" layout --no-shape); is "$out" 'م''ا''ل''س' "a byte-order mark at the start and a CR LF are taken off"

# Lines in order, one out per line in, empty lines kept.
printf 'یک\n\nسه\r\n' | "$HAMYAR" layout --no-shape >"$TMP/lines"; ok $? "several lines exit 0"
is "$(wc -l <"$TMP/lines")" 3 "one output line per input line"
is "$(sed -n 1p "$TMP/lines")" "کی" "first line first"
is "$(sed -n 2p "$TMP/lines")" "" "an empty line stays empty"
is "$(sed -n 3p "$TMP/lines")" "هس" "CRLF is taken off"

# Terminal mode keeps logical order and the letters unshaped.
out=$(printf 'سلام ABC\n' | "$HAMYAR" --bidi terminal layout); is "$out" "سلام ABC" "--bidi terminal: logical order"

# Usage.
"$HAMYAR" layout --help >"$TMP/help"; ok $? "--help exits 0"
grep -q -- '--dir' "$TMP/help"; ok $? "--help shows --dir"
"$HAMYAR" --lang en layout --help | grep -q 'default'; ok $? "--help says what the default direction is"
"$HAMYAR" --lang en layout --help | grep -q "not valid UTF-8"; ok $? "--help says what a line that is not UTF-8 gets"
"$HAMYAR" layout --dir up </dev/null 2>"$TMP/err"; is $? 2 "a bad --dir is a usage error"
grep -q "up" "$TMP/err"; ok $? "the error names the bad value"
"$HAMYAR" layout --dir </dev/null 2>/dev/null; is $? 2 "--dir without a value is a usage error"
"$HAMYAR" layout --shape-everything </dev/null 2>/dev/null; is $? 2 "an unknown option is a usage error"
"$HAMYAR" layout extra </dev/null 2>/dev/null; is $? 2 "a stray argument is a usage error"
done_testing
