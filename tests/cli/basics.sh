# The program's global options: --help, --version, usage errors.
. "$HAMYAR_SRC/tests/lib.sh"

out=$("$HAMYAR" --version); ok $? "--version exits 0"
case "$out" in "hamyar "[0-9]*) r=0 ;; *) r=1 ;; esac; ok $r "--version prints 'hamyar X.Y.Z'"
"$HAMYAR" --help >"$TMP/help" 2>&1; ok $? "--help exits 0"
grep -q 'date j2g' "$TMP/help"; ok $? "--help lists the verbs"
# Every verb main.c dispatches, each at the start of a line of the list.
r=0
for v in init demo date check text layout import export ahp rank match report sync user audit backup restore verify; do
	grep -qE "^  ([a-z]+ [^|]*\| )?$v( |\$)" "$TMP/help" || { echo "# --help does not list $v"; r=1; }
done
ok $r "--help lists every verb"
grep -q '^کاربرد: hamyar' "$TMP/help"; ok $? "--help is Persian by default"
grep -q 'hamyar --version' "$TMP/help"; ok $? "--help names --version too"
"$HAMYAR" --lang en --help | grep -q '^usage: hamyar'; ok $? "and English under --lang en"
"$HAMYAR" no-such-verb >/dev/null 2>"$TMP/err"; is $? 2 "an unknown verb is a usage error (exit 2)"
grep -q 'no-such-verb' "$TMP/err"; ok $? "the error names the unknown verb"
"$HAMYAR" --bidi=sideways date j2g 1403/01/01 >/dev/null 2>&1; is $? 2 "a bad --bidi value is a usage error"
"$HAMYAR" --lang xx --version >/dev/null 2>&1; is $? 2 "a bad --lang value is a usage error"
"$HAMYAR" --db >/dev/null 2>&1; is $? 2 "--db without a value is a usage error"
done_testing
