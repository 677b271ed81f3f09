# A record id given to a verb as a clerk types it with the Persian layout
# on (TBZ-۱, Persian digits; tbz-١, Arabic-Indic ones, lower case) or
# pastes it from a sheet (" TBZ-1	") is the record's id, for every verb
# that takes one: audit --id, match donor/need and sync resolve.  Before,
# audit --id took the blanks as part of the id («رکورد  TBZ-1 وجود
# ندارد», exit 1), and match and sync resolve, refusing an id there is
# no record for, quoted it made over (MRD-999 for MRD-۹۹۹ typed), not as
# typed; audit quotes what was typed, and so do they now.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"

"$HAMYAR" --db "$T" sync trust MRG "$(key "$M")" >/dev/null &&
"$HAMYAR" --db "$M" sync trust TBZ "$(key "$T")" >/dev/null; ok $? "TBZ and MRG trust each other"
printf 'kind,name,county,national_id,interests,capacity\nperson,مهدی نوروزی‌فر,TBZ,1360000011,equipment,500000000\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/b1" 2>/dev/null
"$HAMYAR" --db "$M" sync import "$TMP/b1" >/dev/null; ok $? "donor TBZ-1 reaches MRG"
printf 'id,address\nTBZ-1,تبریز، خیابان امام\n' >"$TMP/a.csv"
printf 'id,address\nTBZ-1,مرند، میدان ساعت ۲\n' >"$TMP/b.csv"
"$HAMYAR" --db "$T" import donors "$TMP/a.csv" >/dev/null
"$HAMYAR" --db "$M" import donors "$TMP/b.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/b2" 2>/dev/null
"$HAMYAR" --db "$M" sync import "$TMP/b2" >/dev/null
holds "$("$HAMYAR" --db "$M" sync conflicts)" "TBZ-1" "MRG has a conflict on TBZ-1"

# audit --id: each way of typing it lists TBZ-1's changes
"$HAMYAR" --db "$M" audit --id TBZ-1 >"$TMP/want" 2>&1; ok $? "audit --id TBZ-1"
for typed in 'TBZ-۱' 'tbz-١' ' TBZ-1	' '  tbz-۱ '; do
	"$HAMYAR" --db "$M" audit --id "$typed" >"$TMP/out" 2>&1; rc=$?
	is "$rc" 0 "audit --id '$typed': exit 0"
	cmp -s "$TMP/want" "$TMP/out"; ok $? "... the same changes as TBZ-1"
done
"$HAMYAR" --db "$M" audit --id " TBZ-۹۹ " >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: رکورد TBZ-۹۹ وجود ندارد" "audit --id ' TBZ-۹۹ ': no record, quoted as typed, without the blanks"
"$HAMYAR" --db "$M" audit --id ' ' >/dev/null 2>"$TMP/err"; is $? 2 "audit --id ' ': usage error"

# match: found in any digits and case; not found, quoted as typed
"$HAMYAR" --db "$M" match donor TBZ-1 >"$TMP/want" 2>&1
"$HAMYAR" --db "$M" match donor ' tbz-۱' >"$TMP/out" 2>&1
cmp -s "$TMP/want" "$TMP/out"; ok $? "match donor ' tbz-۱': the same answer as TBZ-1"
"$HAMYAR" --db "$M" match donor TBZ-۹۹۹ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: خیّری با شناسهٔ TBZ-۹۹۹ نیست" "match donor TBZ-۹۹۹: no donor, quoted as typed"
"$HAMYAR" --lang en --db "$M" match need ' tbz-٩٩ ' >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: no need tbz-٩٩" "match need ' tbz-٩٩ ' (English): no need tbz-٩٩"

# sync resolve: not found, quoted as typed; found in any digits and case
"$HAMYAR" --db "$M" sync resolve 'TBZ-۲' mine >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: تعارض بازی برای TBZ-۲ نیست" "sync resolve TBZ-۲: no open conflict, quoted as typed"
"$HAMYAR" --db "$M" sync resolve ' tbz-۱ ' mine >"$TMP/out" 2>"$TMP/err"; ok $? "sync resolve ' tbz-۱ ' mine: resolved ($(cat "$TMP/err"))"
holds "$(cat "$TMP/out")" "TBZ-1" "... saying which record"
case $("$HAMYAR" --db "$M" sync conflicts) in *TBZ-1*) ok 1 "no conflict left on TBZ-1" ;;
*) ok 0 "no conflict left on TBZ-1" ;; esac
done_testing
