# sync resolve ID FIELD,...: a field named by its Persian label (as the
# listing shows it, «نشانی (address)») or mistyped is refused with the
# record's kind in the user's language and the names the verb takes, not
# "no field in a donor"; nothing is decided.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"

"$HAMYAR" --db "$T" sync trust MRG "$(key "$M")" >/dev/null &&
"$HAMYAR" --db "$M" sync trust TBZ "$(key "$T")" >/dev/null; ok $? "TBZ and MRG trust each other"
printf 'kind,name,county,national_id\nperson,مهدی نوروزی‌فر,TBZ,1360000011\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/b1" 2>/dev/null
"$HAMYAR" --db "$M" sync import "$TMP/b1" >/dev/null; ok $? "the donor reaches MRG"
printf 'id,address\nTBZ-1,تبریز، خیابان امام\n' >"$TMP/a.csv"
printf 'id,address\ntbz-1,مرند، میدان ساعت ۲\n' >"$TMP/b.csv"
"$HAMYAR" --db "$T" import donors "$TMP/a.csv" >/dev/null
"$HAMYAR" --db "$M" import donors "$TMP/b.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/b2" 2>/dev/null
"$HAMYAR" --db "$M" sync import "$TMP/b2" >/dev/null
listed=$("$HAMYAR" --db "$M" sync conflicts)
holds "$listed" "نشانی (address)" "MRG lists the address conflict"

err=$("$HAMYAR" --db "$M" sync resolve TBZ-1 نشانی 2>&1); rc=$?
is $rc 2 "a Persian label for FIELD: usage error"
holds "$err" "«نشانی» فیلدی از خیّر نیست" "the message names the kind in Persian"
holds "$err" "address" "and gives the names the verb takes"
case $err in *donor*) ok 1 "no English kind name in the Persian message"; echo "# $err" ;;
*) ok 0 "no English kind name in the Persian message" ;; esac
err=$("$HAMYAR" --lang en --db "$M" sync resolve TBZ-1 adress 2>&1)
holds "$err" "'adress' is not a field of a donor" "in English, the kind's name"
is "$("$HAMYAR" --db "$M" sync conflicts)" "$listed" "nothing decided"
"$HAMYAR" --db "$M" sync resolve TBZ-1 address >/dev/null; ok $? "the name resolves it"

done_testing
