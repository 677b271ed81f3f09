# The audit log's index by record, where a record of many changes (200
# notes typed over, one import each) keeps his entries in a table of
# their own inside the index: a failing disk cut that table's leaf one
# entry short (tests/cli/damage.py fewerdup).  LMDB keeps that table's
# count in the record's node, so every count agrees with what is stored:
# the index's count check (audit_index_short, its keys' counts added up)
# saw nothing, and `audit --id MRD-11` listed 200 of his 201 entries and
# ended with exit 0.  Now a walk of all of one record's entries counts
# them against LMDB's count under his key: one fewer is exit 3 with the
# damaged-database sentence, after the entries read; verify names the
# index.  The sound database lists all 201, exit 0.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
printf 'id,kind,name,county\nMRD-11,person,زهرا موسوی‌پور,مرند\nMRD-12,person,علي كريمي,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors"
i=1; bad=0
while [ $i -le 200 ]; do
	printf 'id,notes\nMRD-11,یادداشت شمارهٔ %s\n' "$i" >"$TMP/u.csv"
	"$HAMYAR" --db "$D" import donors "$TMP/u.csv" >/dev/null 2>&1 || bad=$((bad + 1))
	i=$((i + 1))
done
is "$bad" 0 "MRD-11's notes changed 200 times"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(damaged_copy "$TMP/b.mdb" "$P" fewerdup)" 1 \
    "MRD-11's entries in the index: one fewer, LMDB's count of them kept"

entries() { grep -c 'MRD-11' "$TMP/out"; }	# the entries listed

"$HAMYAR" --lang en --db "$D" audit --id MRD-11 >"$TMP/out" 2>"$TMP/err"
is $? 0 "the sound database: audit --id MRD-11, exit 0"
all=$(entries)
[ "$all" -ge 201 ]; ok $? "... his 201 entries listed ($all lines)"
"$HAMYAR" --lang en --db "$P" audit --id MRD-11 >"$TMP/out" 2>"$TMP/err"
is $? 3 "the damaged copy: exit 3, not 0 with one entry fewer"
grep -qF "hamyar: stopped on a page of the database $P that could not be read: it may be damaged. Run 'hamyar --db $P verify'" "$TMP/err"
ok $? "... saying the database may be damaged, to verify and restore"
[ "$(entries)" -lt "$all" ] && [ "$(entries)" -gt 100 ]; ok $? "... after the entries it could read"
"$HAMYAR" --db "$P" audit --id MRD-11 >"$TMP/out" 2>"$TMP/err"
is $? 3 "in Persian: exit 3"
said "$P"; ok $? "... the same sentence"
"$HAMYAR" --db "$P" audit --id MRD-11 --since 1400/01/01 >"$TMP/out" 2>"$TMP/err"
is $? 3 "--since a day before them all: exit 3 too"
"$HAMYAR" --db "$P" audit --id MRD-12 >"$TMP/out" 2>"$TMP/err"
is $? 0 "audit --id MRD-12, whose entry is whole: exit 0"
grep -qF 'كريمي' "$TMP/out" || grep -qF 'کریمی' "$TMP/out"; ok $? "... his creation listed"
"$HAMYAR" --db "$P" verify >"$TMP/out" 2>"$TMP/err"
is $? 1 "verify: exit 1"
done_testing
