# sync (SPEC §10) through the command line: keys, trust, bundles between two
# stations and headquarters in several orders and repeated, a conflict that
# is listed and resolved, and bundles refused whole (one byte changed, an
# untrusted key).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
kt=$(key "$T"); km=$(key "$M"); kq=$(key "$Q")
case "$kt" in [0-9a-f]*) r=${#kt} ;; *) r=0 ;; esac
is "$r" 64 "sync key prints a 64-hex-digit public key as its last line"
is "$(key "$T")" "$kt" "the key is made once and kept"
is "$("$HAMYAR" --db "$T" sync key | head -n 1)" "ایستگاه TBZ" "sync key names the station in Persian"
is "$("$HAMYAR" --lang en --db "$T" sync key | head -n 1)" "station TBZ" "... and in English under --lang en"
r=0
"$HAMYAR" --db "$T" sync trust HQ "$kq" >/dev/null || r=1
"$HAMYAR" --db "$T" sync trust MRG "$km" >/dev/null || r=1
"$HAMYAR" --db "$M" sync trust HQ "$kq" >/dev/null || r=1
"$HAMYAR" --db "$M" sync trust TBZ "$kt" >/dev/null || r=1
"$HAMYAR" --db "$Q" sync trust TBZ "$kt" >/dev/null || r=1
"$HAMYAR" --db "$Q" sync trust MRG "$km" >/dev/null || r=1
ok $r "sync trust between the three"
"$HAMYAR" --db "$Q" sync trust TBZ "xyz" >/dev/null 2>"$TMP/err"; is $? 1 "a malformed key is refused"
grep -q '«xyz» کلید عمومی یک ایستگاه نیست' "$TMP/err" && grep -q '64 نویسه' "$TMP/err" && grep -q 'sync key' "$TMP/err"
ok $? "... naming the value typed and what a key is (64 characters that sync key prints)"
"$HAMYAR" --lang en --db "$Q" sync trust TBZ "${kt%?}" >/dev/null 2>"$TMP/err"; is $? 1 "a key with its last character cut off is refused"
grep -q "«${kt%?}» is not a station's public key" "$TMP/err"; ok $? "... and named, in English too"
# A trusted station's key changes only when asked for by name, and audited.
# (ko: the key of a station no one here trusts yet.)
"$HAMYAR" --db "$TMP/other" init --station OTH >/dev/null 2>&1
ko=$(key "$TMP/other")
"$HAMYAR" --db "$Q" sync trust TBZ "$kt" >/dev/null; ok $? "trusting the same key again is fine"
"$HAMYAR" --db "$Q" sync trust TBZ "$ko" >/dev/null 2>"$TMP/err"; is $? 1 "another key for TBZ is refused"
grep -q 'TBZ' "$TMP/err" && grep -q -- '--replace' "$TMP/err"; ok $? "... naming the station and --replace"
"$HAMYAR" --db "$Q" sync trust tbz "$ko" >/dev/null 2>&1; is $? 1 "... in lower case too (tbz is TBZ)"
"$HAMYAR" --db "$Q" sync trust TBZ "$ko" --replace >/dev/null; ok $? "sync trust --replace replaces it"
"$HAMYAR" --lang en --db "$Q" audit | grep -q "key of station TBZ: \"$kt\" -> \"$ko\""
ok $? "... and the audit log has the old key and the new"
"$HAMYAR" --db "$Q" sync trust --replace TBZ "$kt" >/dev/null; ok $? "(put back)"
"$HAMYAR" --db "$Q" sync trust HQ "$kt" >/dev/null 2>&1; is $? 1 "a database does not trust a key for its own station"
# One key speaks for one station: not a second code, not this database's own.
"$HAMYAR" --lang en --db "$Q" sync trust XYZ "$(echo "$kt" | tr a-f A-F)" >/dev/null 2>"$TMP/err"; is $? 1 "TBZ's key is not trusted for XYZ too"
grep -q "already trusted for station TBZ" "$TMP/err"; ok $? "... and the message names TBZ"
"$HAMYAR" --db "$Q" sync trust XYZ "$kt" >/dev/null 2>"$TMP/err"
grep -q "ایستگاه TBZ مورد اعتماد است" "$TMP/err"; ok $? "... in Persian too"
"$HAMYAR" --lang en --db "$Q" sync trust XYZ "$kq" >/dev/null 2>"$TMP/err"; is $? 1 "this database's own key is not trusted for another station"
grep -q "this database's own key" "$TMP/err"; ok $? "... and the message says so"
"$HAMYAR" --db "$Q" sync trust MRG "$kt" --replace >/dev/null 2>&1; is $? 1 "... nor with --replace over another station's key"
"$HAMYAR" --db "$Q" sync trust TBZ "$kt" --replace >/dev/null; ok $? "the station's own key again is fine"
"$HAMYAR" --db "$Q" sync trust hq "$kt" >/dev/null 2>&1; is $? 1 "... written in lower case either"
L="$TMP/lower"
"$HAMYAR" --db "$L" init --station mrd >/dev/null; ok $? "init --station mrd"
is "$("$HAMYAR" --lang en --db "$L" sync key | head -n 1)" "station MRD" "... makes station MRD"
"$HAMYAR" --db "$L" sync trust hq "$kq" >/dev/null
"$HAMYAR" --db "$L" sync export --to hq --out "$TMP/lower.b" 2>/dev/null
grep -q '^to HQ$' "$TMP/lower.b"; ok $? "a bundle for hq is addressed to HQ"
"$HAMYAR" --db "$Q" sync trust mrd "$(key "$L")" >/dev/null
"$HAMYAR" --db "$Q" sync import "$TMP/lower.b" >/dev/null; ok $? "... and HQ, trusting mrd, takes MRD's bundle"

# xfer FROM TO: bundle FROM -> TO through a file.
n=0
xfer() {
	n=$((n + 1))
	"$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b$n" 2>/dev/null &&
	"$HAMYAR" --db "$2" sync import "$TMP/b$n" >/dev/null
}
same3() {
	for d in "$T" "$M" "$Q"; do
		rm -rf "$d.x"; "$HAMYAR" --db "$d" export all --out "$d.x" 2>/dev/null
	done
	diff -r "$T.x" "$M.x" >/dev/null && diff -r "$T.x" "$Q.x" >/dev/null
}

# Apart: each adds records.
printf 'kind,name,county\nperson,علی‌رضا کریمی,TBZ\nperson,فاطمه رضایی,TBZ\n' >"$TMP/t.csv"
printf 'kind,name,county\nperson,محمد حسيني,MRG\n' >"$TMP/m.csv"
printf 'kind,name,county\ncouncil,شورای شهر مرند,MRD\n' >"$TMP/q.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null
"$HAMYAR" --db "$Q" import groups "$TMP/q.csv" >/dev/null
r=0
xfer "$T" "$Q" HQ || r=1; xfer "$M" "$Q" HQ || r=1
xfer "$Q" "$T" TBZ || r=1; xfer "$Q" "$M" MRG || r=1
ok $r "stations -> HQ -> stations"
same3; ok $? "all three export the same files"
# More edits apart, then another order, twice.
printf 'id,kind,name,county,mobile\nTBZ-2,person,فاطمه رضایی,TBZ,09121112233\n' >"$TMP/t2.csv"
printf 'kind,name,county\nperson,زهرا احمدی,MRG\n' >"$TMP/m2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t2.csv" >/dev/null
"$HAMYAR" --db "$M" import donors "$TMP/m2.csv" >/dev/null
r=0
for round in 1 2; do
	xfer "$M" "$T" TBZ || r=1; xfer "$T" "$M" MRG || r=1
	xfer "$Q" "$M" MRG || r=1; xfer "$M" "$Q" HQ || r=1
	xfer "$T" "$Q" HQ || r=1; xfer "$Q" "$T" TBZ || r=1
done
ok $r "exchanges in another order, repeated"
same3; ok $? "all three export the same files afterwards"
c=0; for d in "$T" "$M" "$Q"; do c=$((c + $("$HAMYAR" --lang en --db "$d" sync conflicts | grep -c '^donor'))); done
is "$c" 0 "no conflicts from edits of different records"
# The same bundle twice changes nothing.
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/again" 2>/dev/null
"$HAMYAR" --db "$Q" sync import "$TMP/again" >/dev/null
"$HAMYAR" --db "$Q" export all --format json --out "$TMP/q1.json" 2>/dev/null
out=$("$HAMYAR" --lang en --db "$Q" sync import "$TMP/again")
case "$out" in *"applied: 0,"*"conflicts: 0") r=0 ;; *) r=1; echo "# $out" ;; esac
ok $r "importing the same bundle again applies nothing"
"$HAMYAR" --db "$Q" export all --format json --out "$TMP/q2.json" 2>/dev/null
cmp -s "$TMP/q1.json" "$TMP/q2.json"; ok $? "... and the export is unchanged"

# A record edited on both sides: one conflict, resolvable, nothing lost.
printf 'id,kind,name,county\nTBZ-1,person,علی‌رضا کریمی‌پور,TBZ\n' >"$TMP/e1.csv"
printf 'id,kind,name,county,phone\nTBZ-1,person,علی‌رضا کریمی,TBZ,04135551234\n' >"$TMP/e2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/e1.csv" >/dev/null
"$HAMYAR" --db "$M" import donors "$TMP/e2.csv" >/dev/null
for round in 1 2; do
	xfer "$T" "$Q" HQ; xfer "$M" "$Q" HQ; xfer "$Q" "$T" TBZ; xfer "$Q" "$M" MRG
	xfer "$T" "$M" MRG; xfer "$M" "$T" TBZ
done
same3; ok $? "after the concurrent edits all three still agree"
for d in "$T" "$M" "$Q"; do
	c=$("$HAMYAR" --lang en --db "$d" sync conflicts | grep -c '^donor TBZ-1 ')
	is "$c" 1 "one conflict on TBZ-1 in $(basename "$d")"
done
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/conf"
grep -q 'name: mine=".*" theirs=".*"' "$TMP/conf" && grep -q 'phone: mine=' "$TMP/conf"
ok $? "the conflict shows both versions field by field"
today=$("$HAMYAR" date g2j "$(date +%Y-%m-%d)")
grep -Eq "^donor TBZ-1 mine=(TBZ|MRG) $today [0-9]{2}:[0-9]{2} theirs=(TBZ|MRG) $today [0-9]{2}:[0-9]{2} kept=" "$TMP/conf"
ok $? "... and where and when each version was made, as a Jalali date and time ($today), not only clock numbers"
"$HAMYAR" --lang en --db "$Q" sync conflicts --clocks >"$TMP/confc"
grep -Eq "^  changed: at (TBZ|MRG) $today [0-9]{2}:[0-9]{2}, at (TBZ|MRG) $today [0-9]{2}:[0-9]{2}\$" "$TMP/confc"
ok $? "--clocks: the changed: line under the clock stamps gives the times"
grep -q "^  changed: here" "$TMP/confc"; is $? 1 "... each at its station: neither is HQ's, so not 'here'"
# At TBZ its own version was made here: said «اینجا», spelt as everywhere
# else in the catalog (the conflict screen's time line had «این‌جا»).
"$HAMYAR" --db "$T" sync conflicts --clocks | grep -q "^  زمان تغییر: اینجا $(printf '%s' "$today" | sed 's/[/]/\\&/g') [0-9]\{2\}:[0-9]\{2\}، در MRG "
ok $? "TBZ's listing in Persian: «زمان تغییر: اینجا $today ...، در MRG ...»"
# Keep the name from the side that changed it, the phone from the other.
if grep -q 'name: mine="علی‌رضا کریمی‌پور"' "$TMP/conf"; then how=phone; else how=name; fi
"$HAMYAR" --db "$Q" sync resolve TBZ-1 "$how" >/dev/null; ok $? "sync resolve TBZ-1 (field by field)"
"$HAMYAR" --db "$Q" export donors | grep -q '^TBZ-1,person,علی‌رضا کریمی‌پور,,,,04135551234,'
ok $? "both edits kept"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no open conflict left at HQ"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 mine >/dev/null 2>&1; is $? 1 "nothing left to resolve"
xfer "$Q" "$T" TBZ; xfer "$Q" "$M" MRG
same3; ok $? "the resolution reaches both stations"
c1=$("$HAMYAR" --lang en --db "$T" sync conflicts | grep -c '^donor')
c2=$("$HAMYAR" --lang en --db "$M" sync conflicts | grep -c '^donor')
c=$((c1 + c2))
is "$c" 0 "... and closes the conflict there too"

# The same person registered at two stations (one national id): both
# records kept, the later one listed as a suspected duplicate of the
# earlier (tests/cli/sync_dup.sh goes through it in every order).
printf 'kind,name,county,national_id\nperson,رضا موسوی,TBZ,1360000011\n' >"$TMP/dup1.csv"
printf 'kind,name,county,national_id\nperson,رضا موسوي,MRG,1360000011\n' >"$TMP/dup2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/dup1.csv" >/dev/null
sleep 0.01
"$HAMYAR" --db "$M" import donors "$TMP/dup2.csv" >/dev/null
tid=$("$HAMYAR" --db "$T" export donors | sed -n 's/^\(TBZ-[0-9]*\),.*1360000011.*/\1/p')
mid=$("$HAMYAR" --db "$M" export donors | sed -n 's/^\(MRG-[0-9]*\),.*1360000011.*/\1/p')
xfer "$T" "$M" MRG; ok $? "a bundle with a duplicate national id is still accepted"
"$HAMYAR" --lang en --db "$M" sync conflicts >"$TMP/conf"
grep -q "^donor $mid .* duplicate" "$TMP/conf" && grep -q "duplicate of $tid (national_id)" "$TMP/conf"
ok $? "the later record is queued as a duplicate, naming the earlier one"
"$HAMYAR" --db "$M" export donors | grep -q "^$tid,"; ok $? "... and the earlier one is written beside it"
"$HAMYAR" --db "$M" sync resolve "$mid" theirs >/dev/null; ok $? "keeping theirs (the later record) resolves it"
"$HAMYAR" --db "$M" export donors | tr -d '\r' | grep -q "^$tid,.*,0$"; ok $? "... and retires the earlier one, kept inactive"
xfer "$M" "$T" TBZ; xfer "$M" "$Q" HQ; xfer "$T" "$Q" HQ; xfer "$Q" "$T" TBZ; xfer "$Q" "$M" MRG
same3; ok $? "all three agree after the duplicate is settled"

# Refused whole: one byte changed; a key HQ does not trust.
"$HAMYAR" --db "$M" import donors "$TMP/m2.csv" >/dev/null
"$HAMYAR" --db "$M" sync export --to HQ --out "$TMP/good" 2>/dev/null
"$HAMYAR" --db "$Q" export all --format json --out "$TMP/q1.json" 2>/dev/null
size=$(wc -c <"$TMP/good")
r=0
for at in 20 $((size / 2)) $((size - 30)); do
	cp "$TMP/good" "$TMP/bad"
	printf 'X' | dd of="$TMP/bad" bs=1 seek="$at" conv=notrunc 2>/dev/null
	cmp -s "$TMP/good" "$TMP/bad" && { echo "# byte $at unchanged"; continue; }
	"$HAMYAR" --db "$Q" sync import "$TMP/bad" >/dev/null 2>"$TMP/err"
	[ $? -eq 1 ] || r=1
done
ok $r "a bundle with one byte changed is refused (exit 1), at three places"
grep -q . "$TMP/err"; ok $? "the refusal says why"
"$HAMYAR" --db "$Q" export all --format json --out "$TMP/q2.json" 2>/dev/null
cmp -s "$TMP/q1.json" "$TMP/q2.json"; ok $? "nothing applied from the altered bundles"
X="$TMP/xyz"
"$HAMYAR" --db "$X" init --station XYZ >/dev/null 2>&1
printf 'kind,name,county\nperson,ناشناس,TBZ\n' >"$TMP/x.csv"
"$HAMYAR" --db "$X" import donors "$TMP/x.csv" >/dev/null
"$HAMYAR" --db "$X" sync export --to HQ --out "$TMP/untrusted" 2>/dev/null
"$HAMYAR" --db "$Q" sync import - <"$TMP/untrusted" >/dev/null 2>&1; is $? 1 "a bundle from an untrusted key is refused"
# XYZ claiming to be TBZ: change "from" and re-sign with XYZ's key is not
# possible without TBZ's secret; trusting XYZ under another key fails too.
"$HAMYAR" --db "$Q" sync trust XYZ "$ko" >/dev/null; ok $? "XYZ trusted with another station's key"
"$HAMYAR" --db "$Q" sync import "$TMP/untrusted" >/dev/null 2>&1; is $? 1 "a station's bundle signed with another key is refused"
"$HAMYAR" --db "$Q" export all --format json --out "$TMP/q2.json" 2>/dev/null
cmp -s "$TMP/q1.json" "$TMP/q2.json"; ok $? "nothing applied from the untrusted bundles"
"$HAMYAR" --db "$Q" sync import "$TMP/good" >/dev/null; ok $? "the unaltered bundle is then accepted"
"$HAMYAR" --db "$Q" sync bogus >/dev/null 2>&1; is $? 2 "unknown sync subcommand: usage error"
# A bidi override in a conflicting value is listed as a placeholder, not
# sent to the terminal raw.
printf 'id,notes\nTBZ-1,\342\200\256abc\n' >"$TMP/rlo.csv"
printf 'id,notes\nTBZ-1,تماس گرفته شد\n' >"$TMP/rlo2.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/rlo.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/rlo2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/rlo.b" 2>/dev/null &&
"$HAMYAR" --db "$Q" sync import "$TMP/rlo.b" >/dev/null 2>&1
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/rlo.out"
grep -q 'notes' "$TMP/rlo.out"; ok $? "the notes conflict is listed"
grep -q "$(printf '\342\200\256')" "$TMP/rlo.out"; is $? 1 "... without the raw override"
# A record edited twice at each side between exchanges: HQ lists it once
# (the newer version from TBZ takes the place of the older), and once HQ
# decides, the copy at TBZ closes too; no old version comes back.
T2="$TMP/t2" Q2="$TMP/q2"
"$HAMYAR" --db "$T2" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$Q2" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$T2" sync trust HQ "$(key "$Q2")" >/dev/null
"$HAMYAR" --db "$Q2" sync trust TBZ "$(key "$T2")" >/dev/null
xfer2() { "$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/x2" 2>/dev/null && "$HAMYAR" --db "$2" sync import "$TMP/x2" >/dev/null 2>&1; }
printf 'name,kind,county,mobile\nفاطمه میرزایی,person,TBZ,09141234567\n' >"$TMP/s0.csv"
"$HAMYAR" --db "$T2" import donors "$TMP/s0.csv" >/dev/null 2>&1 && xfer2 "$T2" "$Q2" HQ
for e in "$T2:name:فاطمه میرزایی‌نژاد" "$Q2:mobile:09351112222" "$T2:name:فاطمه میرزایی‌فر" "$Q2:mobile:09351113333"; do
	d=${e%%:*}; rest=${e#*:}
	printf 'id,%s\nTBZ-1,%s\n' "${rest%%:*}" "${rest#*:}" >"$TMP/s1.csv"
	"$HAMYAR" --db "$d" import donors "$TMP/s1.csv" >/dev/null 2>&1
done
xfer2 "$T2" "$Q2" HQ
is "$("$HAMYAR" --lang en --db "$Q2" sync conflicts | grep -c '^donor TBZ-1 ')" 1 "two versions from TBZ, one conflict at HQ"
"$HAMYAR" --lang en --db "$Q2" sync conflicts | grep -q 'theirs="فاطمه میرزایی‌فر"'; ok $? "... with TBZ's newer name"
"$HAMYAR" --db "$Q2" sync resolve TBZ-1 theirs >/dev/null; ok $? "HQ keeps TBZ's version"
xfer2 "$Q2" "$T2" TBZ
is "$("$HAMYAR" --lang en --db "$T2" sync conflicts | grep -c '^donor')" 0 "TBZ has no conflict left once HQ's decision arrives"
is "$("$HAMYAR" --db "$T2" export donors)" "$("$HAMYAR" --db "$Q2" export donors)" "... and both hold the same donor"
"$HAMYAR" --db "$T2" export donors | grep -q ',فاطمه میرزایی‌فر,'; ok $? "... the name HQ decided on"
# A bundle to this database's own station is refused; to a station no key
# is trusted for (a mistyped code) it is written with a warning.
"$HAMYAR" --lang en --db "$T2" sync export --to tbz --out "$TMP/self.b" >/dev/null 2>"$TMP/err"
is $? 1 "sync export --to its own station: exit 1"
grep -q "TBZ is this database's own station: a bundle is made for another station, named with --to" "$TMP/err"; ok $? "... saying so"
[ ! -e "$TMP/self.b" ]; ok $? "... and writes nothing"
err=$("$HAMYAR" --db "$T2" sync export --to TBZ 2>&1 >/dev/null)
holds "$err" "TBZ ایستگاه خود این پایگاه داده است" "... in Persian, that TBZ is this database's own station"
"$HAMYAR" --lang en --db "$T2" sync export --to ZZZ --out "$TMP/zzz.b" >/dev/null 2>"$TMP/err"
ok $? "sync export --to a station not trusted: written"
grep -q 'warning: no key is trusted for ZZZ; check the station code' "$TMP/err"; ok $? "... with a warning"
done_testing
