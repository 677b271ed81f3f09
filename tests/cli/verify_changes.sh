# `hamyar verify` reads every table, not only the records, their indexes
# and the audit log.  Before, a damaged page of the change log (what sync
# bundles are made from), of the records' version history, of the
# settings (the sync keys) or of the drafts went unseen: verify said «پایگاه
# داده سالم و یکپارچه است» while backup, which copies every page, refused
# the same database as damaged and told the administrator to run verify.
# Now verify names the table whose page cannot be read (exit 1), and goes
# on to check the others.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with two donors"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
# the change log's leaf page (tests/cli/damage.py): the one whose node has
# the 8-byte key of change 1; its page flags garbled, as a failing disk would
hit=$(damaged_copy "$TMP/b.mdb" "$TMP/c" changepage)
is "$hit" 1 "the change log's page is damaged"
"$HAMYAR" --db "$TMP/c" backup "$TMP/c2.mdb" >/dev/null 2>&1
is $? 3 "backup refuses it as damaged"

"$HAMYAR" --db "$TMP/c" verify >"$TMP/out" 2>"$TMP/err"
is $? 1 "verify finds a problem (exit 1), not «sound»"
grep -q 'سالم' "$TMP/out"; is $? 1 "... it does not say the database is sound"
holds "$(cat "$TMP/out")" "صفحه‌ای از پایگاه داده خوانده نمی‌شود: فهرست تغییرهایی که بسته‌های همگام‌سازی از آن ساخته می‌شوند" "... naming the change log"
holds "$(cat "$TMP/err")" "1 مشکل پیدا شد" "... one problem: the tables after it were checked and are sound"
"$HAMYAR" --lang en --db "$TMP/c" verify 2>/dev/null | grep -qxF 'a page of the database cannot be read: the change log that sync bundles are made from'
ok $? "in English too"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "the database itself is sound"

# Every page, one at a time, overwritten with 0xff bytes as a failing disk
# leaves it: wherever backup refuses the copy as damaged, verify does not
# call it sound (some such pages no table walk reaches as they are: LMDB
# checks a leaf reached from its neighbour no further, and only the copy
# backup makes reads them all).
pages=$(($(stat -c %s "$TMP/b.mdb") / 4096))
n=0; bad=""
pg=2
while [ "$pg" -lt "$pages" ]; do
	damaged_copy "$TMP/b.mdb" "$TMP/p" wipe "$pg" >/dev/null
	if ! "$HAMYAR" --db "$TMP/p" backup "$TMP/p.bk" >/dev/null 2>&1; then
		n=$((n + 1))
		"$HAMYAR" --db "$TMP/p" verify >/dev/null 2>&1 && bad="$bad $pg"
	fi
	rm -f "$TMP/p.bk"
	pg=$((pg + 1))
done
[ "$n" -gt 0 ]; ok $? "backup refuses some of the $pages pages damaged ($n)"
is "$bad" "" "verify calls none of those sound"
done_testing
