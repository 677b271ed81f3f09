# An option's value forgotten, the next option taken for it:
# «report --html --county MRD» wrote the report to a file named
# "--county" in the current folder (then MRD was a stray argument),
# «export donors --out --all» a CSV named "--all", and «backup --all» (an
# option of user list) a backup named "--all".  Now an option followed by
# another option has no value («گزینهٔ --html مقدار می‌خواهد», exit 2), and
# backup takes no option; nothing is written.  A file whose name starts
# with -- is still named so: --out=--x.csv, or ./--x.csv.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county\nperson,علي‌اكبر كريمي‌نژاد,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor"
mkdir "$TMP/cwd"
cd "$TMP/cwd" || exit 1

"$HAMYAR" --db "$D" report --html --county MRD >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: گزینهٔ --html مقدار می‌خواهد" "report --html --county MRD: --html has no value, exit 2"
"$HAMYAR" --db "$D" export donors --out --all >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: گزینهٔ --out مقدار می‌خواهد" "export donors --out --all: --out has no value"
"$HAMYAR" --lang en --db "$D" rank --top --json >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: option --top needs a value" "rank --top --json: --top has no value (English)"
"$HAMYAR" --db --lang en user list >/dev/null 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "2 hamyar: گزینهٔ --db مقدار می‌خواهد" "hamyar --db --lang en: --db has no value"
"$HAMYAR" --db "$D" backup --all >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: backup: آرگومان «--all» شناخته نیست" "backup --all: an unknown argument, exit 2"
is "$(ls -A)" "" "nothing was written in the current folder"

"$HAMYAR" --db "$D" export donors --out=--x.csv >/dev/null 2>&1; ok $? "--out=--x.csv names such a file"
"$HAMYAR" --db "$D" export donors --out ./--y.csv >/dev/null 2>&1; ok $? "... and so does --out ./--y.csv"
"$HAMYAR" --db "$D" backup ./--b.mdb >/dev/null 2>&1; ok $? "backup ./--b.mdb"
is "$(ls -A | sort | tr '\n' ' ')" "--b.mdb --b.mdb.b2sum --x.csv --y.csv " "the three files (and the backup's checksum)"
"$HAMYAR" --db "$D" rank --top -3 >/dev/null 2>"$TMP/err"; is $? 2 "rank --top -3: a value, refused as a number"
holds "$(cat "$TMP/err")" "نه «-3»" "... naming it"
done_testing
