# HQ itself restored from an old backup, with two stations: each station's
# next bundle finds HQ behind (HQ's copy made by backup is marked), HQ
# tells both (once: a station that has not yet heard of the restore acks
# HQ's old log, which is no news), and after two rounds of exchanges the
# three databases hold the same donors: HQ's own donor made after the
# backup is back, as are both stations' new ones, with no conflict.
# Before, HQ's own donor made after the backup was never sent back to it,
# and its next donor took that number again.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county\nperson,علی‌رضا كريمي,TBZ\nperson,زهرا احمدی‌نژاد,TBZ\n' >"$TMP/d.csv"
printf 'kind,name,county\nperson,رضا قاسمی,MRG\n' >"$TMP/q.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG &&
bundle "$M" "$Q" HQ
ok $? "three databases in step"
"$HAMYAR" --db "$Q" backup "$TMP/hq.mdb" >/dev/null 2>&1; ok $? "HQ backed up"
printf 'kind,name,county\nperson,مریم یوسفی‌پور,TBZ\n' >"$TMP/n.csv"
printf 'kind,name,county\nperson,نرگس رحیمی‌فر,MRG\n' >"$TMP/m.csv"
printf 'kind,name,county\nperson,سید حسن موسوی,TBZ\n' >"$TMP/q2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q2.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ && bundle "$Q" "$T" TBZ && bundle "$Q" "$M" MRG &&
bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ
ok $? "after the backup: a donor at each, exchanged"
rm -f "$Q/data.mdb" "$Q/lock.mdb"
cp "$TMP/hq.mdb" "$Q/data.mdb"
"$HAMYAR" --db "$Q" verify >/dev/null 2>&1; ok $? "HQ restored from the backup"
is "$(field "$Q" HQ-2 name)" "" "... without its HQ-2"
: >"$TMP/said"
for round in 1 2; do
	for s in T:TBZ M:MRG; do
		eval d=\$${s%%:*}
		# (each bundle removed once imported: export keeps another
		# station's bundle there)
		rm -f "$TMP/b"
		"$HAMYAR" --lang en --db "$d" sync export --to HQ --out "$TMP/b" >/dev/null 2>&1 &&
		"$HAMYAR" --lang en --db "$Q" sync import "$TMP/b" >>"$TMP/said" 2>&1 &&
		rm -f "$TMP/b" &&
		"$HAMYAR" --lang en --db "$Q" sync export --to "${s#*:}" --out "$TMP/b" >/dev/null 2>&1 &&
		"$HAMYAR" --lang en --db "$d" sync import "$TMP/b" >>"$TMP/said" 2>&1 ||
		echo "# round $round with ${s#*:} failed"
	done
done
is "$(grep -c 'this database was restored from a backup' "$TMP/said")" 1 "HQ says once that it was restored"
is "$(grep -c 'station HQ was restored from a backup' "$TMP/said")" 2 "... and each station hears it once"
is "$(field "$Q" HQ-2 name)" "سید حسن موسوی" "HQ holds its own HQ-2 again"
is "$(field "$Q" MRG-1 name)" "نرگس رحیمی‌فر" "... MRG's donor"
is "$(field "$Q" TBZ-3 name)" "مریم یوسفی‌پور" "... TBZ's donor"
printf 'kind,name,county\nperson,حسین پورمحمدی,TBZ\n' >"$TMP/q3.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q3.csv" >/dev/null 2>&1
is "$(field "$Q" HQ-3 name)" "حسین پورمحمدی" "HQ's next donor is HQ-3"
bundle "$Q" "$T" TBZ && bundle "$Q" "$M" MRG && bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ
for d in "$T" "$M" "$Q"; do
	is "$("$HAMYAR" --lang en --db "$d" sync conflicts | grep -c '^donor')" 0 "no conflict at $(basename "$d")"
done
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out"
"$HAMYAR" --db "$T" export donors | cmp -s - "$TMP/q.out"; ok $? "TBZ holds HQ's donors"
"$HAMYAR" --db "$M" export donors | cmp -s - "$TMP/q.out"; ok $? "MRG holds HQ's donors"
done_testing
