# `export recognitions` on a copy whose donors' table a failing disk cut
# short (tests/cli/damage.py fewer donor: the last donor, MRD-13 of Ahar,
# lost without an error), while the ceremony that honoured him is whole.
# Before, the export printed the ceremony naming MRD-13, exit 0, and with
# --out wrote a file that an import refuses (a donor that does not
# exist): a partial database given as whole.  Now it stops as `export
# donors` does on its own damage: the damaged-database sentence (what to
# run, what to restore), exit 3, and no file written; the same in JSON,
# with --headers fa, and `export all` (its CSV folder and its JSON file).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"

honour_lost_copy


"$HAMYAR" --db "$D" export recognitions >"$TMP/out" 2>"$TMP/err"
is $? 0 "the sound database: export recognitions, exit 0"
grep -qF 'MRD-11 MRD-12 MRD-13' "$TMP/out"; ok $? "... the ceremony names the three"

"$HAMYAR" --db "$P" export recognitions >"$TMP/out" 2>"$TMP/err"
is $? 3 "the damaged copy: export recognitions, exit 3"
said "$P"; ok $? "... saying a page could not be read, to verify and restore"
grep -qF 'MRD-13' "$TMP/out"; is $? 1 "... and not the ceremony naming the donor lost"
"$HAMYAR" --db "$P" export recognitions --out "$TMP/r.csv.out" >/dev/null 2>"$TMP/err"
is $? 3 "export recognitions --out FILE: exit 3"
[ ! -e "$TMP/r.csv.out" ]; ok $? "... no file written"
said "$P"; ok $? "... saying so"
"$HAMYAR" --db "$P" export recognitions --format json --out "$TMP/r.json" >/dev/null 2>"$TMP/err"
is $? 3 "--format json --out FILE: exit 3"
[ ! -e "$TMP/r.json" ]; ok $? "... no file written"
said "$P"; ok $? "... saying so"
"$HAMYAR" --db "$P" export recognitions --headers fa --out "$TMP/rfa.csv" >/dev/null 2>"$TMP/err"
is $? 3 "--headers fa --out FILE: exit 3"
[ ! -e "$TMP/rfa.csv" ]; ok $? "... no file written"
"$HAMYAR" --db "$P" export all --out "$TMP/all" >/dev/null 2>"$TMP/err"
is $? 3 "export all --out DIR: exit 3"
[ ! -e "$TMP/all/recognitions.csv" ]; ok $? "... no recognitions.csv"
said "$P"; ok $? "... saying so"
"$HAMYAR" --db "$P" export all --format json --out "$TMP/all.json" >/dev/null 2>"$TMP/err"
is $? 3 "export all --format json --out FILE: exit 3"
[ ! -e "$TMP/all.json" ]; ok $? "... no file written"
"$HAMYAR" --lang en --db "$P" export recognitions >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: recognition MRD-20 names donor MRD-13, which is not in the database
hamyar: stopped on a page of the database $P that could not be read: it may be damaged. Run 'hamyar --db $P verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")." \
    "... in English too, the ceremony and the donor named first"
done_testing
