# A station installed afresh that sends its first bundle before it imports
# HQ's (its clerk exports for HQ at once, as a new station is told to)
# still gets back its own records and its numbering.  Before, that first
# bundle, even with no change in it, moved HQ's "recv" for the station,
# and a peer's own records went back to it only while both numbers were
# 0: HQ's next bundle carried MRG's donor but none of TBZ's, the next
# donor typed at TBZ was TBZ-1 again, and it met HQ's TBZ-1, a different
# donor, as a conflict at HQ and then at TBZ.  Now `sync trust --replace`
# sets the station's "own" number to the end of HQ's log, so its old
# changes go back to it whatever it sends first.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county\nperson,فاطمه نوری‌زاده,MRG\n' >"$TMP/m.csv"
printf 'id,notes\nTBZ-2,ویرایش ستاد ۱۴۰۳\n' >"$TMP/q.csv"
tbz_donors &&
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG
ok $? "TBZ's two donors and MRG's one at HQ, HQ's edit of TBZ-2 everywhere"

reinstall_tbz
ok $? "TBZ made again, its new key trusted at HQ with --replace"

# the new station's first bundle goes to HQ before HQ's comes
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/t1" >/dev/null 2>&1 &&
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/t1" >"$TMP/out" 2>&1
ok $? "TBZ's first bundle (nothing in it) imported at HQ"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b1" >/dev/null 2>&1
is "$(grep -c '^c donor TBZ-' "$TMP/b1")" 3 "HQ's next bundle carries TBZ's own changes (two donors, HQ's edit)"
"$HAMYAR" --db "$T" sync import "$TMP/b1" >/dev/null 2>&1; ok $? "... imported at TBZ"
is "$(field "$T" TBZ-1 name)" "علی‌رضا کریمی" "TBZ holds its TBZ-1 again"
is "$(field "$T" TBZ-2 notes)" "ویرایش ستاد 1403" "... and TBZ-2 with HQ's edit"
is "$(field "$T" MRG-1 name)" "فاطمه نوری‌زاده" "... and MRG's donor"

printf 'kind,name,county,mobile\nperson,مریم یوسفی‌پور,TBZ,۰۹۱۴۱۱۱۲۲۳۳\n' >"$TMP/n.csv"
printf 'id,mobile\nTBZ-1,09140000001\n' >"$TMP/e.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/e.csv" >/dev/null 2>&1
is "$(field "$T" TBZ-3 name)" "مریم یوسفی‌پور" "the next donor typed at TBZ is TBZ-3, after its old ones"
bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG && bundle "$Q" "$T" TBZ && bundle "$M" "$Q" HQ
ok $? "bundles both ways between the three"
for d in "$Q" "$T" "$M"; do
	is "$("$HAMYAR" --lang en --db "$d" sync conflicts)" "no conflicts" "no conflict at ${d##*/}"
done
is "$(field "$Q" TBZ-1 mobile)" "09140000001" "TBZ's edit of its returned TBZ-1 is a plain update at HQ"
is "$(field "$M" TBZ-3 name)" "مریم یوسفی‌پور" "MRG holds TBZ-3"
"$HAMYAR" --db "$T" export donors >"$TMP/t.out" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out" 2>/dev/null
"$HAMYAR" --db "$M" export donors >"$TMP/m.out" 2>/dev/null
cmp -s "$TMP/t.out" "$TMP/q.out" && cmp -s "$TMP/m.out" "$TMP/q.out"
ok $? "the three hold the same donors"
done_testing
