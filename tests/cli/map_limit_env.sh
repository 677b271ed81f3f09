# HAMYAR_MAP_LIMIT (and HAMYAR_MAP_INIT) that the program cannot read is
# refused, naming the variable and the value, before the database is
# opened.  Before, "1.5G" was read as 1 byte (then 64 KiB), "2T" as 2
# bytes, "abc" as the default: an administrator raising the limit of a
# full database as the README says, but with "1.5G", got a database that
# was full again at once, with the message to raise HAMYAR_MAP_LIMIT.
# What the README shows (16G) and what people write for it (16GB, 16GiB)
# is taken.
. "$HAMYAR_SRC/tests/lib.sh"

printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"

HAMYAR_MAP_LIMIT=1.5G "$HAMYAR" --db "$TMP/a" init --station MRD --name 'ایستگاه مرند' >"$TMP/out" 2>"$TMP/err"
is $? 3 "init under HAMYAR_MAP_LIMIT=1.5G is refused (exit 3)"
grep -qF 'hamyar: HAMYAR_MAP_LIMIT اندازه‌ای به بایت، یا با K، M یا G (مانند 16G) می‌گیرد، نه «1.5G»' "$TMP/err"
ok $? "naming the variable and the value"
[ ! -e "$TMP/a" ]; ok $? "no database is made"
HAMYAR_MAP_LIMIT=2T "$HAMYAR" --lang en --db "$TMP/a" init --station MRD >/dev/null 2>"$TMP/err"
is $? 3 "2T is refused too"
grep -qF "hamyar: HAMYAR_MAP_LIMIT takes a size in bytes, or with K, M or G (16G), not '2T'" "$TMP/err"
ok $? "in English"
HAMYAR_MAP_INIT=abc "$HAMYAR" --db "$TMP/a" init --station MRD >/dev/null 2>"$TMP/err"
is $? 3 "HAMYAR_MAP_INIT=abc is refused"
grep -qF 'HAMYAR_MAP_INIT' "$TMP/err"; ok $? "naming HAMYAR_MAP_INIT"

for v in 16G 16GB 16GiB 512m 1073741824; do
	rm -rf "$TMP/a"
	HAMYAR_MAP_LIMIT=$v "$HAMYAR" --db "$TMP/a" init --station MRD >/dev/null 2>&1 &&
	    HAMYAR_MAP_LIMIT=$v "$HAMYAR" --db "$TMP/a" import donors "$TMP/d.csv" >/dev/null 2>"$TMP/err"
	ok $? "HAMYAR_MAP_LIMIT=$v: init and an import work"
done
is "$("$HAMYAR" --db "$TMP/a" export donors | grep -c 'کریمی‌نژاد\|موسوی‌پور')" 2 "the donors are there"
# a verb on an existing database: refused, nothing read or written
HAMYAR_MAP_LIMIT=1,5G "$HAMYAR" --db "$TMP/a" import donors "$TMP/d.csv" >/dev/null 2>"$TMP/err"
is $? 3 "an import under HAMYAR_MAP_LIMIT=1,5G is refused"
grep -qF '«1,5G»' "$TMP/err"; ok $? "naming the value"
done_testing
