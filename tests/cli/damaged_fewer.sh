# A leaf page of a table whose bounds a failing disk damaged so that it
# holds one node fewer (tests/cli/damage.py fewer TABLE): LMDB reads the
# table as one entry fewer, without an error.  Before, `user list` left a
# user out and `export donors` a donor (a file with one donor of two),
# each ending with exit 0, as if the table held no more.  Now a walk of a
# whole table that reads fewer records than LMDB counts in it stops with
# the damaged-database sentence (exit 3; `export --out` writes nothing),
# and verify names the table (exit 1).  `user list` on such a table
# listed the users before the one lost, then stopped (exit 3): now it
# lists none, as export writes nothing to stdout unless whole.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base


is "$(fewer_copy "$TMP/b.mdb" "$TMP/p" donor)" 1 "the donors' page: one node fewer"
"$HAMYAR" --db "$TMP/p" export donors >"$TMP/out" 2>"$TMP/err"
is $? 3 "export donors: exit 3, not 0 with one donor of two"
said "$TMP/p"; ok $? "... saying the database may be damaged, to verify and restore"
"$HAMYAR" --db "$TMP/p" export donors --out "$TMP/donors.csv" >/dev/null 2>"$TMP/err"
is $? 3 "export donors --out: exit 3"
[ ! -e "$TMP/donors.csv" ]; ok $? "... no file with one donor written"
"$HAMYAR" --db "$TMP/p" export all --out "$TMP/all" >/dev/null 2>"$TMP/err"
is $? 3 "export all --out DIR: exit 3"
said "$TMP/p"; ok $? "... saying so"
"$HAMYAR" --lang en --db "$TMP/p" verify >"$TMP/out" 2>"$TMP/err"
is $? 1 "verify: exit 1"
holds "$(cat "$TMP/out")" "a page of the database cannot be read: the records themselves" "... naming the records' table"

# the users: root and three clerks, one left out
U="$TMP/u"
"$HAMYAR" --db "$U" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1
for l in ali reza sara; do
	"$HAMYAR" --db "$U" user add "$l" --role clerk --county TBZ >/dev/null 2>&1
done
"$HAMYAR" --db "$U" backup "$TMP/u.mdb" >/dev/null 2>&1; ok $? "a database of four users, backed up"
is "$(fewer_copy "$TMP/u.mdb" "$TMP/q" user)" 1 "the users' page: one node fewer"
"$HAMYAR" --db "$TMP/q" user list >"$TMP/out" 2>"$TMP/err"
is $? 3 "user list: exit 3, not 0 with a user left out"
said "$TMP/q"; ok $? "... saying the database may be damaged"
[ ! -s "$TMP/out" ]; ok $? "... and listing no user (before, the users before the one lost, a list that read as whole)"
"$HAMYAR" --db "$TMP/q" user list --all >"$TMP/out" 2>"$TMP/err"
is $? 3 "user list --all: exit 3"
[ ! -s "$TMP/out" ]; ok $? "... listing no user"
"$HAMYAR" --lang en --db "$TMP/q" verify >"$TMP/out" 2>"$TMP/err"
is $? 1 "verify: exit 1"
holds "$(cat "$TMP/out")" "a page of the database cannot be read: the records themselves" "... naming the records' table"

"$HAMYAR" --db "$D" export donors >/dev/null 2>&1; ok $? "the sound database exports"
"$HAMYAR" --db "$U" user list >"$TMP/out" 2>&1; ok $? "... and lists its users"
is "$(grep -c . "$TMP/out")" 4 "... all four"
done_testing
