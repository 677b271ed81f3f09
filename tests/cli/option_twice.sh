# A verb's option given twice, or without its value (tui/cli.c cli_opt).
# "report --county MRD --county TBZ" reported TBZ alone, and "export
# --out a.csv --out b.csv" wrote b.csv alone, both with exit 0: the
# administrator who meant both counties was not told that one went unread.
# Each is now a usage error (exit 2) naming the option and both values,
# before anything is read or written.  An option with no value is named
# too, where export, report, audit, user add and sync export answered the
# bare usage line, and so is an empty value.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
sum() { "$HAMYAR" --db "$D" export all --format json | cksum; }
before=$(sum)

# ---- twice: exit 2, the option and both values named, nothing written
"$HAMYAR" --db "$D" report --county MRD --county TBZ >"$TMP/out" 2>"$TMP/err"; rc=$?
is $rc 2 "report --county twice: a usage error"
is "$(cat "$TMP/err")" "hamyar: گزینهٔ --county دو بار داده شده است («MRD» و «TBZ»)؛ آن را یک بار بدهید" \
    "named, with both counties, in Persian"
is "$(wc -c <"$TMP/out")" 0 "and no report is written"
out=$("$HAMYAR" --lang en --db "$D" report --county MRD --county=TBZ 2>&1); rc=$?
is "$out" "hamyar: option --county is given twice ('MRD' and 'TBZ'): give it once" "--lang en: in English (the = form counts too)"
is $rc 2 "exit 2"

"$HAMYAR" --db "$D" export donors --out "$TMP/a.csv" --out "$TMP/b.csv" 2>"$TMP/err"; rc=$?
is $rc 2 "export --out twice: a usage error"
holds "$(cat "$TMP/err")" "گزینهٔ --out دو بار داده شده است" "--out named"
[ -e "$TMP/a.csv" ] || [ -e "$TMP/b.csv" ]; is $? 1 "neither file is written"
"$HAMYAR" --db "$D" export donors --format csv --format json >"$TMP/out" 2>"$TMP/err"; rc=$?
is $rc 2 "export --format twice"
is "$(wc -c <"$TMP/out")" 0 "nothing exported"

for args in "rank --top 3 --top ۵" "rank --method saw --method topsis" "audit --user ali --user reza" \
    "user add reza --role clerk --county MRD --county TBZ" "sync export --to TBZ --to ARD" \
    "demo --size 3 --size 4"; do
	# shellcheck disable=SC2086 # words of args meant
	"$HAMYAR" --lang en --db "$D" $args >/dev/null 2>"$TMP/err"; rc=$?
	opt=$(printf '%s\n' $args | grep -e '^--' | sort | uniq -d)
	is "$rc:$(grep -c "option $opt is given twice" "$TMP/err")" "2:1" "$args: refused, naming $opt"
done
"$HAMYAR" --db "$D" init --station MRD --station TBZ 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "2 hamyar: گزینهٔ --station دو بار داده شده است" "init --station twice"
printf 'سلام\n' | "$HAMYAR" layout --dir rtl --dir ltr >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc:$(wc -c <"$TMP/out")" "2:0" "layout --dir twice: exit 2, no line laid out"
is "$(sum)" "$before" "the database is as it was (no user, no demo needs)"

# ---- no value: named, not only the usage line
for args in "export donors --out" "report --html" "report --county" "audit --since" \
    "user add reza --role" "sync export --to" "export all --format"; do
	# shellcheck disable=SC2086
	"$HAMYAR" --db "$D" $args >/dev/null 2>"$TMP/err"; rc=$?
	opt=${args##* }
	is "$rc $(head -n 1 "$TMP/err")" "2 hamyar: گزینهٔ $opt مقدار می‌خواهد" "$args: the option is named as needing a value"
done

# ---- an empty value ("--out ''", "--out=": a shell variable unset) is
# no value: it was taken as a file named "" (export, report: "cannot
# write : no such file"), and --db '' as no --db, opening HAMYAR_DB or the
# login's own database instead of refusing
for args in "export donors --out=" "report --html ''" "audit --id ''" "sync export --to TBZ --out ''" \
    "rank --county ''" "user add reza --role ''"; do
	eval "set -- $args"
	"$HAMYAR" --db "$D" "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?
	opt=$(printf '%s\n' "$@" | grep -e '^--' | tail -n 1 | sed 's/=.*//')
	is "$rc $(cat "$TMP/err")" "2 hamyar: گزینهٔ $opt مقدار می‌خواهد" "$args: the option is named as needing a value"
done
mkdir "$TMP/other" && HAMYAR_DB="$TMP/other/db" "$HAMYAR" init --station TBZ >/dev/null 2>&1; ok $? "a database in HAMYAR_DB"
osum=$(HAMYAR_DB="$TMP/other/db" "$HAMYAR" export all --format json | cksum)
HAMYAR_DB="$TMP/other/db" "$HAMYAR" --db '' import donors "$TMP/d.csv" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: گزینهٔ --db مقدار می‌خواهد" "--db '': a usage error, not HAMYAR_DB's database"
is "$(HAMYAR_DB="$TMP/other/db" "$HAMYAR" export all --format json | cksum)" "$osum" "which is not imported into"
out=$("$HAMYAR" --lang en --db= export donors 2>&1); rc=$?
is "$rc $out" "2 hamyar: option --db needs a value" "--db= under --lang en"

# ---- once is as before
"$HAMYAR" --db "$D" report --county=MRD >"$TMP/out"; ok $? "report --county once"
"$HAMYAR" --db "$D" export donors --format json --out "$TMP/a.json"; ok $? "export --format and --out once each"
holds "$(cat "$TMP/a.json")" "0012345679" "and the file holds the donors"
# the options before the verb may be given again (an alias's --db
# overridden): the last one counts
out=$("$HAMYAR" --db "$TMP/none" --lang fa --db "$D" --lang en export donors --out "$TMP/x.csv" --format csv 2>&1)
is "$?:$out" "0:" "--db and --lang twice before the verb: the last ones count"
holds "$(cat "$TMP/x.csv")" "1361234563" "the donors of the last --db"
is "$(sum)" "$before" "the database is unchanged"
done_testing
