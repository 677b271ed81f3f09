# A station installed afresh (sync_reinstall.sh) where a clerk typed a
# donor BEFORE HQ's first bundle came: the donor took TBZ-1, which HQ holds
# for the station's old first donor.  Before, the two met as versions of
# one record: a conflict waiting for a person, one donor shown in place of
# the other.  Now, the new donor never having left the station, the import
# makes it again under the next number after the station's old ones
# (TBZ-4), gives TBZ-1 back to the old donor, says so in Persian and in the
# audit log, and nothing waits as a conflict on either side.  A donor that
# has left in a bundle is not renumbered (the other side holds it under
# its number): that still waits as a conflict.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,mobile\nperson,علی‌رضا كريمي,TBZ,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,\nperson,مهدی نوروزی,TBZ,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ
ok $? "TBZ's three donors at HQ"
rm -rf "$T"
"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" --replace >/dev/null 2>&1; ok $? "TBZ installed afresh, its new key trusted at HQ"
# typed at once, before HQ's bundle: national id and all
printf 'kind,name,national_id,county\nperson,مريم يوسفی‌پور,0076229645,TBZ\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1
is "$(field "$T" TBZ-1 name)" "مریم یوسفی‌پور" "the donor typed first at the new TBZ took TBZ-1"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b1" >/dev/null 2>&1
"$HAMYAR" --db "$T" sync import "$TMP/b1" >"$TMP/out" 2>&1; ok $? "HQ's first bundle imported at TBZ"
holds "$(cat "$TMP/out")" "با شماره‌های تازه دوباره ساخته شدند" "... saying, in Persian, that records made here were renumbered"
holds "$(cat "$TMP/out")" "TBZ-1 → TBZ-4" "... TBZ-1 is now TBZ-4"
holds "$(cat "$TMP/out")" "۰ تعارض" "... and no conflict waits"
is "$(field "$T" TBZ-1 name)" "علی‌رضا کریمی" "TBZ-1 is the station's old first donor again"
is "$(field "$T" TBZ-4 name)" "مریم یوسفی‌پور" "the new donor is TBZ-4"
is "$(field "$T" TBZ-4 national_id)" "0076229645" "... with its national id"
is "$("$HAMYAR" --lang en --db "$T" sync conflicts | grep -c '^donor')" 0 "no conflict at TBZ"
"$HAMYAR" --lang en --db "$T" audit --id TBZ-1 >"$TMP/audit" 2>&1
grep -q 'TBZ-4' "$TMP/audit"; ok $? "TBZ-1's audit log names TBZ-4"
grep -q 'another record under this number' "$TMP/audit"; is $? 1 "... and does not say two records wait under it (they were told apart at once)"
bundle "$T" "$Q" HQ; ok $? "TBZ's bundle imported at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no conflict at HQ"
is "$(field "$Q" TBZ-1 name)" "علی‌رضا کریمی" "HQ's TBZ-1 is still the old donor"
is "$(field "$Q" TBZ-4 name)" "مریم یوسفی‌پور" "HQ holds TBZ-4"
bundle "$Q" "$T" TBZ
"$HAMYAR" --db "$T" export donors >"$TMP/t.out" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out" 2>/dev/null
cmp -s "$TMP/t.out" "$TMP/q.out"; ok $? "TBZ and HQ hold the same donors"
is "$(grep -c '^TBZ-' "$TMP/t.out")" 4 "... four, none twice"
printf 'kind,name,county\nperson,رضا قاسمی,TBZ\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n2.csv" >/dev/null 2>&1
is "$(field "$T" TBZ-5 name)" "رضا قاسمی" "the next donor at TBZ is TBZ-5"

# a donor that left in a bundle before HQ's came is not renumbered
printf 'kind,name,county\nperson,نرگس رحیمی‌فر,MRG\n' >"$TMP/m.csv"
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ && bundle "$Q" "$M" MRG
ok $? "MRG: a donor, at HQ"
rm -rf "$M"
"$HAMYAR" --db "$M" init --station MRG >/dev/null 2>&1
"$HAMYAR" --db "$M" sync trust HQ "$(key "$Q")" >/dev/null
"$HAMYAR" --db "$Q" sync trust MRG "$(key "$M")" --replace >/dev/null 2>&1
printf 'kind,name,county\nperson,حسین پورمحمدی,MRG\n' >"$TMP/m2.csv"
"$HAMYAR" --db "$M" import donors "$TMP/m2.csv" >/dev/null 2>&1
"$HAMYAR" --db "$M" sync export --to HQ --out "$TMP/b2" >/dev/null 2>&1; ok $? "MRG made again; its new MRG-1 goes out in a bundle"
"$HAMYAR" --db "$Q" sync export --to MRG --out "$TMP/b3" >/dev/null 2>&1
"$HAMYAR" --lang en --db "$M" sync import "$TMP/b3" >"$TMP/out" 2>&1
case $(cat "$TMP/out") in *renumbered*|*"new numbers"*) ok 1 "... then HQ's bundle renumbers nothing";; *) ok 0 "... then HQ's bundle renumbers nothing";; esac
"$HAMYAR" --lang en --db "$M" sync conflicts >"$TMP/c" 2>&1
is "$(grep -c '^donor' "$TMP/c")" 1 "... MRG-1 waits as a conflict, as before"
grep -q '^donor MRG-1' "$TMP/c"; ok $? "... it is MRG-1"
done_testing
