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
# A file there at the start that may be replaced (an empty one, an
# earlier bundle) was replaced at the end whatever was at the name by
# then: a sheet saved in its place meanwhile was lost.  Now it is replaced
# only if it is still the same file, as it was (device, inode, size,
# modification time): a file put in its place (renamed there: another
# inode) or written into it is kept byte for byte, as one that came where
# nothing was; --force still writes over whatever is there.
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
# swapped FILE ARGS...: came, the sheet put in the place of what is at
# FILE (copied beside it, renamed over it: another file, as an editor
# saves), gdb_replace
swapped() { _f=$1; shift; gdb_replace cli_stop_hold "$TMP/sheet" "$_f" --db "$D" "$@"; }
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

# An empty file there at the start (mktemp's: may be replaced without
# --force), and the sheet written into it meanwhile: kept
mkdir "$TMP/e"
: >"$TMP/e/گزارش دی.html"
came "$TMP/e/گزارش دی.html" report --html "$TMP/e/گزارش دی.html"
is "$rc" 1 "report --html over an empty file: the sheet written into it meanwhile: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/e/گزارش دی.html $FA_KEPT" "... the file named, in Persian"
kept "$TMP/e/گزارش دی.html" "... the sheet kept, byte for byte"
is "$(ls -A "$TMP/e")" "گزارش دی.html" "... and nothing else left beside it"
# ... and the sheet saved in its place (another file renamed there)
: >"$TMP/e/donors.csv"
swapped "$TMP/e/donors.csv" --lang en export donors --out "$TMP/e/donors.csv"
is "$rc" 1 "export --out over an empty file: a sheet saved in its place meanwhile: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/e/donors.csv $EN_KEPT" "... the file named, in English"
kept "$TMP/e/donors.csv" "... the sheet kept, byte for byte"
is "$(leftovers "$TMP/e/donors.csv")" 0 "... no temporary file left"
: >"$TMP/e/all.json"
swapped "$TMP/e/all.json" export all --format json --out "$TMP/e/all.json"
is "$rc" 1 "export all --format json over an empty file, swapped meanwhile: exit 1"
kept "$TMP/e/all.json" "... the sheet kept, byte for byte"
# export all --out DIR: an empty needs.csv in it at the start
mkdir "$TMP/exp3"
: >"$TMP/exp3/needs.csv"
swapped "$TMP/exp3/needs.csv" export all --out "$TMP/exp3"
is "$rc" 1 "export all --out DIR: its empty needs.csv swapped for a sheet meanwhile: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/exp3/needs.csv $FA_KEPT" "... that file named"
kept "$TMP/exp3/needs.csv" "... the sheet kept, byte for byte"
is "$(ls -A "$TMP/exp3")" "needs.csv" "... and none of the export's files left in the folder"
# the same with nothing coming: the empty file replaced, as before
: >"$TMP/e/plain.csv"
gdb -q -batch -ex 'break cli_stop_hold' -ex run -ex delete -ex continue \
    --args "$HAMYAR" --db "$D" export donors --out "$TMP/e/plain.csv" </dev/null >"$TMP/gdb" 2>&1
grep -q 'exited normally' "$TMP/gdb" && grep -q 'کريمي\|کریمی' "$TMP/e/plain.csv"
ok $? "an empty file, nothing coming: written over it, as before"
# with --force: written over whatever is there by then
: >"$TMP/e/f.csv"
swapped "$TMP/e/f.csv" export donors --out "$TMP/e/f.csv" --force
is "$rc" 0 "... with --force: written over the sheet that took its place"
cmp -s "$TMP/e/f.csv" "$TMP/sheet"; is $? 1 "... the export in its place"

# sync export --out over an earlier bundle of that name (it gives way):
# a sheet saved in its place meanwhile is no bundle, and is kept
"$HAMYAR" --db "$D" sync export --to HQ --out "$TMP/hq.bundle" >/dev/null 2>&1; ok $? "an earlier bundle written"
cp "$TMP/hq.bundle" "$TMP/first.bundle"
swapped "$TMP/hq.bundle" sync export --to HQ --out "$TMP/hq.bundle"
is "$rc" 1 "sync export --out over an earlier bundle, a sheet saved in its place meanwhile: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/hq.bundle از پیش هست و بستهٔ همگام‌سازی نیست (CSV یا سندی؟): چیزی نوشته نشد و آن پرونده همان‌طور که بود ماند. نام دیگری بدهید، یا برای نوشتن روی آن --force را هم بدهید." "... the file named, in Persian"
kept "$TMP/hq.bundle" "... the sheet kept, byte for byte"
is "$(leftovers "$TMP/hq.bundle")" 0 "... no temporary file left"
# ... and another bundle put in its place (HQ's, for this station, saved
# under that name): kept too, in the general words (it is a bundle)
cp "$TMP/first.bundle" "$TMP/hq2.bundle"
"$HAMYAR" --db "$H" sync trust MRD "$("$HAMYAR" --db "$D" sync key | tail -n 1)" >/dev/null 2>&1 &&
    "$HAMYAR" --db "$H" sync export --to MRD --out "$TMP/other.bundle" >/dev/null 2>&1 &&
    ! cmp -s "$TMP/other.bundle" "$TMP/first.bundle"; ok $? "HQ's bundle for MRD, another"
gdb_replace cli_stop_hold "$TMP/other.bundle" "$TMP/hq2.bundle" --db "$D" --lang en sync export --to HQ --out "$TMP/hq2.bundle"
is "$rc" 1 "... another bundle put in its place meanwhile: exit 1"
is "$(cat "$TMP/err")" "hamyar: $TMP/hq2.bundle $EN_KEPT" "... the file named, in English"
cmp -s "$TMP/hq2.bundle" "$TMP/other.bundle"; ok $? "... that bundle kept, byte for byte"
# the earlier bundle, nothing coming: replaced, as before (by a new
# file: the same bytes, nothing having changed, but another inode)
cp "$TMP/first.bundle" "$TMP/hq3.bundle"
ino=$(stat -c %i "$TMP/hq3.bundle")
gdb -q -batch -ex 'break cli_stop_hold' -ex run -ex delete -ex continue \
    --args "$HAMYAR" --db "$D" sync export --to HQ --out "$TMP/hq3.bundle" </dev/null >"$TMP/gdb" 2>&1
grep -q 'exited normally' "$TMP/gdb" && [ "$(stat -c %i "$TMP/hq3.bundle")" != "$ino" ] &&
    cmp -s "$TMP/hq3.bundle" "$TMP/first.bundle"
ok $? "an earlier bundle, nothing coming: written over it, as before"
done_testing
