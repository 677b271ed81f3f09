# One person registered at two stations while apart (SPEC §10): the same
# national id in two new records.  Both records reach every database in
# whatever order the bundles come, again and again; every database holds
# the same two records and lists the same suspected duplicate; a person
# settles it at one database (merge, or keep theirs); the settling edits
# close it everywhere; the exports agree and neither record is lost.
# Four databases: stations TBZ and MRG, and two headquarters, HQ and HQB,
# that receive the stations' bundles in opposite orders.
. "$HAMYAR_SRC/tests/lib.sh"

T="$TMP/tbz" M="$TMP/mrg" Q="$TMP/hq" B="$TMP/hqb"
all="$T:TBZ $M:MRG $Q:HQ $B:HQB"
for s in $all; do
	"$HAMYAR" --db "${s%%:*}" init --station "${s#*:}" >/dev/null 2>&1 || echo "# init ${s#*:} failed"
done
r=0
for a in $all; do
	k=$("$HAMYAR" --db "${a%%:*}" sync key | tail -n 1)
	for b in $all; do
		[ "$a" = "$b" ] && continue
		"$HAMYAR" --db "${b%%:*}" sync trust "${a#*:}" "$k" >/dev/null || r=1
	done
done
ok $r "four databases trust each other"

n=0
# xfer FROM TO PEER: a bundle FROM -> TO through a file, imported twice.
xfer() {
	n=$((n + 1))
	"$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b$n" 2>/dev/null &&
	"$HAMYAR" --db "$2" sync import "$TMP/b$n" >/dev/null &&
	"$HAMYAR" --db "$2" sync import "$TMP/b$n" >/dev/null
}
same4() {
	for d in "$T" "$M" "$Q" "$B"; do
		rm -rf "$d.x"; "$HAMYAR" --db "$d" export all --out "$d.x" 2>/dev/null
	done
	diff -r "$T.x" "$M.x" >/dev/null && diff -r "$T.x" "$Q.x" >/dev/null &&
	diff -r "$T.x" "$B.x" >/dev/null
}
dups() {	# number of open duplicates listed at $1
	"$HAMYAR" --lang en --db "$1" sync conflicts | grep -c '^donor .* duplicate$'
}

# TBZ first, MRG a moment later: the same two people, typed differently
# (MRG with Arabic yeh and kaf, as a wrong keyboard layout gives).
printf 'kind,name,county,national_id,mobile\nperson,مهدی نوروزی‌فر,TBZ,1360000011,\nperson,زهرا کریمی,TBZ,0012345679,09141112233\n' >"$TMP/t.csv"
printf 'kind,name,county,national_id,mobile,notes\nperson,مهدي نوروزي‌فر,MRG,1360000011,09143334455,\nperson,زهرا كريمي,MRG,0012345679,,همسر علی‌رضا\n' >"$TMP/m.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null; ok $? "two donors at TBZ"
sleep 0.01
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null; ok $? "the same two national ids at MRG"

r=0
xfer "$T" "$Q" HQ || r=1; xfer "$M" "$Q" HQ || r=1	# HQ: TBZ, then MRG
xfer "$M" "$B" HQB || r=1; xfer "$T" "$B" HQB || r=1	# HQB: MRG, then TBZ
xfer "$T" "$M" MRG || r=1; xfer "$M" "$T" TBZ || r=1
ok $r "every bundle accepted, each imported twice"
same4; ok $? "all four export the same files, whatever the order"
c=0
for d in "$T" "$M" "$Q" "$B"; do
	"$HAMYAR" --db "$d" export donors >"$TMP/d.csv"
	c=$((c + $(grep -c ',1360000011,' "$TMP/d.csv") + $(grep -c ',0012345679,' "$TMP/d.csv")))
done
is "$c" 16 "both records of each person are in every database"
c=0
for d in "$T" "$M" "$Q" "$B"; do c=$((c + $(dups "$d"))); done
is "$c" 8 "every database lists the two suspected duplicates"
for d in "$T" "$M" "$Q" "$B"; do "$HAMYAR" --lang en --db "$d" sync conflicts; done >"$TMP/conf"
is "$(sort -u "$TMP/conf" | grep -c '^donor MRG-1 .* duplicate$')" 1 "the same entry everywhere: the later record, MRG-1"
grep -q '^  duplicate of TBZ-1 (national_id)$' "$TMP/conf"; ok $? "... named a duplicate of the earlier TBZ-1"
grep -q '^  mobile: mine="" theirs="09143334455"$' "$TMP/conf"; ok $? "... with the fields that differ"
"$HAMYAR" --db "$Q" sync conflicts >"$TMP/conf.fa"
grep -Eq 'mine|theirs|kept|duplicate|donor' "$TMP/conf.fa"; is $? 1 "the Persian listing has no English words"
grep -q '^  تکراریِ TBZ-1 (کد ملی)$' "$TMP/conf.fa"; ok $? "... and names the other record in Persian"
r=0
for d in "$T" "$M" "$Q" "$B"; do "$HAMYAR" --db "$d" verify >/dev/null 2>&1 || r=1; done
ok $r "verify passes everywhere with the duplicates open"
printf 'kind,name,county,national_id\nperson,مهدی نوروزی,TBZ,1360000011\n' >"$TMP/third.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/third.csv" >/dev/null 2>&1; is $? 1 "a third record with the national id is still refused"

# While the pair waits, MRG-1 can still be edited at TBZ (where TBZ-1 holds
# the national id in the index), and the edit travels.
printf 'id,kind,name,county,national_id,mobile,phone\nMRG-1,person,مهدی نوروزی‌فر,MRG,1360000011,09143334455,04135550000\n' >"$TMP/edit.csv"
"$HAMYAR" --db "$T" import donors "$TMP/edit.csv" >/dev/null; ok $? "MRG-1 edited at TBZ while the duplicate is open"
r=0
xfer "$T" "$Q" HQ || r=1; xfer "$T" "$B" HQB || r=1; xfer "$T" "$M" MRG || r=1
ok $r "... the edit travels"
is "$(dups "$B")" 2 "... and the duplicates stay open"

# HQB merges the first pair (keeps TBZ-1, takes MRG's mobile); MRG keeps
# its own record of the second (theirs: the later one).
"$HAMYAR" --db "$B" sync resolve MRG-1 mobile >/dev/null; ok $? "sync resolve MRG-1 mobile at HQB"
"$HAMYAR" --db "$M" sync resolve MRG-2 theirs >/dev/null; ok $? "sync resolve MRG-2 theirs at MRG"
"$HAMYAR" --db "$B" sync resolve MRG-1 mine >/dev/null 2>&1; is $? 1 "nothing left to resolve on MRG-1 at HQB"
r=0
for round in 1 2; do
	xfer "$B" "$Q" HQ || r=1; xfer "$M" "$Q" HQ || r=1
	xfer "$Q" "$T" TBZ || r=1; xfer "$Q" "$M" MRG || r=1; xfer "$Q" "$B" HQB || r=1
	xfer "$T" "$M" MRG || r=1; xfer "$M" "$T" TBZ || r=1; xfer "$B" "$T" TBZ || r=1
done
ok $r "the resolutions travel"
same4; ok $? "all four export the same files after the resolutions"
c=0
for d in "$T" "$M" "$Q" "$B"; do c=$((c + $(dups "$d"))); done
is "$c" 0 "no open duplicate left anywhere"
"$HAMYAR" --db "$T" export donors | tr -d '\r' >"$TMP/d.csv"
grep -q '^TBZ-1,person,مهدی نوروزی‌فر,1360000011,,09143334455,,TBZ,.*,1$' "$TMP/d.csv"
ok $? "merged: TBZ-1 active, its national id, MRG's mobile"
grep -q '^MRG-1,person,مهدی نوروزی‌فر,,,09143334455,04135550000,MRG,.*,0$' "$TMP/d.csv"
ok $? "... MRG-1 kept, inactive, without the national id"
grep -q '^MRG-2,person,زهرا کریمی,0012345679,,,,MRG,.*همسر علی‌رضا,1$' "$TMP/d.csv"
ok $? "theirs: MRG-2 active with its national id and notes"
grep -q '^TBZ-2,person,زهرا کریمی,,,09141112233,,TBZ,.*,0$' "$TMP/d.csv"
ok $? "... TBZ-2 kept, inactive, with its mobile"
r=0
for d in "$T" "$M" "$Q" "$B"; do "$HAMYAR" --db "$d" verify >/dev/null 2>&1 || r=1; done
ok $r "verify passes everywhere afterwards"
"$HAMYAR" --db "$Q" import donors "$TMP/third.csv" >/dev/null 2>&1; is $? 1 "the kept record holds the national id in the index"
done_testing
