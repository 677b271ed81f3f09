# 200 random bytes written into a page of the demo database's indexes made
# verify say «رکورد در نمایه نیامده است: donor … county» for some forty
# donors: a lookup through the garbled page found nothing (LMDB reads the
# garbage as it is, or fails it), and that was reported as the donor's
# entry missing from the index.  The damaged index is named, once; the
# records whose lookups went through it are not called missing from it.
# (A record really missing from a sound index is still named: test_store,
# verify_finds_damage.)
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "demo"

# (The demo's layout varies from run to run: a seed may garble the page
# so that LMDB's own check stops the program, said as damage, exit 3;
# that is admin3's case, damaged_read.sh.  Either way no record is called
# missing from an index.)
for seed in 1 2 3 5; do
	rm -rf "$TMP/c"; mkdir "$TMP/c" && cp "$DB/data.mdb" "$TMP/c/"
	python3 -c "import random, sys
random.seed(int(sys.argv[2]))
f = open(sys.argv[1], 'r+b'); f.seek(4096 * 100 + 50)
f.write(bytes(random.getrandbits(8) for _ in range(200)))" "$TMP/c/data.mdb" "$seed"
	"$HAMYAR" --lang en --db "$TMP/c" verify >"$TMP/out" 2>"$TMP/err"; rc=$?
	if [ "$rc" = 3 ] && grep -q "verify stopped: a page of the database is damaged" "$TMP/err"; then
		ok 0 "random bytes ($seed) in an index page: verify stops on the damage, said"
		ok 0 "... (LMDB's check)"
	else
		is "$rc" 1 "random bytes ($seed) in an index page: verify finds damage"
		grep -q "^a page of the database cannot be read: the records' indexes" "$TMP/out"
		ok $? "... the index named as damaged"
	fi
	is "$(grep -c 'missing from an index' "$TMP/out")" 0 "... no record called missing from an index"
	is "$(sort "$TMP/out" | uniq -d)" "" "... each problem once"
done
rm -rf "$TMP/c"; mkdir "$TMP/c" && cp "$DB/data.mdb" "$TMP/c/"
python3 -c "import sys
f = open(sys.argv[1], 'r+b'); f.seek(4096 * 100 + 50); f.write(bytes(range(200)))" "$TMP/c/data.mdb"
"$HAMYAR" --db "$TMP/c" verify >"$TMP/out" 2>"$TMP/err"; rc=$?
grep -q "رکورد در نمایه نیامده" "$TMP/out"; is $? 1 "bytes 0 to 199 there, in Persian: no record called missing from an index"
if [ "$rc" = 1 ]; then
	grep -q "^صفحه‌ای از پایگاه داده خوانده نمی‌شود: نمایه‌های رکوردها" "$TMP/out"; ok $? "... the index named"
else
	grep -q "صفحه" "$TMP/err"; ok $? "... the damage said (exit $rc)"
fi
done_testing
