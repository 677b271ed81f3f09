# A page that LMDB reads while the database is opened (the station's code,
# the format, the users), damaged as a failing disk leaves it: before, every
# verb died of the shell's "Bus error" (exit 135) with nothing said, verify
# and backup too (what the administrator runs to find out), and so did the
# full-screen program.  Now each says that the database cannot be opened as
# a page of it is damaged, and to put back the last backup with restore
# (exit 3).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base

# Every page but the two meta pages, one at a time, overwritten with 0xff
# bytes (tests/cli/damage.py); each verb an administrator runs on it.
pages=$(($(stat -c %s "$TMP/b.mdb") / 4096))
killed=""; said=0; pg=2
while [ "$pg" -lt "$pages" ]; do
	damaged_copy "$TMP/b.mdb" "$TMP/p" wipe "$pg" >/dev/null
	for v in verify backup export user audit sync; do
		case $v in
		backup) set -- backup "$TMP/p.bk" ;;
		export) set -- export donors ;;
		user) set -- user list ;;
		sync) set -- sync key ;;
		*) set -- "$v" ;;
		esac
		"$HAMYAR" --db "$TMP/p" "$@" >/dev/null 2>"$TMP/err"
		rc=$?
		[ "$rc" -gt 128 ] && killed="$killed $pg:$v($rc)"
		grep -qF "پایگاه دادهٔ $TMP/p باز نشد: صفحه‌ای از آن آسیب دیده است و خوانده نمی‌شود. آخرین پشتیبان سالم را با 'hamyar --db $TMP/p restore FILE' برگردانید" "$TMP/err" &&
		    [ "$rc" -eq 3 ] && said=$((said + 1))
		rm -f "$TMP/p.bk" "$TMP/p.bk.b2sum"
	done
	pg=$((pg + 1))
done
is "$killed" "" "no verb dies of a signal on any of the $pages pages damaged"
[ "$said" -gt 0 ]; ok $? "where the database cannot be opened, the verb says why and to restore, exit 3 ($said)"

# A page whose flags are garbled (LMDB refuses it, no signal): the same
# sentence where the open stops on it.  Before, only «پایگاه دادهٔ ... باز
# نشد: پایگاه داده آسیب دیده است», nothing of what to do (verify, which it
# would send him to, cannot open it either).
stops=0; unsaid=""; pg=2
while [ "$pg" -lt "$pages" ]; do
	damaged_copy "$TMP/b.mdb" "$TMP/p" garble "$pg" >/dev/null
	"$HAMYAR" --db "$TMP/p" verify >/dev/null 2>"$TMP/err"
	if [ $? -eq 3 ] && grep -qF "پایگاه دادهٔ $TMP/p باز نشد" "$TMP/err"; then
		stops=$((stops + 1))
		grep -qF "restore FILE' برگردانید" "$TMP/err" || unsaid="$unsaid $pg"
	fi
	pg=$((pg + 1))
done
[ "$stops" -gt 0 ]; ok $? "some garbled pages stop the open ($stops)"
is "$unsaid" "" "... each saying to put back the last sound backup"

# in English too, for the first page that stops the open
pg=2
while [ "$pg" -lt "$pages" ]; do
	damaged_copy "$TMP/b.mdb" "$TMP/p" wipe "$pg" >/dev/null
	"$HAMYAR" --db "$TMP/p" sync key >/dev/null 2>"$TMP/err"
	grep -q 'باز نشد: صفحه‌ای' "$TMP/err" && break
	pg=$((pg + 1))
done
"$HAMYAR" --lang en --db "$TMP/p" verify >/dev/null 2>"$TMP/err"
is $? 3 "verify of it in English: exit 3"
holds "$(cat "$TMP/err")" "cannot open the database $TMP/p: a page of it is damaged and cannot be read. Put back the last sound backup with 'hamyar --db $TMP/p restore FILE'" "... saying why and what to do"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "the database itself is sound"
done_testing
