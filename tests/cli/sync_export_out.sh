# sync export --to PEER --out FILE onto what an administrator names (SPEC
# §10, README "Offline sync"): a file is written whole or not at all, but
# a device or a pipe (or a link to one) is written to as it is, not
# replaced by a plain file, and a device that is full says so.
. "$HAMYAR_SRC/tests/lib.sh"

tbz_hq
printf 'kind,name,county,mobile\nperson,علی‌رضا کريمی,TBZ,09141234567\nperson,زهرا نوری‌زاده,TBZ,09147654321\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors at TBZ"

# a stick that is full, as /dev/full is, behind a link in the test's folder
ln -s /dev/full "$TMP/full"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/full" >"$TMP/out" 2>"$TMP/err"
is $? 3 "export onto a full device fails with exit 3"
holds "$(cat "$TMP/err")" "دیسک پر است" "and says the disk is full"
[ -L "$TMP/full" ]; ok $? "the link to the device is still a link, not replaced by a file"

# a pipe a script reads from (a FIFO)
mkfifo "$TMP/pipe"
timeout 10 cat "$TMP/pipe" >"$TMP/got" &
reader=$!
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/pipe" >"$TMP/out" 2>"$TMP/err"
is $? 0 "export into a FIFO"
wait "$reader"; is $? 0 "the FIFO's reader got the whole bundle and its end"
[ -p "$TMP/pipe" ]; ok $? "the FIFO is still a FIFO"
"$HAMYAR" --db "$Q" sync import "$TMP/got" >/dev/null 2>&1; ok $? "what came through the FIFO imports at HQ"
"$HAMYAR" --db "$Q" export donors | grep -q '^TBZ-2,person,زهرا نوری‌زاده,'; ok $? "the donors reached HQ"

# onto a USB stick: the bundle's bytes are on the stick (fsync) before it
# takes the bundle's name and the command says it is written, since the
# stick is pulled out as soon as the command returns (seen with strace)
if command -v strace >/dev/null 2>&1 &&
    strace -f -o /dev/null true >/dev/null 2>&1; then
	mkdir "$TMP/usb"
	# (LeakSanitizer cannot run under ptrace: make asan's program
	# would end with its error, not the export's status)
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	strace -f -e trace=openat,open,fsync,fdatasync,rename,renameat,renameat2 -o "$TMP/st" \
	    "$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/usb/b" 2>/dev/null
	ok $? "export onto the stick, under strace"
	awk -v tmp="$TMP/usb/b.tmp" '
	    index($0, "\"" tmp) && /= [0-9]+$/ { fd = $NF }
	    fd != "" && index($0, "fsync(" fd ")") && / = 0$/ { synced = 1 }
	    /rename/ && index($0, tmp) { renamed = 1; exit }
	    END { exit !(synced && renamed) }' "$TMP/st"
	ok $? "the bundle's file is synced to the stick before it is renamed into place"
else
	echo "ok $((T_N + 1)) - # SKIP strace cannot run here"; T_N=$((T_N + 1))
	echo "ok $((T_N + 1)) - # SKIP strace cannot run here"; T_N=$((T_N + 1))
fi

# onto a full standard output: named as such, not as "-"
"$HAMYAR" --db "$T" sync export --to HQ >/dev/full 2>"$TMP/err"
is $? 3 "export to a full standard output fails with exit 3"
holds "$(cat "$TMP/err")" "خروجی استاندارد" "the message names the standard output"
done_testing
