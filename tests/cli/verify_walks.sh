# `hamyar verify` on a database whose page of the records or of their
# indexes LMDB cannot make sense of (its page flags garbled, as a failing
# disk leaves them).  Before, verify listed what it had found so far and
# stopped with «بررسی پایگاه داده ممکن نشد: پایگاه داده آسیب دیده است»
# (exit 3): the problems uncounted, the table not named, and not a word
# of the backup to put back, as if verify itself had failed.  Now such a
# page is named by its table, as one of the other tables is, the checks go
# on, and verify ends as on any damage it finds: the number of problems,
# what to do (restore), exit 1.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base

# Every page but the meta pages, its flags garbled (tests/cli/damage.py);
# those the database still opens with are verify's to name.
pages=$(($(stat -c %s "$TMP/b.mdb") / 4096))
n=0; stopped=""; unsaid=""; named=0; pg=2
while [ "$pg" -lt "$pages" ]; do
	damaged_copy "$TMP/b.mdb" "$TMP/p" garble "$pg" >/dev/null
	if "$HAMYAR" --db "$TMP/p" user list >/dev/null 2>&1; then
		"$HAMYAR" --db "$TMP/p" verify >"$TMP/out" 2>"$TMP/err"
		rc=$?
		if [ "$rc" -ne 0 ]; then
			n=$((n + 1))
			[ "$rc" -ne 1 ] && stopped="$stopped $pg($rc)"
			grep -qF "restore FILE' برگردانید، که پروندهٔ آسیب‌دیده را کنار نگه می‌دارد، سپس verify را دوباره اجرا کنید" "$TMP/err" ||
			    unsaid="$unsaid $pg"
			grep -qE '^صفحه‌ای از پایگاه داده خوانده نمی‌شود: (خود رکوردها|نمایه)' "$TMP/out" &&
			    named=$((named + 1))
		fi
	fi
	pg=$((pg + 1))
done
[ "$n" -gt 2 ]; ok $? "verify finds damage on several of the $pages pages ($n)"
is "$stopped" "" "it never stops as if it could not check (exit 3): exit 1"
is "$unsaid" "" "... and says each time to restore the last sound backup"
[ "$named" -gt 0 ]; ok $? "a page of the records or of their indexes is named by its table ($named)"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "the database itself is sound"
done_testing
