# A field-by-field decision on a conflict makes a record neither station
# wrote; its fields must still go together.  HQ turned a donor into an
# organisation (a legal id, no national id) while TBZ corrected the same
# donor's national id and mobile: taking TBZ's national id into HQ's
# organisation stored an organisation with a national id, which no form or
# import accepts.  Such a mixture is refused now, naming the field and the
# rule, nothing written and the conflict still open; a mixture that goes
# together (TBZ's mobile alone) is taken.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" >/dev/null
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
xfer() {	# xfer FROM TO PEER
	"$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b" 2>/dev/null &&
	"$HAMYAR" --db "$2" sync import "$TMP/b" >/dev/null
}
printf 'kind,name,county,national_id,mobile\nperson,بنیاد خيريه مهر‌آفرین,TBZ,0012345679,09141112233\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null && xfer "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
printf 'id,kind,national_id,legal_id\nTBZ-1,organization,,10101234565\n' >"$TMP/q.csv"
printf 'id,national_id,mobile\nTBZ-1,۱۳۶۰۰۰۰۰۱۱,۰۹۱۴ ۵۵۵ ۶۶۷۷\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null; ok $? "HQ makes it an organisation"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null; ok $? "TBZ corrects its national id and mobile"
xfer "$T" "$Q" HQ; ok $? "TBZ's bundle at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor TBZ-1 ')" 1 "one conflict waits at HQ"
"$HAMYAR" --db "$Q" export donors >"$TMP/before.csv"

err=$("$HAMYAR" --lang en --db "$Q" sync resolve TBZ-1 national_id 2>&1 >/dev/null); rc=$?
is "$rc" 1 "TBZ's national id into HQ's organisation: refused (exit 1)"
holds "$err" "National id (national_id): An organisation has a legal id, not a national id" "... naming the field and the rule"
"$HAMYAR" --db "$Q" export donors | cmp -s - "$TMP/before.csv"; ok $? "... nothing written"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor TBZ-1 ')" 1 "... and the conflict still waits"
err=$("$HAMYAR" --db "$Q" sync resolve TBZ-1 national_id 2>&1 >/dev/null)
holds "$err" "شخص حقوقی شناسه ملی دارد، نه کد ملی" "the same in Persian"

"$HAMYAR" --db "$Q" sync resolve TBZ-1 mobile >/dev/null; ok $? "TBZ's mobile alone into HQ's version: taken"
"$HAMYAR" --db "$Q" export donors | tr -d '\r' | grep -q '^TBZ-1,org,[^,]*,,10101234565,09145556677,'
ok $? "... an organisation with its legal id and TBZ's mobile"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no conflict left"
"$HAMYAR" --db "$Q" verify >/dev/null 2>&1; ok $? "verify passes"
done_testing
