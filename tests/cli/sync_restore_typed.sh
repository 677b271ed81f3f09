# A station restored from an old backup where a clerk types a new donor
# before HQ's answer has come: it takes TBZ-4, which HQ holds for a donor
# the station made after the backup.  The station's bundle that tells HQ
# of the restore keeps that donor back (the bundle stops before it), HQ's
# answer brings the old TBZ-4, and the new donor, never sent, is made
# again as TBZ-6 (after the old TBZ-5), with a Persian message; its next
# bundle carries it.  Before, the two TBZ-4s met as a conflict at both
# databases, one donor shown in place of the other.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county\nperson,علی‌رضا كريمي,TBZ\nperson,زهرا احمدی‌نژاد,TBZ\nperson,مهدی نوروزی,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
ok $? "TBZ's three donors at HQ"
"$HAMYAR" --db "$T" backup "$TMP/old.mdb" >/dev/null 2>&1; ok $? "hamyar backup"
printf 'kind,name,county\nperson,مریم یوسفی‌پور,TBZ\nperson,سید حسن موسوی,TBZ\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$(field "$Q" TBZ-5 name)" "سید حسن موسوی" "TBZ-4 and TBZ-5, made after the backup, at HQ"
rm -f "$T/data.mdb" "$T/lock.mdb"
cp "$TMP/old.mdb" "$T/data.mdb"
"$HAMYAR" --db "$T" verify >/dev/null 2>&1; ok $? "TBZ restored from the backup"
printf 'kind,name,county\nperson,نرگس رحیمی‌فر,TBZ\n' >"$TMP/n2.csv"
printf 'id,mobile\nTBZ-2,09141110002\n' >"$TMP/e.csv"
"$HAMYAR" --db "$T" import donors "$TMP/e.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/n2.csv" >/dev/null 2>&1
is "$(field "$T" TBZ-4 name)" "نرگس رحیمی‌فر" "an edit, then a new donor at the restored TBZ: it took TBZ-4"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b1" >/dev/null 2>&1; ok $? "TBZ's bundle to HQ"
grep -q '^restored [1-9]' "$TMP/b1"; ok $? "... tells HQ it was restored"
is "$(grep -c '^c donor TBZ-2 ' "$TMP/b1")" 1 "... carries the edit"
is "$(grep -c '^c donor TBZ-4 ' "$TMP/b1")" 0 "... and keeps the new TBZ-4 back"
"$HAMYAR" --db "$Q" sync import "$TMP/b1" >/dev/null 2>&1; ok $? "imported at HQ"
is "$(field "$Q" TBZ-4 name)" "مریم یوسفی‌پور" "HQ's TBZ-4 is still the donor made after the backup"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b2" >/dev/null 2>&1
"$HAMYAR" --db "$T" sync import "$TMP/b2" >"$TMP/out" 2>&1; ok $? "HQ's answer imported at TBZ"
holds "$(cat "$TMP/out")" "TBZ-4 → TBZ-6" "... saying the new donor is TBZ-6 now"
holds "$(cat "$TMP/out")" "با شماره‌های تازه دوباره ساخته شدند" "... in Persian"
is "$(field "$T" TBZ-4 name)" "مریم یوسفی‌پور" "TBZ-4 is the old donor again"
is "$(field "$T" TBZ-5 name)" "سید حسن موسوی" "... TBZ-5 too"
is "$(field "$T" TBZ-6 name)" "نرگس رحیمی‌فر" "the new donor is TBZ-6"
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ; ok $? "bundles both ways"
is "$(field "$Q" TBZ-6 name)" "نرگس رحیمی‌فر" "HQ holds TBZ-6"
is "$(field "$Q" TBZ-2 mobile)" "09141110002" "... and the edit"
for d in "$T" "$Q"; do
	is "$("$HAMYAR" --lang en --db "$d" sync conflicts | grep -c '^donor')" 0 "no conflict at $(basename "$d")"
done
"$HAMYAR" --db "$T" export donors >"$TMP/t.out" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out" 2>/dev/null
cmp -s "$TMP/t.out" "$TMP/q.out"; ok $? "TBZ and HQ hold the same donors"
is "$(grep -c '^TBZ-' "$TMP/t.out")" 6 "... six, none twice"
done_testing
