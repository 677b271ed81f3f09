# A station restored from `hamyar backup`'s copy knows at once that it was
# (the copy is marked): its very first bundle tells HQ, even when it was
# made after more edits than HQ held of the old log, which HQ would
# otherwise take for the old log's sequel (then HQ never sent back the
# station's records made after the backup, and the station's next new
# donor met HQ's donor of the same number as a conflict).  The live
# database is not marked: its bundles ask for nothing back.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county\nperson,علی‌رضا كريمي,TBZ\nperson,زهرا احمدی‌نژاد,TBZ\nperson,مهدی نوروزی,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
ok $? "TBZ's three donors at HQ, acknowledged both ways"
"$HAMYAR" --db "$T" backup "$TMP/old.mdb" >/dev/null 2>&1; ok $? "hamyar backup"
# the live database goes on: its next bundle is no restore
printf 'kind,name,county\nperson,مریم یوسفی‌پور,TBZ\nperson,سید حسن موسوی,TBZ\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b0" >/dev/null 2>&1
grep -q '^restored 0$' "$TMP/b0"; ok $? "the live database's bundle asks for nothing back"
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/b0" >"$TMP/out" 2>&1
case $(cat "$TMP/out") in *restored*) ok 1 "HQ hears of no restore";; *) ok 0 "HQ hears of no restore";; esac
is "$(field "$Q" TBZ-5 name)" "سید حسن موسوی" "TBZ-4 and TBZ-5 at HQ"

rm -f "$T/data.mdb" "$T/lock.mdb"
cp "$TMP/old.mdb" "$T/data.mdb"
"$HAMYAR" --db "$T" verify >/dev/null 2>&1; ok $? "TBZ restored from the backup"
# four edits, more than the two changes HQ holds past the backup, then
# TBZ's bundle goes first
printf 'id,mobile\nTBZ-1,09141110001\nTBZ-2,09141110002\nTBZ-3,09141110003\n' >"$TMP/e.csv"
printf 'id,phone\nTBZ-1,04133330001\n' >"$TMP/e2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/e.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/e2.csv" >/dev/null 2>&1; ok $? "four edits at the restored TBZ"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b1" >/dev/null 2>&1
grep -q '^restored [1-9]' "$TMP/b1"; ok $? "its first bundle tells HQ it was restored"
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/b1" >"$TMP/out" 2>&1; ok $? "imported at HQ"
holds "$(cat "$TMP/out")" "station TBZ was restored from a backup" "... HQ says so"
is "$(field "$Q" TBZ-2 mobile)" "09141110002" "HQ holds TBZ's edits"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b2" >/dev/null 2>&1
"$HAMYAR" --db "$T" sync import "$TMP/b2" >/dev/null 2>&1; ok $? "HQ's answer imported at TBZ"
is "$(field "$T" TBZ-4 name)" "مریم یوسفی‌پور" "TBZ holds TBZ-4 again"
is "$(field "$T" TBZ-5 name)" "سید حسن موسوی" "... and TBZ-5"
printf 'kind,name,county\nperson,رضا قاسمی,TBZ\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n2.csv" >/dev/null 2>&1
is "$(field "$T" TBZ-6 name)" "رضا قاسمی" "the next donor at TBZ is TBZ-6"
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no conflict at HQ"
"$HAMYAR" --db "$T" export donors >"$TMP/t.out" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out" 2>/dev/null
cmp -s "$TMP/t.out" "$TMP/q.out"; ok $? "TBZ and HQ hold the same donors"
# the mark is spent: the restore is told once
"$HAMYAR" --lang en --db "$T" sync export --to HQ --out "$TMP/b3" >/dev/null 2>&1
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/b3" >"$TMP/out" 2>&1
case $(cat "$TMP/out") in *restored*) ok 1 "a later bundle is no new restore";; *) ok 0 "a later bundle is no new restore";; esac
done_testing
