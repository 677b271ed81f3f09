# The verbs that list a table (`audit`, `export donors`, `user list`,
# `report`) on a copy of a small database with one page overwritten (dd):
# 0xff bytes, zeros, random bytes, or random bytes after the page's own
# header.  Each must either list what the sound database lists or stop
# with the damaged-database sentence (exit 3); never end as on an empty
# table.  Before, `audit` on the audit log's page overwritten after its
# header listed nothing and ended with exit 0, as on an empty log; with
# the page wiped it said «مدخل ? گزارش تغییرات (?) خوانا نیست؛ مدخل‌های پس
# از آن فهرست می‌شوند», nothing being listed after it, then «خطای خواندن
# یا نوشتن دیسک», a disk error.  (A page of a table a verb does not read,
# such as the change log for `export donors`, leaves its answer whole:
# exit 0 with the same lines is right there.)
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base

pages=$(($(stat -c %s "$TMP/b.mdb") / ps))

fresh_copy "$TMP/b.mdb" "$TMP/s"
for v in audit export user report; do
	case $v in
	export) set -- export donors ;;
	user) set -- user list ;;
	*) set -- "$v" ;;
	esac
	"$HAMYAR" --db "$TMP/s" "$@" >"$TMP/sound.$v" 2>&1
done
[ "$(wc -l <"$TMP/sound.audit")" -gt 5 ]; ok $? "the sound copy's audit log has entries"

silent=""; disk=""; stopped=0; pg=2
while [ "$pg" -lt "$pages" ]; do
	for pat in ff 00 rnd body; do
		fresh_copy "$TMP/b.mdb" "$TMP/p"
		page_overwrite "$pg" "$pat"
		for v in audit export user report; do
			case $v in
			export) set -- export donors ;;
			user) set -- user list ;;
			*) set -- "$v" ;;
			esac
			"$HAMYAR" --db "$TMP/p" "$@" >"$TMP/out" 2>"$TMP/err"
			rc=$?
			if [ "$rc" -eq 0 ]; then
				cat "$TMP/out" "$TMP/err" | cmp -s - "$TMP/sound.$v" || silent="$silent $pg:$pat:$v"
			elif [ "$rc" -eq 3 ] && grep -qE "آسیب دیده|آسیب‌دیده" "$TMP/err"; then
				stopped=$((stopped + 1))
			else
				disk="$disk $pg:$pat:$v($rc)"
			fi
			grep -qF 'خطای خواندن یا نوشتن دیسک' "$TMP/err" && disk="$disk $pg:$pat:$v(disk)"
		done
	done
	pg=$((pg + 1))
done
is "$silent" "" "no verb ends (exit 0) with less than the sound database gives, on any of the $pages pages, 4 ways each"
is "$disk" "" "... nor stops in other words than the damaged database's (no disk error)"
[ "$stopped" -gt 0 ]; ok $? "... $stopped stops saying the database is damaged"

# the audit log's page, its header kept: said in English too
fresh_copy "$TMP/b.mdb" "$TMP/p"
page_overwrite 2 body
"$HAMYAR" --lang en --db "$TMP/p" audit >"$TMP/out" 2>"$TMP/err"
is $? 3 "audit of a log whose page reads as no entries: exit 3"
is "$(cat "$TMP/err")" "hamyar: stopped on a page of the database $TMP/p that could not be read: it may be damaged. Run 'hamyar --db $TMP/p verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")." \
    "... saying the database may be damaged and what to do"
"$HAMYAR" --db "$TMP/p" audit --user root >/dev/null 2>&1; is $? 3 "... with --user too"
"$HAMYAR" --db "$D" audit >/dev/null 2>&1; ok $? "the database itself is sound"
done_testing
