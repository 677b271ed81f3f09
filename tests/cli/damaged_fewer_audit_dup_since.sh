# `audit --id ID --since DATE` on a copy whose audit index by record a
# failing disk cut short inside the table of their own a record of many
# changes keeps his entries in (tests/cli/damage.py fewerdup: one entry
# fewer under MRD-11's key, LMDB's count of them kept).  `audit --id` read
# from his first entry counts what it read against that count and says
# the damage (damaged_fewer_audit_dup.sh); with --since a day after his
# first entry the walk was not counted at all: his changes of the period
# were listed one fewer, exit 0, and --since a day after them all said
# «no changes recorded» for the record of a short index.  Now the entries
# before the day are counted too (their keys only) and added to those
# read: exit 3 with the damaged-database sentence, after the entries
# read.  The day's midnight is put between his creation and his 200
# changes by the time zone (TZ, an offset to the second) the audit is
# read in: --since names a day, and the changes take seconds.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
printf 'id,kind,name,county\nMRD-11,person,زهرا موسوی‌پور,مرند\nMRD-12,person,علي كريمي,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors"
made=$(date +%s)
sleep 2
i=1; bad=0
while [ $i -le 200 ]; do
	printf 'id,notes\nMRD-11,یادداشت شمارهٔ %s\n' "$i" >"$TMP/u.csv"
	"$HAMYAR" --db "$D" import donors "$TMP/u.csv" >/dev/null 2>&1 || bad=$((bad + 1))
	i=$((i + 1))
done
is "$bad" 0 "MRD-11's notes changed 200 times, from two seconds after his creation"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(damaged_copy "$TMP/b.mdb" "$P" fewerdup)" 1 \
    "MRD-11's entries in the index: one fewer, LMDB's count of them kept"

# the next UTC day's midnight, and a zone east of UTC by as many seconds
# as make it local midnight one second after his creation: --since that
# day then reads his 200 changes, not his creation
next=$(( (made / 86400 + 1) * 86400 ))
off=$(( next - made - 1 ))
zone=$(printf 'ZZZ-%02d:%02d:%02d' $((off / 3600)) $((off % 3600 / 60)) $((off % 60)))
day=$(date -u -d "@$next" +%F)
after=$(date -u -d "@$((next + 86400))" +%F)

n_of() { grep -c 'یادداشت' "$TMP/out"; }	# the changes of his notes listed
TZ=$zone "$HAMYAR" --db "$D" audit --id MRD-11 --since "$day" >"$TMP/out" 2>"$TMP/err"
is $? 0 "the sound database: audit --id MRD-11 --since the day of his changes, exit 0"
is "$(n_of)" 200 "... his 200 changes of notes, not his creation"
grep -qF 'زهرا' "$TMP/out"; is $? 1 "... (his creation, before the day, not listed)"
TZ=$zone "$HAMYAR" --db "$D" audit --id MRD-11 --since "$after" >"$TMP/out" 2>"$TMP/err"
is $? 0 "... --since the day after: exit 0"
grep -qF 'MRD-11' "$TMP/err"; ok $? "... no changes recorded for MRD-11 on or after it"

TZ=$zone "$HAMYAR" --db "$P" audit --id MRD-11 --since "$day" >"$TMP/out" 2>"$TMP/err"
is $? 3 "the damaged copy: --since the day of his changes, exit 3, not 0 with one fewer"
said "$P"; ok $? "... saying the database may be damaged, to verify and restore"
got=$(n_of)
[ "$got" -lt 200 ] && [ "$got" -gt 100 ]; ok $? "... after the changes it could read ($got)"
TZ=$zone "$HAMYAR" --lang en --db "$P" audit --id MRD-11 --since "$day" >"$TMP/out" 2>"$TMP/err"
is $? 3 "in English: exit 3"
grep -qF "hamyar: stopped on a page of the database $P that could not be read: it may be damaged. Run 'hamyar --db $P verify'" "$TMP/err"
ok $? "... the same sentence"
TZ=$zone "$HAMYAR" --db "$P" audit --id MRD-11 --since "$after" >"$TMP/out" 2>"$TMP/err"
is $? 3 "--since a day after them all: exit 3, not «no changes recorded»"
said "$P"; ok $? "... saying so"
TZ=$zone "$HAMYAR" --db "$P" audit --id MRD-12 --since "$after" >"$TMP/out" 2>"$TMP/err"
is $? 0 "audit --id MRD-12 --since the day after, his entry whole: exit 0"
TZ=$zone "$HAMYAR" --db "$P" audit --id MRD-12 --since 1400/01/01 >"$TMP/out" 2>"$TMP/err"
is $? 0 "... and --since before it: exit 0"
grep -qF 'کریمی' "$TMP/out" || grep -qF 'كريمي' "$TMP/out"; ok $? "... his creation listed"
done_testing
