# backup FILE looks once, at the start, for a file in the way
# (backup_over_other_file.sh: a file that is not a backup is kept), then
# copies and checks the database under a hidden name beside FILE and
# renames it over FILE at the end.  A file that came at that name
# meanwhile (an administrator saving a sheet there while a large backup
# ran, or another backup to that name) was replaced without a word.  Now
# a name that was free at the start must still be free at the end
# (cli_out_place, as export --out: out_race.sh): the file that came is
# kept byte for byte, nothing of the backup is left, exit 1 as the check
# at the start, saying so and naming the file.  A backup that was there
# at the start (the last one on the stick) is still replaced, but only if
# it is still that file, as it was: a sheet or another backup saved in its
# place while the copy was made (or an empty file there at the start,
# written into) is kept, as one that came where nothing was.
# The file comes at a known point, without timing: gdb runs the backup to
# store_verify (the copy, made, being checked before it takes its name)
# and makes it there.  Skipped where gdb cannot run the program.
. "$HAMYAR_SRC/tests/lib.sh"

need_gdb

donors_db
# what comes: an administrator's sheet, Persian with ZWNJ and Arabic ي/ك
printf 'نام,کد ملی,مبلغ\nعلی‌رضا كريمي,۰۰۱۲۳۴۵۶۷۹,۲۵۰۰۰۰\nفاطمه نوری‌زاده,1361234563,۱۲0000\n' >"$TMP/sheet"
mkdir "$TMP/usb"

# came WHAT FILE [--lang en]: hamyar --db $D backup FILE run under gdb,
# WHAT copied to FILE while the backup checks its copy; the backup's
# stdout and stderr into $TMP/out and $TMP/err, its exit status into $rc
came() { _w=$1 _f=$2; shift 2; gdb_place store_verify "$_w" "$_f" --db "$D" "$@" backup "$_f"; }
# swapped WHAT FILE [--lang en]: came, WHAT put in the place of what is
# at FILE (copied beside it, renamed over it: another file), gdb_replace
swapped() { _w=$1 _f=$2; shift 2; gdb_replace store_verify "$_w" "$_f" --db "$D" "$@" backup "$_f"; }
kept() { cmp -s "$1" "$2"; ok $? "$3"; }
alone() { is "$(ls -A "$(dirname "$1")")" "$(basename "$1")" "$2"; }

# the harness itself: nothing comes, the backup is written
gdb -q -batch -ex 'break store_verify' -ex run -ex delete -ex continue \
    --args "$HAMYAR" --db "$D" backup "$TMP/plain.mdb" </dev/null >"$TMP/gdb" 2>&1
grep -q 'Breakpoint 1, store_verify' "$TMP/gdb" && grep -q 'exited normally' "$TMP/gdb"
ok $? "under gdb, stopped while it checks its copy, with nothing in the way: exit 0"
"$HAMYAR" --db "$TMP/plain.mdb" verify >/dev/null 2>&1; ok $? "... a sound backup"

# a sheet comes where nothing was
F="$TMP/usb/پشتیبان آذر.mdb"
came "$TMP/sheet" "$F"
is "$rc" 1 "a sheet came at its name while the backup ran: exit 1, as the check at the start"
holds "$(cat "$TMP/err")" "پشتیبان‌گیری در $F انجام نشد: این پرونده از پیش آنجا هست و پشتیبان نیست" "... the file named, in Persian"
holds "$(cat "$TMP/err")" "چیزی نوشته نشد و آن پرونده دست نخورد" "... saying nothing was written and it is kept"
is "$(wc -c <"$TMP/out")" 0 "... no «written» on stdout"
kept "$F" "$TMP/sheet" "... the sheet kept, byte for byte"
alone "$F" "... and nothing of the backup left beside it"
F="$TMP/usb/en.mdb"
came "$TMP/sheet" "$F" --lang en
is "$rc" 1 "... in English: exit 1"
holds "$(cat "$TMP/err")" "backup to $F refused: that file is there and is not a backup" "... the file named, in English"
kept "$F" "$TMP/sheet" "... kept, byte for byte"
rm -f "$TMP/usb/"*

# another backup comes where nothing was (two administrators, one stick):
# kept, as any file that came; the message says it is a backup
"$HAMYAR" --db "$TMP/tbz" init --station TBZ >/dev/null 2>&1 &&
    "$HAMYAR" --db "$TMP/tbz" backup "$TMP/other.mdb" >/dev/null 2>&1; ok $? "another backup (of another station's database)"
F="$TMP/usb/hamyar.mdb"
came "$TMP/other.mdb" "$F"
is "$rc" 1 "a backup came at its name while this one ran: exit 1"
is "$(cat "$TMP/err")" "hamyar: پشتیبان‌گیری در $F انجام نشد: تا این پشتیبان گرفته می‌شد، پشتیبان دیگری به همین نام آنجا نوشته شد؛ آن پرونده دست نخورد و چیزی نوشته نشد. برای نوشتن روی آن دوباره پشتیبان بگیرید، یا به نام دیگری." "... saying so, naming the file, in Persian"
kept "$F" "$TMP/other.mdb" "... that backup kept, byte for byte"
alone "$F" "... nothing else left beside it"
came "$TMP/other.mdb" "$TMP/usb/b2.mdb" --lang en
is "$rc" 1 "... in English: exit 1"
is "$(cat "$TMP/err")" "hamyar: backup to $TMP/usb/b2.mdb refused: another backup was written at that name while this one was being made; it is kept and nothing was written. Back up again to write over it, or under another name." "... saying so, in English"
kept "$TMP/usb/b2.mdb" "$TMP/other.mdb" "... kept, byte for byte"
rm -f "$TMP/usb/b2.mdb"

# a backup there at the start: replaced, as before, by this one (one of
# this station's: another station's is refused at the start,
# backup_other_station.sh)
cp "$TMP/plain.mdb" "$F"
printf 'نام,نوع,شهرستان\nمریم حسین‌زاده,person,مرند\n' >"$TMP/d2.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d2.csv" >/dev/null 2>&1; ok $? "a third donor added"
# (nothing comes: the backup that was there stays as it was while the
# copy is made; one written into meanwhile, even with the same bytes, is
# another file now, and kept: below)
gdb -q -batch -ex 'break store_verify' -ex run -ex delete -ex continue \
    --args "$HAMYAR" --db "$D" backup "$F" </dev/null >"$TMP/gdb" 2>&1
grep -q 'exited normally' "$TMP/gdb"; rc=$?
is "$rc" 0 "over an earlier backup of that name: written (exit 0)"
is "$("$HAMYAR" --db "$F" export donors | grep -c 'حسین‌زاده')" 1 "... the new backup in its place"
is "$(ls -A "$(dirname "$F")" | tr '\n' ' ')" "$(basename "$F") $(basename "$F").b2sum " "... and nothing left beside it but its checksum"

# An empty file there at the start (may be replaced), and a sheet written
# into it while the copy was checked: kept
rm -f "$TMP/usb/"*
F="$TMP/usb/پشتیبان دی.mdb"
: >"$F"
came "$TMP/sheet" "$F"
is "$rc" 1 "over an empty file, a sheet written into it meanwhile: exit 1"
holds "$(cat "$TMP/err")" "پشتیبان‌گیری در $F انجام نشد: این پرونده از پیش آنجا هست و پشتیبان نیست" "... the file named, in Persian"
kept "$F" "$TMP/sheet" "... the sheet kept, byte for byte"
alone "$F" "... and nothing of the backup left beside it"
# an earlier backup there at the start, and a sheet saved in its place
rm -f "$TMP/usb/"*
F="$TMP/usb/hamyar.mdb"
cp "$TMP/plain.mdb" "$F"
swapped "$TMP/sheet" "$F" --lang en
is "$rc" 1 "over an earlier backup, a sheet saved in its place meanwhile: exit 1"
holds "$(cat "$TMP/err")" "backup to $F refused: that file is there and is not a backup" "... the file named, in English"
kept "$F" "$TMP/sheet" "... the sheet kept, byte for byte"
alone "$F" "... and nothing of the backup left beside it"
# an earlier backup written into meanwhile with the same bytes (cp over
# it): the same file no more (its time changed), kept as it is
cp "$TMP/plain.mdb" "$F"
came "$TMP/plain.mdb" "$F"
is "$rc" 1 "over an earlier backup rewritten in place meanwhile: exit 1"
kept "$F" "$TMP/plain.mdb" "... kept, byte for byte"
# ... and another backup saved in its place (another administrator's)
cp "$TMP/plain.mdb" "$F"
swapped "$TMP/other.mdb" "$F"
is "$rc" 1 "over an earlier backup, another backup saved in its place meanwhile: exit 1"
is "$(cat "$TMP/err")" "hamyar: پشتیبان‌گیری در $F انجام نشد: تا این پشتیبان گرفته می‌شد، پشتیبان دیگری به همین نام آنجا نوشته شد؛ آن پرونده دست نخورد و چیزی نوشته نشد. برای نوشتن روی آن دوباره پشتیبان بگیرید، یا به نام دیگری." "... saying so, naming the file, in Persian"
kept "$F" "$TMP/other.mdb" "... that backup kept, byte for byte"
alone "$F" "... and nothing else left beside it"
done_testing
