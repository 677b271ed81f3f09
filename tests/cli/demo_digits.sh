# hamyar demo says what it added in a Persian sentence whose counts are in
# the digits a person reads (Persian, as the screens write numbers, SPEC §5
# «Numbers on screen»): «دادهٔ نمونه افزوده شد: ۵ گروه، ...».  Before, the
# counts were ASCII inside the Persian sentence («5 گروه»).  In ASCII for a
# user who chose ASCII digits, and under --lang en.
. "$HAMYAR_SRC/tests/lib.sh"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$D" demo --size 3 >"$TMP/out" 2>&1; ok $? "demo --size 3"
line=$(cat "$TMP/out")
holds "$line" "دادهٔ نمونه افزوده شد: " "the Persian sentence"
holds "$line" "، ۳ نیاز، " "... three needs in Persian digits"
! grep -q '[0-9]' "$TMP/out"; ok $? "... no ASCII digit in it"

"$HAMYAR" --lang en --db "$D" demo --size 3 >"$TMP/out" 2>&1; ok $? "demo --lang en"
holds "$(cat "$TMP/out")" ", 3 needs, " "--lang en: ASCII digits"

PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$D" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$D" demo --size 3 >"$TMP/out" 2>&1
line=$(cat "$TMP/out")
holds "$line" "، 3 نیاز، " "ASCII digits chosen: the counts in ASCII"
! grep -q '[۰۱۲۳۴۵۶۷۸۹]' "$TMP/out"; ok $? "... no Persian digit in it"
done_testing
