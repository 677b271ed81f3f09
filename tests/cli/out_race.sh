# report --html, export --out, export all --out DIR and sync export --out
# looked once, at the start, for a file in the way (out_force.sh); the
# page, sheet or bundle was then written beside it and renamed over its
# name at the end.  A file that came there meanwhile (a clerk saving a
# sheet of that name while a long export ran) was replaced without a word.
# Now a name that was free at the start must still be free at the end
# (renameat2 RENAME_NOREPLACE): the file that came is kept byte for byte,
# nothing of the export is left, and the verb says what the check at the
# start says (exit 1, the file named); with --force it is written over,
# as before.
# The file comes at a known point, without timing: gdb runs the verb to
# cli_stop_hold (the stop signals held just before the file takes its
# name, cli_out_finish and export_folder) and makes it there.  Skipped
# where gdb cannot run the program.
. "$HAMYAR_SRC/tests/lib.sh"

need_gdb

donors_db
# the file that comes: a clerk's sheet, Persian with ZWNJ and Arabic ي/ك
printf 'نام,کد ملی,مبلغ\nعلی‌رضا كريمي,۰۰۱۲۳۴۵۶۷۹,۲۵۰۰۰۰\nفاطمه نوری‌زاده,1361234563,۱۲0000\n' >"$TMP/sheet"

# came FILE ARGS...: hamyar --db $D ARGS run under gdb, the sheet copied to
# FILE when the verb is about to give its output its name; the verb's
# stderr into $TMP/err, its exit status into $rc (gdb_place)
came() { _f=$1; shift; gdb_place cli_stop_hold "$TMP/sheet" "$_f" --db "$D" "$@"; }
kept() { cmp -s "$1" "$TMP/sheet"; ok $? "$2"; }
leftovers() { ls -a "$(dirname "$1")" | grep -c '\.tmp[0-9]'; }
FA_KEPT='از پیش هست: چیزی نوشته نشد و آن پرونده همان‌طور که بود ماند. نام دیگری بدهید، یا برای نوشتن روی آن --force را هم بدهید.'
EN_KEPT='is already there: nothing was written and the file is kept as it was. Give another name, or add --force to write over it.'

# the harness itself: nothing comes, the page is written
gdb -q -batch -ex 'break cli_stop_hold' -ex run -ex delete -ex continue \
    --args "$HAMYAR" --db "$D" report --html "$TMP/plain.html" </dev/null >"$TMP/gdb" 2>&1
grep -q 'exited normally' "$TMP/gdb" && grep -q '</html>' "$TMP/plain.html"; ok $? "under gdb, with nothing in the way: the page written"

# report --html
mkdir "$TMP/r"
came "$TMP/r/گزارش آذر.html" report --html "$TMP/r/گزارش آذر.html"
is "$rc" 1 "report --html: a file came at its name while it wrote: exit 1, as the check at the start"
is "$(cat "$TMP/err")" "hamyar: $TMP/r/گزارش آذر.html $FA_KEPT" "... the file named, in Persian"
kept "$TMP/r/گزارش آذر.html" "... the file that came kept, byte for byte"
is "$(ls -a "$TMP/r" | grep -vc '^\.\.*$')" 1 "... and nothing else left beside it"
came "$TMP/r/en.html" --lang en report --html "$TMP/r/en.html"
is "$rc" 1 "... in English: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/r/en.html $EN_KEPT" "... the file named, in English"
kept "$TMP/r/en.html" "... kept, byte for byte"
came "$TMP/r/f.html" report --html "$TMP/r/f.html" --force
is "$rc" 0 "... with --force: written over it, as before"
grep -q '</html>' "$TMP/r/f.html"; ok $? "... the page in its place"
is "$(leftovers "$TMP/r/f.html")" 0 "no temporary file left"

# export --out (CSV, and JSON of all kinds)
came "$TMP/donors.csv" export donors --out "$TMP/donors.csv"
is "$rc" 1 "export --out: a file came at its name: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/donors.csv $FA_KEPT" "... the file named, in Persian"
kept "$TMP/donors.csv" "... kept, byte for byte"
came "$TMP/all.json" --lang en export all --format json --out "$TMP/all.json"
is "$rc" 1 "export all --format json --out: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/all.json $EN_KEPT" "... the file named, in English"
kept "$TMP/all.json" "... kept, byte for byte"
is "$(leftovers "$TMP/all.json")" 0 "... no temporary file left"

# export all --out DIR: needs.csv comes; none of the export's files is left
came "$TMP/exp/needs.csv" export all --out "$TMP/exp"
is "$rc" 1 "export all --out DIR: a needs.csv came into it: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/exp/needs.csv $FA_KEPT" "... that file named"
kept "$TMP/exp/needs.csv" "... kept, byte for byte"
is "$(ls -a "$TMP/exp" | grep -v '^\.\.*$')" "needs.csv" "... and none of the export's files left in the folder"
came "$TMP/exp2/needs.csv" --lang en export all --out "$TMP/exp2"
is "$rc" 1 "... in English: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/exp2/needs.csv $EN_KEPT" "... that file named, in English"
kept "$TMP/exp2/needs.csv" "... kept, byte for byte"

# sync export --out: the sheet that came is no bundle, and is kept
H="$TMP/hq"
"$HAMYAR" --db "$H" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$D" sync trust HQ "$("$HAMYAR" --db "$H" sync key | tail -n 1)" >/dev/null 2>&1; ok $? "MRD trusts HQ"
came "$TMP/b" sync export --to HQ --out "$TMP/b"
is "$rc" 1 "sync export --out: a sheet came at its name: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/b از پیش هست و بستهٔ همگام‌سازی نیست (CSV یا سندی؟): چیزی نوشته نشد و آن پرونده همان‌طور که بود ماند. نام دیگری بدهید، یا برای نوشتن روی آن --force را هم بدهید." "... the file named, in Persian"
kept "$TMP/b" "... kept, byte for byte"
came "$TMP/b2" --lang en sync export --to HQ --out "$TMP/b2"
is "$rc" 1 "... in English: exit 1"
holds "$(cat "$TMP/err")" "$TMP/b2 is already there and is not a sync bundle" "... the file named, in English"
kept "$TMP/b2" "... kept, byte for byte"
is "$(leftovers "$TMP/b2")" 0 "... no temporary file left"
done_testing
