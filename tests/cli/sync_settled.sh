# A conflict that arrives already decided: TBZ and MRG both edit a donor
# while apart, HQ receives both and decides, and HQ's bundle brings TBZ
# MRG's version (concurrent with TBZ's) together with the decision.  The
# import's summary counts as conflicts only what waits for a decision here,
# the same number `sync conflicts` lists, and says how many came already
# settled; a real conflict is still counted.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
# xfer FROM TO PEER: the import's summary (English) in $TMP/out
xfer() {
	rm -f "$TMP/b"	# another station's bundle there is kept by export
	"$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b" 2>/dev/null &&
	"$HAMYAR" --lang en --db "$2" sync import "$TMP/b" >"$TMP/out"
}
open_at() { "$HAMYAR" --lang en --db "$1" sync conflicts | grep -c '^donor'; }

printf 'kind,name,county\nperson,علی‌رضا کریمی,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null
xfer "$T" "$Q" HQ && xfer "$Q" "$M" MRG; ok $? "TBZ-1 reaches HQ and MRG"
printf 'id,name\nTBZ-1,علیرضا کریمی‌نژاد\n' >"$TMP/t.csv"
printf 'id,mobile\nTBZ-1,09141234567\n' >"$TMP/m.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null
sleep 0.01
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null
xfer "$T" "$Q" HQ && xfer "$M" "$Q" HQ
grep -q ' conflicts: 1$' "$TMP/out"; ok $? "HQ: MRG's bundle reports one conflict"
is "$(open_at "$Q")" 1 "... and one waits at HQ"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 mobile >/dev/null; ok $? "HQ merges: TBZ's name, MRG's mobile"

xfer "$Q" "$T" TBZ; ok $? "HQ's bundle imported at TBZ"
is "$(open_at "$T")" 0 "nothing waits for a decision at TBZ"
grep -q ' conflicts: 0$' "$TMP/out"; ok $? "... and the summary counts no conflict"
grep -q '^conflicts that came already settled at another database (nothing to decide here): 1$' "$TMP/out"; ok $? "... but says one came already settled"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/fa.b" 2>/dev/null
"$HAMYAR" --db "$T" sync import "$TMP/fa.b" >"$TMP/fa.out"
grep -q '۰ تعارض' "$TMP/fa.out"; ok $? "Persian summary (a repeat): no conflict"
"$HAMYAR" --db "$T" export donors | grep -q '^TBZ-1,person,علیرضا کریمی‌نژاد,,,09141234567,'; ok $? "TBZ holds HQ's decision"
done_testing
