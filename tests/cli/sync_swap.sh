# Records that pass their national ids round at a station (two swapped
# back in one import file, three in a cycle) reach headquarters in one
# bundle: applied there as a whole, as the import was, every change counted
# as applied, no suspected duplicate listed, none said to have come settled
# from elsewhere, and both databases export the same records.  A real
# duplicate in the same bundle (the same person registered at HQ while
# apart) is still listed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"

r=0
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" >/dev/null || r=1
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null || r=1
ok $r "TBZ and HQ trust each other"
n=0
# xfer FROM TO PEER: a bundle, its summary (in English) into $TMP/sum
xfer() {
	n=$((n + 1))
	"$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b$n" >/dev/null 2>&1 &&
	"$HAMYAR" --lang en --db "$2" sync import "$TMP/b$n" >"$TMP/sum" 2>&1
}
same() {
	"$HAMYAR" --db "$1" export donors >"$TMP/x1"; "$HAMYAR" --db "$2" export donors >"$TMP/x2"
	cmp -s "$TMP/x1" "$TMP/x2"
}
nid() { "$HAMYAR" --db "$1" export donors | tr -d '\r' | awk -F, -v id="$2" '$1 == id { print $4 }'; }

cat >"$TMP/donors.csv" <<'CSV'
kind,name,county,national_id,mobile
person,مهدی نوروزی‌فر,TBZ,1360000011,09141112233
person,زهرا کریمی,TBZ,0012345679,
person,علی‌رضا کاظمی,MRG,1360000021,
person,فاطمه نوری‌زاده,MRD,1360000038,
person,حسین احمدی‌نژاد,TBZ,0023456787,
CSV
"$HAMYAR" --db "$T" import donors "$TMP/donors.csv" >/dev/null; ok $? "five donors at TBZ"
xfer "$T" "$Q" HQ; ok $? "... sent to HQ"
xfer "$Q" "$T" TBZ; ok $? "HQ's acknowledgement back at TBZ"

# At TBZ: TBZ-1 and TBZ-2 swapped; TBZ-3 -> TBZ-4's, TBZ-4 -> TBZ-5's,
# TBZ-5 -> TBZ-3's.  One import file, Persian header and digits.
cat >"$TMP/pass.csv" <<'CSV'
شناسه,کد ملی
TBZ-1,۰۰۱۲۳۴۵۶۷۹
TBZ-2,۱۳۶۰۰۰۰۰۱۱
TBZ-3,۱۳۶۰۰۰۰۰۳۸
TBZ-4,۰۰۲۳۴۵۶۷۸۷
TBZ-5,۱۳۶۰۰۰۰۰۲۱
CSV
"$HAMYAR" --db "$T" import donors "$TMP/pass.csv" >/dev/null 2>"$TMP/err"; r=$?
ok $r "TBZ: a swap and a cycle of three in one file"
[ $r -eq 0 ] || sed 's/^/# /' "$TMP/err"
xfer "$T" "$Q" HQ; ok $? "the bundle is accepted at HQ"
holds "$(cat "$TMP/sum")" "bundle from TBZ: changes: 5, applied: 5, already here: 0, conflicts: 0" \
    "... its five changes applied, none a conflict"
grep -q 'settled' "$TMP/sum"; is $? 1 "... none said to have come settled from elsewhere"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts)" "no conflicts" "... no suspected duplicate at HQ"
is "$(nid "$Q" TBZ-1) $(nid "$Q" TBZ-2) $(nid "$Q" TBZ-3) $(nid "$Q" TBZ-4) $(nid "$Q" TBZ-5)" \
    "0012345679 1360000011 1360000038 0023456787 1360000021" "... HQ holds the ids as TBZ has them"
same "$T" "$Q"; ok $? "... TBZ and HQ export the same donors"
"$HAMYAR" --db "$Q" verify >/dev/null 2>&1; ok $? "... verify passes at HQ"
printf 'kind,name,county,national_id\nperson,رضا کاظمی,TBZ,1360000038\n' >"$TMP/third.csv"
"$HAMYAR" --lang en --db "$Q" import donors "$TMP/third.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "the same value is held by TBZ-3" "... HQ's index names TBZ-3 for 1360000038"
xfer "$Q" "$T" TBZ; ok $? "HQ's acknowledgement back at TBZ"

# A second round: TBZ swaps TBZ-1 and TBZ-2 back and gives TBZ-3 a
# national id that HQ, meanwhile, registered for a new donor (the same
# person, registered twice while apart).  HQ lists that duplicate, and
# only it.
printf 'kind,name,county,national_id\nperson,رضا کاظمی‌نیا,TBZ,1622334450\n' >"$TMP/hq.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/hq.csv" >/dev/null 2>&1; ok $? "HQ registers HQ-1 with 1622334450"
sleep 0.01
printf 'id,national_id\nTBZ-1,1360000011\nTBZ-2,0012345679\nTBZ-3,1622334450\n' >"$TMP/back.csv"
"$HAMYAR" --db "$T" import donors "$TMP/back.csv" >/dev/null 2>"$TMP/err"; r=$?
ok $r "TBZ swaps TBZ-1 and TBZ-2 back and gives TBZ-3 1622334450"
[ $r -eq 0 ] || sed 's/^/# /' "$TMP/err"
xfer "$T" "$Q" HQ; ok $? "the bundle is accepted at HQ"
holds "$(cat "$TMP/sum")" "bundle from TBZ: changes: 3, applied: 2, already here: 0, conflicts: 1" \
    "... the swap applied, TBZ-3 a conflict"
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/conf"
is "$(grep -c '^donor .* duplicate$' "$TMP/conf")" 1 "... one suspected duplicate at HQ"
grep -q '^donor TBZ-3 .* duplicate$' "$TMP/conf" && grep -q '^  duplicate of HQ-1 (national_id)$' "$TMP/conf"
ok $? "... TBZ-3, a duplicate of HQ-1"
is "$(nid "$Q" TBZ-1) $(nid "$Q" TBZ-2) $(nid "$Q" TBZ-3)" "1360000011 0012345679 1622334450" \
    "... TBZ-1 and TBZ-2 swapped back at HQ"
"$HAMYAR" --db "$Q" verify >/dev/null 2>&1; ok $? "... verify passes at HQ"
done_testing
