# A ceremony's place is «مکان» wherever it is named, the Persian sheet's
# header too (export --headers fa; before, «محل», as the list's column
# was, while the ceremony's box asked «مکان:»), and a sheet exported
# before, headed «محل», still imports.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "a database"
printf 'شناسه,تاریخ برگزاری,عنوان,محل\nTBZ-5,1404/01/01,تجلیل از خیّرین دههٔ فجر,سالن اجتماعات فرمانداری\n' >"$TMP/old.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/old.csv" >/dev/null 2>"$TMP/err"; ok $? "a sheet headed «محل» imports" || sed 's/^/# /' "$TMP/err"
"$HAMYAR" --db "$DB" export recognitions --headers fa >"$TMP/out.csv"; ok $? "exported with Persian headers"
head -n 1 "$TMP/out.csv" | grep -qF ',مکان,'; ok $? "... the place headed «مکان»"
grep -qF 'سالن اجتماعات فرمانداری' "$TMP/out.csv"; ok $? "... the place read from «محل» kept"
printf 'شناسه,تاریخ برگزاری,عنوان,مکان\nTBZ-6,1404/01/02,مراسم دوم,تالار شهر\n' >"$TMP/new.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/new.csv" >/dev/null 2>&1; ok $? "a sheet headed «مکان» imports"
"$HAMYAR" --db "$DB" export recognitions | grep -qF 'تالار شهر'; ok $? "... its place kept"
done_testing
