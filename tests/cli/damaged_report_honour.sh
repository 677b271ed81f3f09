# The report's section on honouring donors («تجلیل از خیّرین») on a copy
# whose donors' table a failing disk cut short (tests/cli/damage.py fewer
# donor: the last donor, MRD-13, lost without an error), while the
# ceremony that honoured him is whole.  Before, the text report and its
# page (--html) counted him among the donors honoured, read or not, and
# with --county AHR (his county) left the ceremony out in silence: «هنوز
# مراسم تجلیلی برگزار نشده است.», exit 0.  Now a ceremony naming a donor
# that is not there stops the report with the damaged-database sentence
# (what to run, what to restore), exit 3, and --html writes no page.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"

honour_lost_copy


"$HAMYAR" --db "$D" report >"$TMP/out" 2>"$TMP/err"
is $? 0 "the sound database: report, exit 0"
grep -qF 'خیّرین تجلیل‌شده، هر کدام یک بار: ۳' "$TMP/out"; ok $? "... three donors honoured"
"$HAMYAR" --db "$D" report --county AHR >"$TMP/out" 2>"$TMP/err"
grep -qF 'خیّرین تجلیل‌شده، هر کدام یک بار: ۱' "$TMP/out"; ok $? "... with --county AHR, one"
"$HAMYAR" --db "$P" export recognitions >"$TMP/out" 2>"$TMP/err"
is $? 3 "the damaged copy: export recognitions stops too (damaged_export_honour.sh), exit 3"
said "$P"; ok $? "... saying so"

"$HAMYAR" --db "$P" report >"$TMP/out" 2>"$TMP/err"
is $? 3 "report: exit 3, not the ceremony counted with a donor it cannot read"
said "$P"; ok $? "... saying a page could not be read, to verify and restore"
"$HAMYAR" --db "$P" report --county AHR >"$TMP/out" 2>"$TMP/err"
is $? 3 "report --county AHR: exit 3, not «no ceremony held yet»"
said "$P"; ok $? "... saying so"
grep -qF 'هنوز مراسم تجلیلی برگزار نشده است' "$TMP/out"; is $? 1 "... and not that no ceremony was held"
"$HAMYAR" --db "$P" report --html "$TMP/r.html" >/dev/null 2>"$TMP/err"
is $? 3 "report --html FILE: exit 3"
[ ! -e "$TMP/r.html" ]; ok $? "... no page written"
said "$P"; ok $? "... saying so"
"$HAMYAR" --lang en --db "$P" report >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: stopped on a page of the database $P that could not be read: it may be damaged. Run 'hamyar --db $P verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")." \
    "... in English too"
done_testing
