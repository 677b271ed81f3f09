# export all --out DIR (CSV, one file per kind) onto a disk that fills up
# midway: it left the files written so far (groups, units, donors ...) in
# the folder, a partial export that looked whole.  Now it is all or
# nothing: no file of this export is left, the folder it made is removed,
# and the message names the file that could not be written and why, in
# Persian; an earlier export already in the folder stays as it was.  With
# room, every file is there.  Needs root and mount (a small tmpfs).
. "$HAMYAR_SRC/tests/lib.sh"
small_disk "$TMP/usb" 256k

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$DB" demo --size 100 >/dev/null 2>&1; ok $? "a database with sample records"
"$HAMYAR" --db "$DB" export all --out "$TMP/whole" 2>/dev/null; ok $? "export all to a folder with room"
ls "$TMP/whole" >"$TMP/names"
is "$(wc -l <"$TMP/names" | tr -d ' ')" 8 "... eight files, one per kind"
total=$(cat "$TMP/whole"/*.csv | wc -c)
first=$(wc -c <"$TMP/whole/groups.csv")
# room for the first files, not for all
room=$(( (total / 2) / 4096 * 4096 ))
[ "$room" -gt "$first" ]; ok $? "the files take $total bytes; the stick gets $room"
avail=$(( $(df -k --output=avail "$TMP/usb" | tail -n 1 | tr -d ' ') * 1024 ))
dd if=/dev/zero of="$TMP/usb/fill" bs=4096 count=$(( (avail - room) / 4096 )) 2>/dev/null

"$HAMYAR" --db "$DB" export all --out "$TMP/usb/x" >"$TMP/out" 2>"$TMP/err"
is $? 3 "export all onto the disk that fills up fails with exit 3"
holds "$(cat "$TMP/err")" "دیسک پر است" "saying the disk is full"
holds "$(cat "$TMP/err")" "$TMP/usb/x/" "... naming the file that could not be written"
holds "$(cat "$TMP/err")" "پرونده‌هایی که پیش از خطا نوشته شده بودند پاک شدند" "... and that what was written was removed"
test -e "$TMP/usb/x"; is $? 1 "no folder, no file of it is left: $(ls -A "$TMP/usb/x" 2>/dev/null | tr '\n' ' ')"
is "$(ls -A "$TMP/usb")" "fill" "... nor a temporary file on the disk"

# a folder holding an earlier export: kept as it was
mkdir "$TMP/usb/y"
printf 'id,kind,name,county,contact,phone\n' >"$TMP/usb/y/groups.csv"
"$HAMYAR" --db "$DB" export all --out "$TMP/usb/y" --force >"$TMP/out" 2>"$TMP/err"
is $? 3 "into a folder with an earlier export (--force, to write over it): fails too"
is "$(ls -A "$TMP/usb/y")" "groups.csv" "... leaving only the earlier file"
is "$(cat "$TMP/usb/y/groups.csv")" "id,kind,name,county,contact,phone" "... as it was"
"$HAMYAR" --lang en --db "$DB" export all --out "$TMP/usb/x" >"$TMP/out" 2>"$TMP/err"
holds "$(cat "$TMP/err")" "nothing was exported into $TMP/usb/x" "in English: nothing was exported"

rm "$TMP/usb/fill"
"$HAMYAR" --db "$DB" export all --out "$TMP/usb/x" 2>"$TMP/err"; ok $? "with room made, export all works"
ls "$TMP/usb/x" >"$TMP/names2"
is "$(cat "$TMP/names2")" "$(cat "$TMP/names")" "... every file there"
for f in $(cat "$TMP/names"); do
	cmp -s "$TMP/whole/$f" "$TMP/usb/x/$f" || echo "# $f differs"
done >"$TMP/diff"
is "$(cat "$TMP/diff")" "" "... the same as the export made with room"
done_testing
