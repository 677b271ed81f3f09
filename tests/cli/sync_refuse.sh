# A bundle refused at `sync import` (SPEC §10) says, in Persian, what is
# wrong with it and what to do: an empty file, a copy cut short, a bundle
# made at this very station, one whose maker is not trusted here, one
# signed with a key other than the one trusted for its maker (a station
# installed afresh), one addressed to another station.  Every refusal
# applies nothing.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" >/dev/null
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
"$HAMYAR" --db "$M" sync trust HQ "$(key "$Q")" >/dev/null
printf 'kind,name,county\nperson,علی‌رضا کریمی,TBZ\n' >"$TMP/t.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/t2q.b" 2>/dev/null
"$HAMYAR" --db "$Q" sync export --to MRG --out "$TMP/q2m.b" 2>/dev/null
snap() { "$HAMYAR" --db "$1" export all --format json --out "$2" 2>/dev/null; }
snap "$Q" "$TMP/q0"; snap "$M" "$TMP/m0"

# refuse DB FILE: imports, exit status 1 expected, stderr in $TMP/err
refuse() { "$HAMYAR" ${LANGOPT:-} --db "$1" sync import "$2" >/dev/null 2>"$TMP/err"; echo $?; }

: >"$TMP/empty.b"
is "$(refuse "$Q" "$TMP/empty.b")" 1 "an empty file is refused"
grep -q 'empty.b' "$TMP/err" && grep -q 'خالی است' "$TMP/err"; ok $? "... the message names the file and says it is empty"
grep -q 'sync export' "$TMP/err"; ok $? "... and says to make the bundle again"

head -c 300 "$TMP/t2q.b" >"$TMP/cut.b"
is "$(refuse "$Q" "$TMP/cut.b")" 1 "a bundle cut short is refused"
grep -q 'ناقص' "$TMP/err" && grep -q 'TBZ' "$TMP/err"; ok $? "... the message says it is cut short and names its maker"
grep -q 'دوباره' "$TMP/err"; ok $? "... and says to copy it again"

is "$(refuse "$Q" "$TMP/q2m.b")" 1 "a bundle made here is refused"
grep -q 'همین ایستگاه' "$TMP/err" && grep -q 'MRG' "$TMP/err"; ok $? "... the message says it was made here, for MRG"
grep -q 'نپذیرفتن کلید\|مورد اعتماد نیست' "$TMP/err"; r=$?; [ $r -ne 0 ]; ok $? "... not that a key is untrusted"

is "$(refuse "$M" "$TMP/t2q.b")" 1 "a bundle from a station not trusted here is refused"
grep -q 'sync trust TBZ' "$TMP/err"; ok $? "... the message names the station and the sync trust to run"

"$HAMYAR" --db "$M" sync trust TBZ "$(key "$T")" >/dev/null
is "$(refuse "$M" "$TMP/t2q.b")" 1 "a bundle addressed to HQ is refused at MRG"
grep -q 'HQ' "$TMP/err" && grep -q 'sync export --to MRG' "$TMP/err"; ok $? "... the message names HQ and how to get one for MRG"

# TBZ installed afresh: a new key, which HQ has not been told about.
rm -rf "$T"; "$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/new.b" 2>/dev/null
is "$(refuse "$Q" "$TMP/new.b")" 1 "a bundle signed with a new key of TBZ is refused"
grep -q 'کلید دیگری' "$TMP/err" && grep -q -- 'sync trust TBZ .*--replace' "$TMP/err"
ok $? "... the message says the key differs and names sync trust --replace"

LANGOPT="--lang en"
refuse "$Q" "$TMP/empty.b" >/dev/null; grep -q 'is empty' "$TMP/err"; ok $? "English: empty"
refuse "$Q" "$TMP/cut.b" >/dev/null; grep -q 'cut short' "$TMP/err"; ok $? "English: cut short"
refuse "$Q" "$TMP/q2m.b" >/dev/null; grep -q 'made at this station' "$TMP/err"; ok $? "English: made here"
refuse "$Q" "$TMP/new.b" >/dev/null; grep -q 'another key' "$TMP/err"; ok $? "English: another key"
LANGOPT=

snap "$Q" "$TMP/q1"; snap "$M" "$TMP/m1"
cmp -s "$TMP/q0" "$TMP/q1" && cmp -s "$TMP/m0" "$TMP/m1"; ok $? "nothing applied from any refused bundle"
done_testing
