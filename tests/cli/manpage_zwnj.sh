# The man page's Persian phrases read as words however it is shown.  man
# passes the page through col when its output is not a terminal (`man
# hamyar | less`, `man hamyar > file`), and col drops every zero-width
# character: a ZWNJ, typed or as \[u200C], went, and «عقب‌افتاده» and
# «شهرستان‌ها» read «عقبافتاده» and «شهرستانها», letters joined that
# the ZWNJ kept apart (to a terminal man shows the ZWNJ: no col there).
# The page now writes an unbreakable space in its place («فقط مراحل عقب
# افتاده», «همهٔ شهرستان ها», each on one line), which reads right in
# both.  The rendering checks need man and groff, skipped where they are
# not installed.
. "$HAMYAR_SRC/tests/lib.sh"
MAN=$HAMYAR_SRC/hamyar.1
ZWNJ=$(printf '\342\200\214')
grep -c -e "$ZWNJ" -e '\\\[u200[cC]\]' "$MAN" >"$TMP/n"
is "$(cat "$TMP/n")" 0 "hamyar.1 holds no ZWNJ, which man drops in a pipe"
grep -qF 'عقب\~افتاده' "$MAN"; ok $? "the stages' F4 filter: «عقب افتاده» with an unbreakable space"

phrases() {	# phrases FILE NAME: the two phrases, whole, in FILE
	holds "$(cat "$1")" 'فقط مراحل عقب افتاده' "$2: «فقط مراحل عقب افتاده» on one line"
	holds "$(cat "$1")" 'همهٔ شهرستان ها' "$2: «همهٔ شهرستان ها» on one line"
	grep -c -e 'عقبافتاده' -e 'شهرستانها' "$1" >"$TMP/joined"
	is "$(cat "$TMP/joined")" 0 "$2: no word joined to the next"
}
if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
	# not a terminal: man runs col
	MANWIDTH=80 man -l "$MAN" >"$TMP/man" 2>"$TMP/err"; ok $? "man -l hamyar.1"
	phrases "$TMP/man" "man in a pipe"
else
	ok 0 "# SKIP man is not installed"
fi
if command -v groff >/dev/null 2>&1; then
	# groff itself, to a terminal (-k: preconv, as man runs it)
	groff -k -man -Tutf8 -P-c -P-b -P-u "$MAN" >"$TMP/groff" 2>/dev/null; ok $? "groff -k -man"
	phrases "$TMP/groff" "groff"
else
	ok 0 "# SKIP groff is not installed"
fi
done_testing
