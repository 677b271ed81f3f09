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
	# export's entry describes the files it writes (before, nothing of
	# the format was said)
	ex=$(sed -n '/^       export  *KIND|all/,/^       ahp/p' "$TMP/out" | tr '\n' ' ' | tr -s ' ' | sed 's/‐ //g')
	holds "$ex" "byte order mark (EF BB BF)" "export: the CSV's BOM"
	holds "$ex" "every row ends in CR LF" "... its CRLF line ends"
	holds "$ex" "English names in the order of the form" "... its English field names as headers"
	holds "$ex" "written after an apostrophe ('=SUM(A1))" "... the apostrophe before = + - @"
	holds "$ex" "import takes that apostrophe off again" "... taken off on import"
	holds "$ex" "Jalali date string YYYY/MM/DD" "... dates as Jalali strings"
	holds "$ex" "whole number of rials" "... amounts as integer rials"
	holds "$ex" "separated by single spaces" "... lists space-separated"
	holds "$ex" "With --headers fa the cells are Persian too" "... a Persian sheet's cells in Persian"
	holds "$ex" "separated by the Persian comma and a space" "... its lists separated by «، »"
	holds "$ex" "one object whose keys are the kinds' names" "... and the JSON layout"
else
	echo "ok $((T_N + 1)) - # SKIP no groff"; T_N=$((T_N + 1))
fi
done_testing
