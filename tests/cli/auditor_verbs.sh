# The verbs as an auditor (SPEC §2, §11: read-only), as another real uid
# (nobody through setpriv; root only): every write is refused with exit 1
# and a sentence saying who makes the change, nothing is written, and what
# he may do (read, export, audit --user) works.  Before: demo refused him
# with exit 3, as if the disk had failed; user add told him the clerks and
# supervisors of each county add users, sync export that they exchange
# bundles, and sync key that he only reads (asking to see a key).
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1
printf 'kind,name,national_id,county\nperson,علي‌اكبر كريمي‌نژاد,0076229645,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a database with a donor"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null; ok $? "nobody is an auditor"
before=$("$HAMYAR" --db "$DB" export all --format json)
n0=$("$HAMYAR" --db "$DB" audit | grep -c '^1[34]')
au() { as_nobody "$BIN" --db "$DB" "$@"; }
RO='حسابرس فقط می‌تواند بخواند'

au demo --size 2 >/dev/null 2>"$TMP/err"; is $? 1 "demo: refused, exit 1 (not 3)"
grep -qF "$RO" "$TMP/err"; ok $? "... he only reads"

au user add ali.r --role clerk --county TBZ >/dev/null 2>"$TMP/err"; is $? 1 "user add: refused, exit 1"
grep -qF "$RO؛ کاربران را مدیر پایگاه داده می‌افزاید و تغییر می‌دهد." "$TMP/err"; ok $? "... the administrator adds users"

au sync export --to HQ --out "$TMP/b" >/dev/null 2>"$TMP/err"; is $? 1 "sync export: refused, exit 1"
grep -qF "$RO؛ این را ستاد استان یا مدیر سامانه تغییر می‌دهد." "$TMP/err"; ok $? "... HQ or the administrator exchanges bundles"
[ ! -e "$TMP/b" ]; ok $? "... no bundle written"

au sync key >/dev/null 2>"$TMP/err"; is $? 1 "sync key: refused, exit 1"
grep -qF 'دیدن کلید همگام‌سازی این ایستگاه' "$TMP/err"; ok $? "... seeing the key is HQ's or the administrator's"
grep -qF "$RO" "$TMP/err"; is $? 1 "... not that he only reads"

printf 'id,address\nTBZ-1,تبریز، خیابان امام، کوچهٔ ۱۲\n' >"$TMP/u.csv"; chmod 644 "$TMP/u.csv"
au import donors "$TMP/u.csv" >/dev/null 2>"$TMP/err"; is $? 1 "import: refused, exit 1"
grep -qF "$RO" "$TMP/err"; ok $? "... he only reads"

# init over the working database: told it is there and left as it is,
# exit 1, as its owner is told (before: that only the folder's owner makes
# a database there, exit 3, as if the disk had failed)
au init --station TBZ >/dev/null 2>"$TMP/err"; is $? 1 "init over the database: exit 1 (not 3)"
grep -qF "در $DB از پیش پایگاه داده‌ای هست؛ دست نخورد" "$TMP/err"; ok $? "... a database is there, left as it is"
grep -qF 'فقط مالک پوشهٔ' "$TMP/err"; is $? 1 "... not that only the folder's owner makes one"
# in an empty folder of the station's group, not his: still the owner's,
# refused with exit 1 (before: exit 3, as if the disk had failed)
mkdir "$TMP/empty" && chgrp nogroup "$TMP/empty" && chmod 2770 "$TMP/empty"
as_nobody "$BIN" --db "$TMP/empty" init --station TBZ >/dev/null 2>"$TMP/err"
is $? 1 "init in an empty folder not his: exit 1 (not 3)"
grep -qF "فقط مالک پوشهٔ $TMP/empty می‌تواند در آن پایگاه داده بسازد" "$TMP/err"; ok $? "init in an empty folder not his: only its owner makes one there"
[ ! -e "$TMP/empty/data.mdb" ]; ok $? "... nothing made"

is "$("$HAMYAR" --db "$DB" export all --format json)" "$before" "nothing of his was written"
is "$("$HAMYAR" --db "$DB" audit | grep -c '^1[34]')" "$n0" "... and the audit log holds no entry of his"

au export donors >"$TMP/out" 2>/dev/null; ok $? "he exports"
grep -qF 'كريمي' "$TMP/out" || grep -qF 'کریمی' "$TMP/out"; ok $? "... the donor"
au audit --user "$(id -un)" >"$TMP/out" 2>/dev/null; ok $? "audit --user the owner"
is "$(grep -c '^1[34]' "$TMP/out")" "$n0" "... lists the owner's changes"
done_testing
