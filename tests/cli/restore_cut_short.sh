# A backup cut short (a copy to or from a USB stick that did not finish, a
# disk that filled up) put back as the README says, or checked where it
# lies, is what an administrator meets after a restore.  Every verb said
# only "the database is damaged" (exit 3), which does not tell him that the
# file is incomplete nor what to do.  Now the open says which file is cut
# short, by how much, and what to do: for a database's data.mdb, put the
# last sound backup back and run verify; for a backup file, copy it again
# or take an earlier one.  The full-screen program says the same before it
# starts.  Nothing is written.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$D" demo --size 30 >/dev/null 2>&1; ok $? "demo records"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "backup"
size=$(stat -c %s "$TMP/b.mdb")
cut=$((size / 4096 / 2 * 4096))
head -c "$cut" "$TMP/b.mdb" >"$TMP/cut.mdb"

# the backup file itself, checked before it is put back
"$HAMYAR" --db "$TMP/cut.mdb" verify >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 3 "verify of a backup cut short: exit 3"
holds "$(cat "$TMP/err")" "پایگاه داده آسیب دیده است" "... still says it is damaged"
holds "$(cat "$TMP/err")" "این پرونده ناقص است ($cut از $size بایت)" "... says the file is cut short, by its size and the size it needs"
holds "$(cat "$TMP/err")" "دوباره رونوشت بگیرید" "... and to copy it again"
"$HAMYAR" --lang en --db "$TMP/cut.mdb" verify >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "this file is cut short ($cut of $size bytes)" "in English too"

# put back as the README says: the folder's data.mdb is cut short
mkdir "$TMP/r"
cp "$TMP/cut.mdb" "$TMP/r/data.mdb"
sum=$(cksum <"$TMP/r/data.mdb")
for v in verify "export donors" "user list"; do
	# shellcheck disable=SC2086
	"$HAMYAR" --db "$TMP/r" $v >/dev/null 2>"$TMP/err"; rc=$?
	is "$rc" 3 "$v on a restored file cut short: exit 3"
	holds "$(cat "$TMP/err")" "پروندهٔ data.mdb آن ناقص است ($cut از $size بایت" "$v: names data.mdb and its sizes"
	holds "$(cat "$TMP/err")" "آخرین پشتیبان سالم را با 'hamyar --db" "$v: says to put the last sound backup back with restore"
done
is "$(cksum <"$TMP/r/data.mdb")" "$sum" "the file is not touched"

# shorter than LMDB's two meta pages: its size alone
head -c 5000 "$TMP/b.mdb" >"$TMP/r/data.mdb"
"$HAMYAR" --db "$TMP/r" verify >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 3 "a data.mdb shorter than two pages: exit 3"
holds "$(cat "$TMP/err")" "پروندهٔ data.mdb آن ناقص است (فقط 5000 بایت" "... says it is cut short, with its size"

# a sound backup put back opens
cp "$TMP/b.mdb" "$TMP/r/data.mdb"
"$HAMYAR" --db "$TMP/r" verify >/dev/null 2>&1; ok $? "the sound backup put back verifies"
done_testing
