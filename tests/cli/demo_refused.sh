# demo by a user who may not write in every county (a clerk): refused as
# every refusal is, exit 1 and the sentence that says who may, not exit 3
# and "not allowed for this user"; nothing is written.
. "$HAMYAR_SRC/tests/lib.sh"
if ! second_uid; then
	echo "ok 1 - # SKIP needs root, setpriv and the nogroup group for a second uid"
	echo "1..1"; exit 0
fi
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county مرند >/dev/null; ok $? "nobody is a clerk of Marand"
before=$("$HAMYAR" --db "$DB" export all --format json)
as_nobody "$BIN" --db "$DB" demo --size 3 >/dev/null 2>"$TMP/err"; is $? 1 "a clerk's demo is refused with exit 1"
err=$(cat "$TMP/err")
holds "$err" "دادهٔ نمونه نوشته نشد" "saying the sample data was not written"
holds "$err" "فقط از" "and who may write there"
is "$("$HAMYAR" --db "$DB" export all --format json)" "$before" "nothing written"
"$HAMYAR" --db "$DB" user add nobody --role hq >/dev/null
as_nobody "$BIN" --db "$DB" demo --size 3 >/dev/null; ok $? "HQ may add it"
done_testing
