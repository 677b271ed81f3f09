# A suspected duplicate (one national id registered at two stations) that
# a bundle brings is waiting here, whichever of the two records the bundle
# carries: the import's summary counts it among the conflicts, as `sync
# conflicts` lists it, not among those "already settled elsewhere"; and
# the listing says where and when each of the two records was changed,
# not "here" for a record made at another station.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"

r=0
for a in "$T:TBZ" "$M:MRG" "$Q:HQ"; do
	k=$(key "${a%%:*}")
	for b in "$T" "$M" "$Q"; do
		[ "$b" = "${a%%:*}" ] && continue
		"$HAMYAR" --db "$b" sync trust "${a#*:}" "$k" >/dev/null || r=1
	done
done
ok $r "three databases trust each other"

# TBZ registers her first; MRG, a moment later, with Arabic yeh and kaf.
printf 'kind,name,county,national_id,mobile\nperson,زهرا کریمی‌نژاد,TBZ,0012345679,09141112233\n' >"$TMP/t.csv"
printf 'kind,name,county,national_id\nperson,زهرا كريمي‌نژاد,MRG,۰۰۱۲۳۴۵۶۷۹\n' >"$TMP/m.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null; ok $? "donor at TBZ"
sleep 0.01
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null; ok $? "the same national id at MRG"

# MRG receives TBZ's earlier record: the pair waits at MRG.
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/t2m" 2>/dev/null
out=$("$HAMYAR" --lang en --db "$M" sync import "$TMP/t2m"); ok $? "MRG imports TBZ's bundle"
listed=$("$HAMYAR" --lang en --db "$M" sync conflicts | grep -c '^donor .* duplicate$')
is "$listed" 1 "MRG lists the duplicate"
holds "$out" ", conflicts: 1" "MRG's summary counts it as a conflict waiting"
case $out in *"already settled"*) ok 1 "and not as settled elsewhere"; echo "# $out" ;;
*) ok 0 "and not as settled elsewhere" ;; esac

# HQ receives both records in MRG's bundle (TBZ's came to MRG before).
"$HAMYAR" --db "$M" sync export --to HQ --out "$TMP/m2h" 2>/dev/null
out=$("$HAMYAR" --db "$Q" sync import "$TMP/m2h"); ok $? "HQ imports MRG's bundle"
holds "$out" "، ۱ تعارض" "HQ's summary counts the duplicate as waiting (Persian)"
case $out in *"حل‌شده"*) ok 1 "and not as settled elsewhere (Persian)"; echo "# $out" ;;
*) ok 0 "and not as settled elsewhere (Persian)" ;; esac

# Where each record was changed: TBZ-1 at TBZ, MRG-1 at MRG (HQ made neither).
out=$("$HAMYAR" --lang en --db "$Q" sync conflicts)
holds "$out" "changed: TBZ-1 at TBZ, " "HQ's listing: the earlier record, changed at TBZ"
holds "$out" ", MRG-1 at MRG" "HQ's listing: the later record, changed at MRG"
case $out in *"changed: here"*) ok 1 "no 'here' for a record HQ did not make"; echo "# $out" ;;
*) ok 0 "no 'here' for a record HQ did not make" ;; esac
out=$("$HAMYAR" --db "$M" sync conflicts)
holds "$out" "محل تغییر: TBZ-1 در TBZ، " "MRG's listing in Persian names TBZ-1's station"

done_testing
