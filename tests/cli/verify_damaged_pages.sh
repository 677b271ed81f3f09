# `hamyar verify` on a copy of a small database with one page overwritten
# (dd), every page but the meta pages, with several patterns: 0xff bytes,
# zeros, random bytes, and random bytes after the page's own header.
# Before, most pages of the tables stopped verify itself: LMDB followed
# the page's bounds out of the file (SIGBUS) or tripped its assertion in
# mdb_cursor_first, and verify said only «بررسی متوقف شد: صفحه‌ای از
# پایگاه داده آسیب دیده است» (exit 3), or «بررسی پایگاه داده ممکن نشد»,
# the table not named (pages 2-7 of this database: the audit log, its
# index, the change log, the records, the history, the indexes).  Now
# each damaged table is named, or the database's own structure (LMDB's
# list of free pages), and verify ends as on any damage: exit 1 with the
# restore to run; a page read when the database is opened still says it
# cannot be opened and to restore (exit 3).  A page no table uses (free)
# is no problem.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base

pages=$(($(stat -c %s "$TMP/b.mdb") / ps))

stopped=""; unnamed=""; unsaid=""; named=0; shut=0; pg=2
while [ "$pg" -lt "$pages" ]; do
	for pat in ff 00 rnd body; do
		fresh_copy "$TMP/b.mdb" "$TMP/p"
		page_overwrite "$pg" "$pat"
		"$HAMYAR" --db "$TMP/p" verify >"$TMP/out" 2>"$TMP/err"
		rc=$?
		if grep -qF "پایگاه دادهٔ $TMP/p باز نشد: صفحه‌ای از آن آسیب دیده است و خوانده نمی‌شود. آخرین پشتیبان سالم را با 'hamyar --db $TMP/p restore FILE' برگردانید" "$TMP/err" &&
		    [ "$rc" -eq 3 ]; then
			shut=$((shut + 1))
			continue
		fi
		[ "$rc" -eq 0 ] && continue
		[ "$rc" -ne 1 ] && stopped="$stopped $pg:$pat($rc)"
		grep -qE '^صفحه‌ای از پایگاه داده خوانده نمی‌شود: ' "$TMP/out" &&
		    named=$((named + 1)) || unnamed="$unnamed $pg:$pat"
		grep -qF "restore FILE' برگردانید، که پروندهٔ آسیب‌دیده را کنار نگه می‌دارد" "$TMP/err" ||
		    unsaid="$unsaid $pg:$pat"
	done
	pg=$((pg + 1))
done
is "$stopped" "" "verify never stops as if it could not check (exit 3) on the $pages pages, 4 ways each"
is "$unnamed" "" "... the table of the damaged page named each time"
is "$unsaid" "" "... and the restore to run said"
[ "$named" -gt 20 ]; ok $? "tables named ($named); the database not opened for $shut"

# the pages the brief found stopping verify: 2 (the audit log) in English
fresh_copy "$TMP/b.mdb" "$TMP/p"
page_overwrite 2 ff
"$HAMYAR" --lang en --db "$TMP/p" verify >"$TMP/out" 2>"$TMP/err"
is $? 1 "page 2 wiped: exit 1"
is "$(cat "$TMP/out")" "a page of the database cannot be read: the audit log" "... the audit log named"
holds "$(cat "$TMP/err")" "put back the last sound backup with 'hamyar --db $TMP/p restore FILE'" "... the restore to run"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "the database itself is sound"
done_testing
