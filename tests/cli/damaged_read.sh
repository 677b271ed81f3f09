# A verb reading a damaged page stops with a sentence, not a crash.  LMDB
# keeps no checksums and trusts its pages: an audit entry whose node flags
# a failing disk garbled made `hamyar audit` die of a segmentation fault
# (exit 139, the shell's "Segmentation fault", nothing said about the
# database).  Now every verb that opens the database ends such a stop
# itself: exit 3 and a message naming the database, that it may be
# damaged, and what to do (verify, then the last backup).
# tests/cli/damage.py damages the first audit entry (init recording
# the owner as the admin) behind LMDB's back.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with a donor"
# a compact copy: no page left from earlier versions, so the entry
# damaged is the one in use
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a backup of it"
is "$(damaged_copy "$TMP/b.mdb" "$TMP/c" flags 4)" 1 "put back, its first audit entry damaged"

for args in "audit" "audit --id $(id -un)" "audit --since 1400/01/01"; do
	# shellcheck disable=SC2086
	"$HAMYAR" --db "$TMP/c" $args >/dev/null 2>"$TMP/err"
	is $? 3 "$args: exit 3, not a crash"
	grep -qF "صفحه‌ای از پایگاه دادهٔ $TMP/c خوانده نشد و کار متوقف شد: شاید آسیب دیده باشد." "$TMP/err"
	ok $? "$args: says a page of the database could not be read"
	grep -qF "'hamyar --db $TMP/c verify' را اجرا کنید" "$TMP/err"; ok $? "$args: and to run verify"
done
"$HAMYAR" --lang en --db "$TMP/c" audit >/dev/null 2>"$TMP/err"
is $? 3 "in English: exit 3"
grep -qF "hamyar: stopped on a page of the database $TMP/c that could not be read: it may be damaged. Run 'hamyar --db $TMP/c verify'; if it finds damage, restore the last backup" "$TMP/err"
ok $? "in English: the same sentence"
# the undamaged database still reads whole
"$HAMYAR" --db "$D" audit --id MRD-1 >"$TMP/out" 2>&1; ok $? "the database itself: audit works"
grep -qF 'کریمی‌نژاد' "$TMP/out"; ok $? "and shows the donor's name"
done_testing
