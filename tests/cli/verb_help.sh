# hamyar VERB --help: every verb answers with its own usage on stdout and
# exit 0, and does nothing else.  Before, most verbs took --help for a
# value: backup --help wrote a backup named "--help", report --html --help
# a page so named, sync import --help tried to read a bundle so named, and
# init, rank, check, import ... answered with a usage error (exit 2).
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "a database"
cd "$TMP" || exit 1	# a verb that takes --help for a file writes it here
r=0
for v in init demo date check text layout import export ahp rank match report sync user audit backup verify; do
	"$HAMYAR" --lang en --db "$DB" $v --help </dev/null >"$TMP/out" 2>"$TMP/err"
	rc=$?
	[ "$rc" = 0 ] || { echo "# $v --help: exit $rc"; r=1; }
	head -n 1 "$TMP/out" | grep -q "^usage: hamyar $v" || { echo "# $v --help: $(head -n 1 "$TMP/out")"; r=1; }
	[ -s "$TMP/err" ] && { echo "# $v --help wrote to stderr: $(cat "$TMP/err")"; r=1; }
done
ok $r "every verb's --help: its usage on stdout, exit 0"
# a verb's usage error starts as its --help does, "usage:" in lower case
# for every verb (match, verify, init and backup wrote "Usage:" before)
r=0
for c in match "verify x" init backup import export "report --bogus" sync user "audit --bogus" check; do
	"$HAMYAR" --lang en --db "$DB" $c </dev/null >/dev/null 2>"$TMP/err"
	rc=$?
	[ "$rc" = 2 ] || { echo "# $c: exit $rc"; r=1; }
	head -n 1 "$TMP/err" | grep -q "^hamyar: usage: hamyar ${c%% *}" || { echo "# $c: $(head -n 1 "$TMP/err")"; r=1; }
done
ok $r "every verb's usage error: 'hamyar: usage: hamyar VERB', exit 2"
"$HAMYAR" --lang en --help | grep -c '^Usage' >"$TMP/n"
is "$(cat "$TMP/n")" 0 "hamyar --help: no 'Usage' in capitals either"

"$HAMYAR" --db "$DB" backup --help >"$TMP/out" 2>&1; ok $? "backup --help exits 0"
[ ! -e "$TMP/--help" ]; ok $? "... and writes no backup named --help"
holds "$(cat "$TMP/out")" "کاربرد: hamyar backup FILE" "... its usage, in Persian by default"
"$HAMYAR" --db "$DB" report --html --help >/dev/null 2>&1; ok $? "report --html --help exits 0"
[ ! -e "$TMP/--help" ]; ok $? "... and writes no page named --help"
"$HAMYAR" --db "$DB" backup -h >/dev/null 2>&1; ok $? "backup -h too"
[ ! -e "$TMP/-h" ]; ok $? "... and writes no backup named -h"
"$HAMYAR" --lang en date j2g --help >"$TMP/out" 2>&1; ok $? "date j2g --help exits 0"
holds "$(cat "$TMP/out")" "With no dates" "... with date's own longer help"
"$HAMYAR" --lang en check nid --help >"$TMP/out" 2>&1; ok $? "check nid --help: its usage, not a bad value"
holds "$(cat "$TMP/out")" "usage: hamyar check nid|legal" "... naming the kinds"
"$HAMYAR" --lang en sync --help >"$TMP/out"
holds "$(cat "$TMP/out")" "sync resolve ID" "sync --help: both of its lines"
# a value that only starts so is a value, not a request for help
"$HAMYAR" --db "$DB" backup "$TMP/--helpx" >/dev/null 2>&1; ok $? "backup to a file named --helpx is a backup"
[ -s "$TMP/--helpx" ]; ok $? "... written"
done_testing
