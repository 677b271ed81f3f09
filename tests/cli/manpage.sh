# hamyar(1) as man renders it: no font escape lost (a "\f" that a script
# once wrote as a form feed showed "BconflictsR" and "BmineR" in the sync
# entry), and every verb of the synopsis is described, backup and verify
# and restore (how a backup is put back, and its checksum).
. "$HAMYAR_SRC/tests/lib.sh"
MAN=$HAMYAR_SRC/hamyar.1
tr -d '\f' <"$MAN" | cmp -s - "$MAN"; ok $? "hamyar.1 holds no form feed"
if command -v groff >/dev/null 2>&1; then
	groff -man -Tutf8 -P-c -P-b -P-u "$MAN" 2>"$TMP/warn" >"$TMP/out"; ok $? "groff renders it"
	# as a terminal shows it: a form feed is no character there
	tr -d '\f' <"$TMP/out" | grep -nE '(^|[^A-Za-z])[BI][a-z]+R([^A-Za-z]|$)' >"$TMP/bad"
	is "$(cat "$TMP/bad")" "" "no word is left wrapped in the letters of a lost font escape"
	grep -A3 'backup FILE | verify' "$TMP/out" | grep -q 'compact copy'; ok $? "backup and verify are described"
	grep -A3 'restore FILE \[--other-station\]' "$TMP/out" | grep -q 'in the place of the database'; ok $? "with how to restore a backup (restore)"
	tr '\n' ' ' <"$TMP/out" | tr -s ' ' | grep -q 'b2sum -c checks it too'; ok $? "and the backup's checksum"
else
	echo "ok $((T_N + 1)) - # SKIP no groff"; T_N=$((T_N + 1))
fi
done_testing
