# A restore stopped midway, by Ctrl-C, kill or a dropped SSH session, while
# the backup is copied in: the copy is removed and the database there kept
# as it was, but the administrator got his prompt back without a word and
# could not tell whether the database had been replaced.  Now the stop is
# said: «برگرداندن ... متوقف شد: چیزی تغییر نکرد (پایگاه دادهٔ ... همان‌گونه
# که بود مانده است)»; into a new or empty folder, that nothing was made
# there («چیزی در ... ساخته نشد»), where before it said the database there
# was as it was.  The copy is held midway with strace, each write
# delayed, as tests/cli/backup_stopped.sh holds a backup.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with a donor"
mkdir "$TMP/usb"
"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar.mdb" >/dev/null 2>&1; ok $? "its backup"
printf 'kind,name,national_id,mobile,county\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/e.csv"
"$HAMYAR" --db "$D" import donors "$TMP/e.csv" >/dev/null 2>&1; ok $? "a donor typed after it"
sum=$(cksum <"$D/data.mdb")

if ! command -v strace >/dev/null 2>&1 ||
    ! strace -f -o /dev/null -e inject=write:delay_enter=1 true >/dev/null 2>&1; then
	echo "ok $((T_N + 1)) - # SKIP strace cannot delay writes here"; T_N=$((T_N + 1))
	done_testing; exit
fi

# slow DB: a restore of the backup into DB in the background, each of its
# writes held for 3 s; waits until its copy is in DB's folder, and sets SP
# (strace) and HP (the program)
slow() {
	i=0
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	env $DEFSIG strace -f -o /dev/null -e trace=write -e inject=write:delay_enter=3000000 \
	    "$HAMYAR" --db "$1" restore "$TMP/usb/hamyar.mdb" >"$TMP/out" 2>"$TMP/err" &
	SP=$!
	while [ $i -lt 200 ] && ! ls -A "$1" 2>/dev/null | grep -q 'incomplete'; do
		sleep 0.05; i=$((i + 1))
	done
	HP=$(cat "/proc/$SP/task/$SP/children" 2>/dev/null | cut -d' ' -f1)
	[ -n "$HP" ]
}

SIGS="TERM HUP" DEFSIG=
if env --default-signal=INT true 2>/dev/null; then
	SIGS="INT $SIGS" DEFSIG=--default-signal=INT
fi
for sig in $SIGS; do
	slow "$D"; ok $? "SIG$sig: a restore over the database under way, its copy being written"
	kill -s "$sig" "$HP"; wait "$SP"; r=$?
	[ "$r" -ne 0 ]; ok $? "SIG$sig: it ends (status $r)"
	is "$(cat "$TMP/err")" "hamyar: برگرداندن $TMP/usb/hamyar.mdb متوقف شد: چیزی تغییر نکرد (پایگاه دادهٔ $D همان‌گونه که بود مانده است)" \
	    "SIG$sig: said to be stopped, the database as it was"
	is "$(cksum <"$D/data.mdb")" "$sum" "SIG$sig: data.mdb as it was"
	is "$(ls -A "$D" | tr '\n' ' ')" "data.mdb lock.mdb " "SIG$sig: no copy left, nothing set aside"
done
holds "$("$HAMYAR" --db "$D" export donors)" "0012345679" "the donor typed after the backup is still there"

# Into a folder with no database (a new one, an empty one): nothing was
# made there, not "the database there is as it was" of one never there.
N="$TMP/new"
slow "$N"; ok $? "a restore into a new folder under way"
kill -s TERM "$HP"; wait "$SP"
is "$(cat "$TMP/err")" "hamyar: برگرداندن $TMP/usb/hamyar.mdb متوقف شد: چیزی در $N ساخته نشد (آنجا پایگاه داده‌ای نبود و اکنون هم نیست)" \
    "said to be stopped, nothing made there"
[ ! -e "$N" ]; ok $? "the folder it made is gone"
mkdir "$TMP/empty"
slow "$TMP/empty"; ok $? "a restore into an empty folder under way"
kill -s TERM "$HP"; wait "$SP"
holds "$(cat "$TMP/err")" "متوقف شد: چیزی در $TMP/empty ساخته نشد" "said to be stopped, nothing made there"
is "$(ls -A "$TMP/empty")" "" "the folder is empty again"
done_testing
