# hamyar(1) as man renders it: no font escape lost (a "\f" that a script
# once wrote as a form feed showed "BconflictsR" and "BmineR" in the sync
# entry), and every verb of the synopsis is described, backup and verify
# and restore (how a backup is put back, and its checksum).
. "$HAMYAR_SRC/tests/lib.sh"
MAN=$HAMYAR_SRC/hamyar.1
tr -d '\f' <"$MAN" | cmp -s - "$MAN"; ok $? "hamyar.1 holds no form feed"

# Every verb and option that hamyar --help names is in the man page, each
# verb's options (as its own --help gives them) in the tag of its entry,
# and in the README.  Before, the README named neither check's postal and
# sheba, text's key, digits-fa and digits-en, layout's --no-shape nor
# --version, and the man page did not say what layout's options do.
src() {	# the man page's text without its escapes: \- as -, no font changes
	sed 's/\\-/-/g; s/\\f[BIRP]//g; s/\\[(][a-z][a-z]//g; s/\\%//g; s/\\~/ /g' "$MAN"
}
src >"$TMP/man.txt"
# the tags of the VERBS section, one a line (the line after each .TP)
sed -n '/^\.SH VERBS/,/^\.SH EXIT/p' "$TMP/man.txt" | sed -n '/^\.TP/{n;p;}' |
	sed 's/^\.B[IR]* //; s/"//g' >"$TMP/tags"
has_word() {	# has_word WORD FILE: WORD in FILE, not as part of a longer one
	grep -qE -- "(^|[^A-Za-z0-9-])$1([^A-Za-z0-9-]|\$)" "$2"
}
"$HAMYAR" --help 2>&1 | grep '^  ' | tr ' |[]<' '\n\n\n\n\n' |
	grep -E '^(--)?[a-z][a-z0-9-]*$' | sort -u >"$TMP/words"
[ -s "$TMP/words" ]; ok $? "hamyar --help names verbs and options"
: >"$TMP/miss_man"; : >"$TMP/miss_readme"; : >"$TMP/verbs"
while read -r w; do
	has_word "$w" "$TMP/man.txt" || echo "$w" >>"$TMP/miss_man"
	has_word "$w" "$HAMYAR_SRC/README.md" || echo "$w" >>"$TMP/miss_readme"
	# a verb of its own: its --help is its usage
	"$HAMYAR" --lang en --db "$TMP/none" "$w" --help 2>/dev/null | grep -q "^usage: hamyar $w" &&
		echo "$w" >>"$TMP/verbs"
done <"$TMP/words"
is "$(cat "$TMP/miss_man")" "" "every verb and option hamyar --help names is in the man page"
is "$(cat "$TMP/miss_readme")" "" "... and in the README"
has_word --version "$TMP/man.txt" && has_word --version "$HAMYAR_SRC/README.md"
ok $? "... and --version, which its last line names, in both"
is "$(wc -l <"$TMP/verbs" | tr -d ' ')" 18 "18 verbs of their own (init ... restore, verify)"
: >"$TMP/miss_tag"
while read -r v; do
	grep -E -- "(^|[ |])$v( |\$)" "$TMP/tags" >"$TMP/tag"
	[ -s "$TMP/tag" ] || { echo "$v: no entry" >>"$TMP/miss_tag"; continue; }
	# the usage line, and a line after it going on with the verb (sync's)
	"$HAMYAR" --lang en "$v" --help 2>/dev/null |
		awk -v v="$v" '/^usage: hamyar / { sub(/^usage: hamyar /, ""); print; u = 1; next }
			u && $1 == v { print; next } { u = 0 }' | tr ' |[]<' '\n\n\n\n\n' |
		grep -E '^(--)?[a-z][a-z0-9-]*$' | sort -u |
		while read -r w; do has_word "$w" "$TMP/tag" || echo "$v: $w"; done >>"$TMP/miss_tag"
done <"$TMP/verbs"
is "$(cat "$TMP/miss_tag")" "" "each verb has an entry whose tag names the words and options of its usage"
lay=$(sed -n '/^\.BR "layout /,/^\.TP/p' "$TMP/man.txt" | tr '\n' ' ')
holds "$lay" "the first strong letter decides" "layout: --dir's default, auto, said"
holds "$lay" "leaves the letters unjoined" "... and what --no-shape does"
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
	# What the last round changed, said where the README said it alone.
	flat() { tr '\n' ' ' | tr -s ' ' | sed 's/‐ //g'; }
	holds "$ex" "and one with nothing in it [], never null" "export --format json: an empty list is [], not null"
	re=$(sed -n '/^       restore FILE \[--other-station\]/,/^EXIT STATUS/p' "$TMP/out" | flat)
	holds "$re" "a station trusted after the backup is trusted again" "restore: stations trusted after the backup trusted again"
	holds "$re" "with the key that database had" "... with the key the database replaced had"
	holds "$re" "each said and audited" "... said and audited"
	holds "$re" "Into an empty folder, over a database that cannot be read, or over another station's" \
		"... into an empty folder, over an unreadable database or another station's"
	holds "$re" "what it cannot know after the date and time of the backup's last audit entry, and what to run" \
		"... it says what it cannot know since the backup's last entry, and what to run"
	holds "$re" "this station's key is the backup's" "... this station's key"
	holds "$re" "the stations trusted are the backup's, named" "... the stations the backup trusts"
	sy=$(sed -n '/^       sync  *key/,/^       user add/p' "$TMP/out" | flat)
	holds "$sy" "carries this database's whole log, and export says so and why" \
		"sync export after trust --replace: the bundle carries the whole log, and says why"
	holds "$sy" "push first asks the station (sync status there) how much of this database's log it holds and sends only the rest" \
		"sync push sends only what the station lacks"
	all=$(flat <"$TMP/out")
	holds "$all" "write their counts and dates in the digits the user reads" \
		"the verbs' sentences and audit: counts and dates in the person's digits"
	holds "$all" "or ASCII for a user who chose ASCII digits and under --lang en" "... ASCII when chosen or under --lang en"
	holds "$all" "every error and warning the verbs write on standard error" "... errors and warnings keep ASCII"
	holds "$all" "say how many of each it added, in the digits the user reads" "demo's summary"
	es=$(sed -n '/^EXIT STATUS/,/^ENVIRONMENT/p' "$TMP/out" | flat)
	holds "$es" "exit 3, printing no figure and writing no file: report, rank and match on a sum read short" \
		"a damaged database: report, rank and match on a sum read short exit 3, nothing written"
	holds "$es" "report (text or --html) on a ceremony naming a donor not there" "... report on a ceremony naming a donor not there"
else
	echo "ok $((T_N + 1)) - # SKIP no groff"; T_N=$((T_N + 1))
fi
done_testing
