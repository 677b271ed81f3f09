# A station restored from an old backup whose log grows again to just the
# length HQ holds of its old one (sync_restore.sh has it shorter): HQ's ack
# then falls inside the station's log, on another change.  Before, the
# station took it, and the edits typed since the restore counted as
# acknowledged and never went to HQ.  Now HQ's bundle names the version
# it acknowledges, the station sees that it is not its own, and asks HQ
# for its changes back.  The backup here is a plain copy of data.mdb (made
# while nobody had the database open), not `hamyar backup`'s, which marks
# its copy (sync_restore_first.sh): the restored station does not know it
# was restored until HQ's ack says so.  It sends a bundle first, before it
# has typed anything: that alone tells HQ nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county\nperson,علی‌رضا كريمي,TBZ\nperson,زهرا احمدی‌نژاد,TBZ\nperson,مهدی نوروزی,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
ok $? "TBZ's three donors at HQ, acknowledged both ways"
cp "$T/data.mdb" "$TMP/old.mdb"; ok $? "TBZ's data.mdb copied aside"
# three changes after the backup, all at HQ
printf 'kind,name,county\nperson,مریم یوسفی‌پور,TBZ\nperson,سید حسن موسوی,TBZ\nperson,نرگس رحیمی‌فر,TBZ\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$(field "$Q" TBZ-6 name)" "نرگس رحیمی‌فر" "TBZ-4 to TBZ-6 at HQ"
rm -f "$T/data.mdb" "$T/lock.mdb"
cp "$TMP/old.mdb" "$T/data.mdb"
"$HAMYAR" --db "$T" verify >/dev/null 2>&1; ok $? "TBZ restored from the backup"
bundle "$T" "$Q" HQ; ok $? "the restored TBZ's first bundle, with nothing new, imported at HQ"
# three edits: TBZ's log is as long again as HQ holds of its old one
printf 'id,mobile\nTBZ-1,09141110001\nTBZ-2,09141110002\nTBZ-3,09141110003\n' >"$TMP/e.csv"
"$HAMYAR" --db "$T" import donors "$TMP/e.csv" >/dev/null 2>&1; ok $? "three edits at the restored TBZ"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b1" >/dev/null 2>&1
"$HAMYAR" --db "$T" sync import "$TMP/b1" >"$TMP/out" 2>&1; ok $? "HQ's bundle imported at TBZ"
holds "$(cat "$TMP/out")" "تغییرهایی از این پایگاه داده دارد که اینجا دیگر نیست" "... TBZ says HQ holds changes it no longer has"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b2" >/dev/null 2>&1
is "$(grep -c '^c donor TBZ-[123] ' "$TMP/b2")" 3 "TBZ's next bundle carries its three edits"
"$HAMYAR" --db "$Q" sync import "$TMP/b2" >/dev/null 2>&1
is "$(field "$Q" TBZ-2 mobile)" "09141110002" "HQ holds them"
bundle "$Q" "$T" TBZ; ok $? "HQ's answer imported at TBZ"
is "$(field "$T" TBZ-5 name)" "سید حسن موسوی" "TBZ holds its TBZ-5 again"
printf 'kind,name,county\nperson,رضا قاسمی,TBZ\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n2.csv" >/dev/null 2>&1
is "$(field "$T" TBZ-7 name)" "رضا قاسمی" "the next donor at TBZ is TBZ-7"
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no conflict at HQ"
"$HAMYAR" --db "$T" export donors >"$TMP/t.out" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out" 2>/dev/null
cmp -s "$TMP/t.out" "$TMP/q.out"; ok $? "TBZ and HQ hold the same donors"
done_testing
