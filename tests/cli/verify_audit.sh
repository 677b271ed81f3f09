# `hamyar verify` reads the audit log too.  Before, it checked the records
# and their indexes only, so a database whose audit log a failing disk had
# damaged was called consistent, while `hamyar audit` then failed, or died
# of a segmentation fault, at the damaged entry: an administrator checking
# a disk or a restored backup was told all was well.  Now each entry is
# decoded as `audit` decodes it and the log's id index is checked against
# it; damage is named (exit 1) or, where LMDB touches memory it should
# not, verify says the database is damaged (exit 3).  tests/cli/damage.py damages the
# file's first audit entry behind LMDB's back.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with two donors"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "it is consistent"

# A compact copy (a backup) has no pages left from earlier versions, so the
# entry damaged is the one in use.
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a backup"

# damage KIND [ARG]: the backup put back in $TMP/c, its first audit entry
# damaged
damage() {
	is "$(damaged_copy "$TMP/b.mdb" "$TMP/c" "$@")" 1 "damage $*: an audit entry found"
}

# An entry whose value is garbage: LMDB reads it; the decoder refuses it.
damage data
"$HAMYAR" --db "$TMP/c" verify >"$TMP/out" 2>"$TMP/err"
is $? 1 "an unreadable audit entry: verify finds a problem (exit 1)"
grep -qF 'مدخلی از گزارش تغییرات خوانا نیست: - 1 (' "$TMP/out"; ok $? "naming the entry, the log's first"
grep -qF '1 مشکل پیدا شد' "$TMP/err"; ok $? "one problem"
grep -qF "آخرین پشتیبان سالم را با 'hamyar --db $TMP/c restore FILE' برگردانید" "$TMP/err"; ok $? "... and what to do: put back the last sound backup with restore"
"$HAMYAR" --lang en --db "$TMP/c" verify 2>/dev/null | grep -qF 'audit log entry cannot be read: - 1 ('
ok $? "in English too"

# The first entry's key changed: the id index names an entry not there.
damage rekey
"$HAMYAR" --db "$TMP/c" verify >"$TMP/out" 2>"$TMP/err"
is $? 1 "an audit entry the id index cannot find: exit 1"
grep -qF 'نمایهٔ گزارش تغییرات به مدخلی ناموجود اشاره می‌کند: - ' "$TMP/out"; ok $? "named"

# The node's flags garbage: LMDB follows a sub-database or an overflow page
# that is not there, and fails (flags 1) or touches memory it should not
# (flags 4, 6).  Either way the audit log is named as a table whose page
# cannot be read and verify ends as on other damage, exit 1, saying to
# restore.  Before, flags 1 stopped with exit 3, «بررسی پایگاه داده ممکن
# نشد», saying nothing of the restore; flags 4 and 6 stopped verify itself
# («بررسی متوقف شد», exit 3), the table not named.
for f in 1 4 6; do
	damage flags $f
	"$HAMYAR" --db "$TMP/c" verify >"$TMP/out" 2>"$TMP/err"
	is $? 1 "flags $f: verify finds a problem (exit 1)"
	grep -qxF 'صفحه‌ای از پایگاه داده خوانده نمی‌شود: گزارش تغییرات' "$TMP/out"; ok $? "flags $f: naming the audit log"
	grep -qF "آخرین پشتیبان سالم را با 'hamyar --db $TMP/c restore FILE' برگردانید" "$TMP/err"; ok $? "flags $f: ... and what to do"
	grep -qF 'سالم و یکپارچه' "$TMP/out"; is $? 1 "flags $f: not that it is consistent"
done
done_testing
