# A record id typed loosely, as an administrator or an analyst types one
# over SSH: with zeros before its number (MRD-099, from a sheet that pads
# numbers, or «TBZ-۰۱» in Persian digits), or as its number alone (۱ or
# 503: this database's own station's record, the answer naming the id it
# took).  Before, both were refused: MRD-099 was «رکورد MRD-099 وجود
# ندارد», and a bare number was looked up as itself.  audit --id, match
# and sync resolve read ids alike (cli_id_arg, core_id_upper).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"

"$HAMYAR" --db "$T" sync trust MRG "$(key "$M")" >/dev/null &&
"$HAMYAR" --db "$M" sync trust TBZ "$(key "$T")" >/dev/null; ok $? "TBZ and MRG trust each other"
printf 'kind,name,county,national_id,interests,capacity\nperson,مهدی نوروزی‌فر,TBZ,1360000011,equipment,500000000\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "donor TBZ-1"

# audit --id: zeros before the number, a bare number in any digits
"$HAMYAR" --db "$T" audit --id TBZ-1 >"$TMP/want" 2>&1; ok $? "audit --id TBZ-1"
for typed in 'TBZ-01' 'tbz-۰۰۱' '1' '۱' '٠١' ' 001 '; do
	"$HAMYAR" --db "$T" audit --id "$typed" >"$TMP/out" 2>&1; rc=$?
	is "$rc" 0 "audit --id '$typed': exit 0"
	cmp -s "$TMP/want" "$TMP/out"; ok $? "... the same changes as TBZ-1"
done
"$HAMYAR" --db "$T" audit --id ۵۰۳ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: رکورد TBZ-503 وجود ندارد" "audit --id ۵۰۳: no record, named by the id tried, TBZ-503"
"$HAMYAR" --db "$T" audit --id 'TBZ-0x1' >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 1 "audit --id TBZ-0x1: still no record"

# match: the same
"$HAMYAR" --db "$T" match donor TBZ-1 >"$TMP/want" 2>&1; ok $? "match donor TBZ-1"
for typed in 'TBZ-001' '۱' ' 01'; do
	"$HAMYAR" --db "$T" match donor "$typed" >"$TMP/out" 2>&1; rc=$?
	is "$rc" 0 "match donor '$typed': exit 0"
	cmp -s "$TMP/want" "$TMP/out"; ok $? "... the same answer as TBZ-1"
done
"$HAMYAR" --db "$T" match need ۵۰۳ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: نیازی با شناسهٔ TBZ-503 نیست" "match need ۵۰۳: no need TBZ-503, the id tried"

# sync resolve: a conflict on TBZ-1 at MRG
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/b1" 2>/dev/null
"$HAMYAR" --db "$M" sync import "$TMP/b1" >/dev/null; ok $? "TBZ-1 reaches MRG"
printf 'id,address\nTBZ-1,تبریز، خیابان امام\n' >"$TMP/a.csv"
printf 'id,address\nTBZ-1,مرند، میدان ساعت ۲\n' >"$TMP/b.csv"
"$HAMYAR" --db "$T" import donors "$TMP/a.csv" >/dev/null
"$HAMYAR" --db "$M" import donors "$TMP/b.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/b2" 2>/dev/null
"$HAMYAR" --db "$M" sync import "$TMP/b2" >/dev/null
holds "$("$HAMYAR" --db "$M" sync conflicts)" "TBZ-1" "MRG has a conflict on TBZ-1"
"$HAMYAR" --db "$M" sync resolve 1 mine >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 1 "sync resolve 1 at MRG: MRG-1, no conflict there"
holds "$(cat "$TMP/err")" "MRG-1" "... the refusal names MRG-1, the id tried"
holds "$(cat "$TMP/err")" "TBZ-1" "... and suggests TBZ-1, the open conflict of that number"
"$HAMYAR" --db "$M" sync resolve 'TBZ-0۱' mine >"$TMP/out" 2>"$TMP/err"; ok $? "sync resolve TBZ-0۱ mine: resolved ($(cat "$TMP/err"))"
holds "$(cat "$TMP/out")" "TBZ-1" "... saying which record"

# At MRG, «۱» is MRG-1; the donor is TBZ-1: named, so the analyst retypes it
"$HAMYAR" --db "$M" match donor ۱ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: خیّری با شناسهٔ MRG-1 نیست؛ با همین شماره در ایستگاه‌های دیگر: TBZ-1" \
    "match donor ۱ at MRG: no MRG-1, TBZ-1 suggested"
"$HAMYAR" --db "$M" audit --id ۱ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: رکورد MRG-1 وجود ندارد؛ با همین شماره: TBZ-1" \
    "audit --id ۱ at MRG: no MRG-1, TBZ-1 suggested"
done_testing
