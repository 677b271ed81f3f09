# 16 bytes of X written into a page of the demo database's records made
# donor TBZ-457 undecodable, and `verify` said «رکورد خوانا نیست: donor
# TBZ-457» seven times (once for its table, once per index naming it) and
# counted 7 problems.  Each problem is named and counted once.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "demo"
"$HAMYAR" --db "$DB" verify >/dev/null 2>&1; ok $? "the demo database is sound"
mkdir "$TMP/c" && cp "$DB/data.mdb" "$TMP/c/"; ok $? "a copy"
python3 -c "import sys
f = open(sys.argv[1], 'r+b'); f.seek(4096 * 200 + 2000); f.write(b'X' * 16)" "$TMP/c/data.mdb"
ok $? "... 16 bytes of X written into a page of its records"

"$HAMYAR" --lang en --db "$TMP/c" verify >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 1 "verify: problems found"
ok "$(test -s "$TMP/out"; echo $?)" "... named"
is "$(sort "$TMP/out" | uniq -d)" "" "... each one once"
n=$(wc -l <"$TMP/out")
holds "$(cat "$TMP/err")" "problems found: $n" "... and counted once: the count is the number of lines ($n)"
grep -q "^record cannot be read: donor " "$TMP/out"; ok $? "... a donor that cannot be read among them"
done_testing
