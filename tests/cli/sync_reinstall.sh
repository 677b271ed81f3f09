# A station installed afresh (its disk died, no backup): `init` again with
# the same code, and HQ trusts its new key with `sync trust --replace`.
# HQ then forgets what the old station had acknowledged, and its next
# bundle gives the station back everything, its own records too, and its
# numbering: the next donor typed there is TBZ-4, not TBZ-1 again.  Before,
# HQ sent only what came after the old station's last acknowledgement and
# never a station's own records, so the new station had none of its work
# and numbered from 1, and its TBZ-1 met HQ's, a different donor, as a
# conflict.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,mobile\nperson,علی‌رضا كريمي,TBZ,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,09121112233\nperson,مهدی نوروزی,TBZ,\n' >"$TMP/d.csv"
printf 'kind,name,county\nperson,فاطمه نوری‌زاده,MRG\n' >"$TMP/q.csv"
printf 'id,notes\nTBZ-2,ویرایش ستاد\n' >"$TMP/q2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q2.csv" >/dev/null 2>&1 &&
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
ok $? "TBZ's three donors at HQ, HQ's donor and edit at TBZ, acknowledged both ways"

# TBZ's disk dies; the station is made again, with a new key
rm -rf "$T"
"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1; ok $? "TBZ made again with init"
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" >"$TMP/out" 2>&1; is $? 1 "HQ: the new key without --replace is refused"
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" --replace >"$TMP/out" 2>&1; ok $? "HQ: sync trust TBZ KEY --replace"
holds "$(cat "$TMP/out")" "رکوردهای خود آن ایستگاه را هم" "... saying the next bundle carries the station's own records too"

bundle "$Q" "$T" TBZ; ok $? "HQ's next bundle imported at the new TBZ"
is "$("$HAMYAR" --db "$T" export donors | grep -c '^TBZ-\|^HQ-')" 4 "TBZ holds the four donors again"
is "$(field "$T" TBZ-1 name)" "علی‌رضا کریمی" "... its own TBZ-1"
is "$(field "$T" TBZ-2 notes)" "ویرایش ستاد" "... TBZ-2 with HQ's edit"
printf 'kind,name,county\nperson,مریم یوسفی‌پور,TBZ\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1
is "$(field "$T" TBZ-4 name)" "مریم یوسفی‌پور" "the next donor typed at TBZ is TBZ-4, after its old ones"
is "$(field "$T" TBZ-1 name)" "علی‌رضا کریمی" "... TBZ-1 still the old donor"

# the new station's first bundle back does not return HQ's records
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b1" >/dev/null 2>&1
is "$(grep -c '^c donor HQ-' "$TMP/b1")" 0 "TBZ's first bundle back carries none of HQ's own records"
bundle "$T" "$Q" HQ; ok $? "TBZ's bundle imported at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no conflict at HQ"
is "$(field "$Q" TBZ-4 name)" "مریم یوسفی‌پور" "HQ holds TBZ-4"
bundle "$Q" "$T" TBZ
"$HAMYAR" --db "$T" export donors >"$TMP/t.out" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out" 2>/dev/null
cmp -s "$TMP/t.out" "$TMP/q.out"; ok $? "TBZ and HQ hold the same donors"
# once it holds HQ's changes, its own are not sent back to it: TBZ's edit
# of TBZ-4, in HQ's log after what TBZ acknowledged, stays out
printf 'id,mobile\nTBZ-4,09141110000\n' >"$TMP/e.csv"
"$HAMYAR" --db "$T" import donors "$TMP/e.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$(field "$Q" TBZ-4 mobile)" "09141110000" "TBZ's edit of TBZ-4 at HQ"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b2" >/dev/null 2>&1
grep -c '^c donor TBZ-4 ' "$TMP/b2" >"$TMP/n"; is "$(cat "$TMP/n")" 0 "... and not in HQ's next bundle to TBZ: its own changes are not sent back"
done_testing
