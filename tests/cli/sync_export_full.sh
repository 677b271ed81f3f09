# sync export --out FILE onto a disk that fills up midway (a USB stick with
# little room left): it said «بسته نوشته شد» (the bundle is written, the
# warning about a station code with no trusted key) before the write
# failed.  Now nothing says written unless the file is whole and on the
# disk, and no part of the bundle is left on the stick.  Needs root and
# mount (a small tmpfs); skipped otherwise.
. "$HAMYAR_SRC/tests/lib.sh"
small_disk "$TMP/usb" 64k

T="$TMP/tbz"
"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1
i=0
{
	echo 'kind,name,county,mobile,address,notes'
	while [ $i -lt 150 ]; do
		echo "person,علی‌رضا کريمی $i,TBZ,0914$(printf '%07d' $i),خیابان امام خمینی، کوچهٔ شهید رجائی پلاک $i,نیکوکار محلهٔ ولیعصر؛ آشنایی از مسجد جامع"
		i=$((i + 1))
	done
} >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "150 donors at TBZ"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b.hsb" 2>/dev/null
size=$(wc -c <"$TMP/b.hsb")
[ "$size" -gt 20000 ]; ok $? "the bundle is larger than the stick's room ($size bytes)"
# leave the stick 16 KiB: part of the bundle fits, not all
dd if=/dev/zero of="$TMP/usb/fill" bs=4096 count=12 2>/dev/null

# HQ's key not trusted here: the warning that says the bundle is written
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/usb/b.hsb" >"$TMP/out" 2>"$TMP/err"
is $? 3 "export onto the full stick fails with exit 3"
holds "$(cat "$TMP/err")" "دیسک پر است" "saying the disk is full"
grep -qF 'نوشته شد' "$TMP/err"; is $? 1 "... and nothing says the bundle is written"
is "$(ls -A "$TMP/usb")" "fill" "no bundle, whole or part, is left on the stick"
"$HAMYAR" --lang en --db "$T" sync export --to HQ --out "$TMP/usb/b.hsb" >"$TMP/out" 2>"$TMP/err"
is $? 3 "in English: exit 3"
grep -qi 'written' "$TMP/err"; is $? 1 "... and no 'written' either: $(tr '\n' ' ' <"$TMP/err")"
is "$(ls -A "$TMP/usb")" "fill" "... nor a file left"

# room made: written, and said so after
rm "$TMP/usb/fill"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/usb/b.hsb" >"$TMP/out" 2>"$TMP/err"
is $? 0 "with room on the stick the export works"
grep -qF 'نوشته شد' "$TMP/err"; ok $? "... the warning about HQ's key says it is written"
[ "$(wc -c <"$TMP/usb/b.hsb")" -eq "$size" ]; ok $? "... and the whole bundle is there"
done_testing
