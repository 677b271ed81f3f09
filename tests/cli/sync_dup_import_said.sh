# sync import: a suspected duplicate (a donor registered at two stations
# while apart, one national id in both) is counted among the conflicts,
# not the changes applied, yet its record came in and stays beside the
# other until a decision.  The import says so, in a line of its own with
# how many; before, HQ read «بسته از MRG: ... ۱ اعمال شد ... ۱ تعارض» and
# a line of the changes applied by kind without the duplicate donor (on
# two demo stations merged, 410 donors missing from it), and nothing said
# that MRG's donor was there, as if it had been left out.  A conflict
# between two versions of one record is no duplicate: no such line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,national_id,mobile\nperson,علی‌رضا کريمی,TBZ,1360000011,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,,09121112233\n' >"$TMP/t.csv"
printf 'kind,name,county,national_id,mobile\nperson,عليرضا كريمي,MRG,۱۳۶۰۰۰۰۰۱۱,09149998877\nperson,مریم یوسفی‌پور,MRG,,09141110000\n' >"$TMP/m.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null &&
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null; ok $? "TBZ and MRG each register two donors, one person at both"
cp -r "$Q" "$TMP/hq_en"
bundle "$T" "$Q" HQ; ok $? "TBZ's bundle at HQ"
"$HAMYAR" --db "$M" sync export --to HQ --out "$TMP/bm" 2>/dev/null; ok $? "MRG's bundle for HQ"
out=$("$HAMYAR" --db "$Q" sync import "$TMP/bm"); ok $? "MRG's bundle at HQ"
holds "$out" "بسته از MRG: ۲ تغییر، ۱ اعمال شد، ۰ از پیش بود، ۱ تعارض" "counted as before: one applied, one conflict"
holds "$out" "تغییرهای اعمال‌شده، به تفکیک نوع رکورد: خیّر ۱" "... the donor applied by kind"
holds "$out" "از این تعارض‌ها، ۱ مورد تکراری احتمالی است" "the duplicate said, with how many"
holds "$out" "هر دو رکورد هر جفت تا تصمیم شما" "... both records kept until a decision"
holds "$out" "(hamyar sync conflicts)" "... and where to decide"
ids=$("$HAMYAR" --db "$Q" export donors --format json | grep -o '"id": "[A-Z]*-[0-9]*"' | tr '\n' ' ')
is "$ids" '"id": "MRG-1" "id": "MRG-2" "id": "TBZ-1" "id": "TBZ-2" ' "MRG-1, the duplicate, is at HQ as the line says"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor MRG-1 .*duplicate')" 1 "... and listed as a suspected duplicate"

# in English, the same bundles at another HQ database, TBZ's first
bundle "$T" "$TMP/hq_en" HQ
out=$("$HAMYAR" --lang en --db "$TMP/hq_en" sync import "$TMP/bm")
holds "$out" "bundle from MRG: changes: 2, applied: 1, already here: 0, conflicts: 1" "en: the counts"
holds "$out" "of the conflicts, suspected duplicates (a national or legal id that another record here holds too): 1; their records came in and both of each pair are kept until you decide which stays (hamyar sync conflicts)" \
    "en: the duplicate said"

# a conflict between two versions of one record: no duplicate line
printf 'id,mobile\nTBZ-2,09120000001\n' >"$TMP/h.csv"
printf 'id,mobile\nTBZ-2,09120000002\n' >"$TMP/t2.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/h.csv" >/dev/null &&
"$HAMYAR" --db "$T" import donors "$TMP/t2.csv" >/dev/null; ok $? "HQ and TBZ both change TBZ-2's mobile"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/bt" 2>/dev/null
out=$("$HAMYAR" --db "$Q" sync import "$TMP/bt")
holds "$out" "۱ تعارض" "TBZ's bundle at HQ: one conflict"
case $out in *تکراری*) ok 1 "... no duplicate line for it"; echo "# $out" ;; *) ok 0 "... no duplicate line for it" ;; esac

done_testing
