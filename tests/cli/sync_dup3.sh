# One person registered at three stations while apart (SPEC §10): the same
# national id in three new records, TBZ's first, then MRG's, then MRD's.
# Six headquarters databases receive the three stations' bundles in the six
# possible orders.  Every database that has seen all three records must
# list the same suspected duplicates: each later record a duplicate of the
# earliest (the pairing must not depend on which record arrived first
# there).  Settling one pair at one database and the other pair at another
# must leave, after the exchanges, the same records and no open entry.
. "$HAMYAR_SRC/tests/lib.sh"

S="TBZ MRG MRD" H="HQA HQB HQC HQD HQE HQF"
db() { echo "$TMP/$1"; }
for s in $S $H; do
	"$HAMYAR" --db "$(db "$s")" init --station "$s" >/dev/null 2>&1 || echo "# init $s failed"
done
r=0
for a in $S $H; do
	k=$("$HAMYAR" --db "$(db "$a")" sync key | tail -n 1)
	for b in $S $H; do
		[ "$a" = "$b" ] && continue
		"$HAMYAR" --db "$(db "$b")" sync trust "$a" "$k" >/dev/null || r=1
	done
done
ok $r "nine databases trust each other"

n=0
# xfer FROM TO: a bundle from station FROM to station TO, imported twice.
xfer() {
	n=$((n + 1))
	"$HAMYAR" --db "$(db "$1")" sync export --to "$2" --out "$TMP/b$n" 2>/dev/null &&
	"$HAMYAR" --db "$(db "$2")" sync import "$TMP/b$n" >/dev/null &&
	"$HAMYAR" --db "$(db "$2")" sync import "$TMP/b$n" >/dev/null
}
# open DB: the open entries listed at DB, one line each with what it names.
open() {
	"$HAMYAR" --lang en --db "$(db "$1")" sync conflicts |
	    awk '/^donor / { e = $2 } /^  duplicate of / { print e, $3 }' | sort
}

printf 'kind,name,county,national_id,mobile\nperson,مهدی نوروزی‌فر,TBZ,1360000011,09141110000\n' >"$TMP/t.csv"
printf 'kind,name,county,national_id,mobile\nperson,مهدي نوروزي‌فر,MRG,1360000011,09142220000\n' >"$TMP/m.csv"
printf 'kind,name,county,national_id,mobile\nperson,مهدی نوروزی فر,MRD,۱۳۶۰۰۰۰۰۱۱,09143330000\n' >"$TMP/d.csv"
"$HAMYAR" --db "$(db TBZ)" import donors "$TMP/t.csv" >/dev/null; ok $? "TBZ registers the donor"
sleep 0.02
"$HAMYAR" --db "$(db MRG)" import donors "$TMP/m.csv" >/dev/null; ok $? "MRG registers the same national id a moment later"
sleep 0.02
"$HAMYAR" --db "$(db MRD)" import donors "$TMP/d.csv" >/dev/null; ok $? "MRD, later still"

r=0
set -- "TBZ MRG MRD" "TBZ MRD MRG" "MRG TBZ MRD" "MRG MRD TBZ" "MRD TBZ MRG" "MRD MRG TBZ"
for h in $H; do
	for s in $1; do xfer "$s" "$h" || r=1; done
	shift
done
ok $r "each headquarters receives the three bundles in its own order"
open HQA >"$TMP/want"
is "$(cat "$TMP/want")" "$(printf 'MRD-1 TBZ-1\nMRG-1 TBZ-1')" "HQA: both later records are duplicates of the earliest, TBZ-1"
for h in $H; do
	open "$h" >"$TMP/got"
	cmp -s "$TMP/want" "$TMP/got"; ok $? "$h lists the same duplicates as HQA ($(tr '\n' ' ' <"$TMP/got"))"
done
r=0
for a in $S; do for b in $S; do [ "$a" = "$b" ] || xfer "$a" "$b" || r=1; done; done
for a in $S; do for b in $S; do [ "$a" = "$b" ] || xfer "$a" "$b" || r=1; done; done
ok $r "the stations exchange bundles among themselves"
for s in $S; do
	open "$s" >"$TMP/got"
	cmp -s "$TMP/want" "$TMP/got"; ok $? "$s lists the same duplicates ($(tr '\n' ' ' <"$TMP/got"))"
done

# HQB keeps MRG's record over TBZ's (theirs: TBZ-1 is retired).  MRD-1
# then shares the national id with MRG-1 alone: everywhere the edit
# reaches, MRD-1 must be listed against MRG-1, not left unlisted.
"$HAMYAR" --db "$(db HQB)" sync resolve MRG-1 theirs >/dev/null; ok $? "HQB: sync resolve MRG-1 theirs"
spread() {	# spread FROM: FROM's bundle to every other database, twice round
	r=0
	for round in 1 2; do
		for b in $S $H; do [ "$b" = "$1" ] || xfer "$1" "$b" || r=1; done
	done
	return $r
}
spread HQB; ok $? "the decision travels from HQB to every database"
for d in $S $H; do
	is "$(open "$d" | tr '\n' ' ')" "MRD-1 MRG-1 " "$d: MRD-1 is now a duplicate of MRG-1, the record kept"
done
"$HAMYAR" --db "$(db HQE)" sync resolve MRD-1 mine >/dev/null; ok $? "HQE: sync resolve MRD-1 mine (keep MRG-1)"
spread HQE; ok $? "... and travels"
r=0
for d in $S $H; do [ -z "$(open "$d")" ] || r=1; done
ok $r "no open duplicate left anywhere"
for d in $S $H; do
	rm -rf "$TMP/x.$d"; "$HAMYAR" --db "$(db "$d")" export all --out "$TMP/x.$d" 2>/dev/null
done
r=0
for d in $S $H; do diff -r "$TMP/x.HQA" "$TMP/x.$d" >/dev/null || { r=1; echo "# $d differs"; }; done
ok $r "all nine export the same files"
"$HAMYAR" --db "$(db HQA)" export donors | tr -d '\r' >"$TMP/all.csv"
is "$(grep -c ',1360000011,' "$TMP/all.csv")" 1 "one record holds the national id"
grep -q '^MRG-1,.*,1360000011,.*,1$' "$TMP/all.csv"; ok $? "... MRG-1, active"
is "$(grep -c '^\(TBZ\|MRD\)-1,.*,0$' "$TMP/all.csv")" 2 "TBZ-1 and MRD-1 kept, inactive"
r=0
for d in $S $H; do "$HAMYAR" --db "$(db "$d")" verify >/dev/null 2>&1 || r=1; done
ok $r "verify passes everywhere"

# The earlier of a pair edited after another database listed the pair: it
# is now the newer record.  A database that saw the pair before the edit
# and one that saw only the edited record must list the same entry.
printf 'kind,name,county,national_id\nperson,زهرا کریمی,TBZ,0012345679\n' >"$TMP/t2.csv"
printf 'kind,name,county,national_id,mobile\nperson,زهرا كريمي,MRG,0012345679,09147778899\n' >"$TMP/m2.csv"
"$HAMYAR" --db "$(db TBZ)" import donors "$TMP/t2.csv" >/dev/null; ok $? "TBZ registers another donor, TBZ-2"
sleep 0.02
"$HAMYAR" --db "$(db MRG)" import donors "$TMP/m2.csv" >/dev/null; ok $? "MRG the same national id later, MRG-2"
r=0; xfer TBZ HQC || r=1; xfer MRG HQC || r=1
ok $r "HQC receives both"
is "$(open HQC | tr '\n' ' ')" "MRG-2 TBZ-2 " "HQC: MRG-2 a duplicate of TBZ-2"
printf 'id,kind,name,county,national_id,mobile\nTBZ-2,person,زهرا کریمی,TBZ,0012345679,09141112233\n' >"$TMP/e2.csv"
"$HAMYAR" --db "$(db TBZ)" import donors "$TMP/e2.csv" >/dev/null; ok $? "TBZ edits TBZ-2 afterwards"
r=0; xfer TBZ HQC || r=1; xfer TBZ HQD || r=1; xfer MRG HQD || r=1
ok $r "HQC receives the edit; HQD receives the edited TBZ-2, then MRG-2"
open HQD >"$TMP/want2"
is "$(tr '\n' ' ' <"$TMP/want2")" "TBZ-2 MRG-2 " "HQD: TBZ-2, now the newer, a duplicate of MRG-2"
open HQC >"$TMP/got2"
cmp -s "$TMP/want2" "$TMP/got2"; ok $? "HQC lists the same ($(tr '\n' ' ' <"$TMP/got2"))"
done_testing
