# export --headers fa: a CSV whose header row is the fields' Persian
# labels, as the forms show them (شناسه، نام، شهرستان ... فعال), for an
# analyst's sheet; import reads them back, so such an export imports into
# a fresh database identically.  The default stays English (SPEC §12).
# JSON's keys stay the English names: --headers fa with --format json is
# refused, as is a value other than en or fa.
. "$HAMYAR_SRC/tests/lib.sh"

A="$TMP/a" B="$TMP/b"
"$HAMYAR" --db "$A" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
"$HAMYAR" --db "$B" init --station HQ >/dev/null 2>&1; ok $? "init station HQ"
"$HAMYAR" --db "$A" demo --size 1 >/dev/null 2>&1; ok $? "demo data"
# a text a spreadsheet would take for a formula, and a deleted payment
printf 'kind,name,county,notes\nperson,زهرا احمدی‌نژاد,TBZ,=SUM(A1)\n' >"$TMP/d.csv"
"$HAMYAR" --db "$A" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor whose notes start with ="

"$HAMYAR" --db "$A" export donors --headers fa >"$TMP/dfa.csv"; ok $? "export donors --headers fa"
is "$(sed -n 1p "$TMP/dfa.csv" | tr -d '\357\273\277\r')" \
    "شناسه,نوع,نام,کد ملی,شناسه ملی,تلفن همراه,تلفن,شهرستان,نشانی,زمینه‌های علاقه‌مندی,توان مشارکت (ریال),معرفی‌شده از سوی,یادداشت‌ها,فعال" \
    "header: the Persian labels, in the fields' order"
is "$(head -c 3 "$TMP/dfa.csv" | od -An -tx1 | tr -d ' \n')" "efbbbf" "... with its BOM"
is "$(sed -n 1p "$TMP/dfa.csv" | od -An -c | tr -d ' \n' | tail -c 4)" '\r\n' "... and a CRLF"
"$HAMYAR" --db "$A" export donors --headers en >"$TMP/den.csv"; ok $? "--headers en"
"$HAMYAR" --db "$A" export donors >"$TMP/d0.csv"
cmp -s "$TMP/den.csv" "$TMP/d0.csv"; ok $? "... is the default"
is "$(sed -n 1p "$TMP/d0.csv" | tr -d '\357\273\277\r' | cut -d, -f1-3)" "id,kind,name" "the default header stays English"
is "$(sed 1d "$TMP/dfa.csv" | cut -d, -f1 | md5sum)" "$(sed 1d "$TMP/d0.csv" | cut -d, -f1 | md5sum)" "the rows are the same records either way"
# (their cells are Persian too under the Persian header: export_sheet_fa.sh)

# Round trip: export all --headers fa -> fresh database -> export all
"$HAMYAR" --db "$A" export all --headers fa --out "$TMP/fa" 2>/dev/null; ok $? "export all --headers fa --out DIR"
is "$(sed -n 1p "$TMP/fa/units.csv" | tr -d '\357\273\277\r')" "شناسه,نوع,نام,شهرستان,نشانی,فعال" "units.csv: Persian header"
is "$(sed -n 1p "$TMP/fa/payments.csv" | tr -d '\357\273\277\r')" "شناسه,مشارکت,تاریخ پرداخت,مبلغ (ریال),شمارهٔ رسید,فعال" "payments.csv: Persian header, فعال for a kind without an active field"
"$HAMYAR" --db "$B" import all "$TMP/fa" >"$TMP/out" 2>"$TMP/err"; ok $? "the Persian-header files import into a fresh database"
grep -q "هشدار" "$TMP/err"; is $? 1 "... without a warning"
"$HAMYAR" --db "$A" export all --out "$TMP/x1" 2>/dev/null
"$HAMYAR" --db "$B" export all --out "$TMP/x2" 2>/dev/null
"$HAMYAR" --db "$B" export all --headers fa --out "$TMP/fa2" 2>/dev/null
r=0 r2=0
for k in groups donors units needs pledges payments stages recognitions; do
	cmp -s "$TMP/x1/$k.csv" "$TMP/x2/$k.csv" || { r=1; echo "# $k.csv differs"; }
	cmp -s "$TMP/fa/$k.csv" "$TMP/fa2/$k.csv" || { r2=1; echo "# fa $k.csv differs"; }
done
ok $r "export --headers fa -> import -> export: identical to the English export"
ok $r2 "... and to the Persian-header export"
grep -q "'=SUM(A1)" "$TMP/x2/donors.csv"; ok $? "the formula-like note came back as it was (its ' added on export)"

# refused: another value, or JSON
"$HAMYAR" --db "$A" export donors --headers ar >"$TMP/out" 2>"$TMP/err"
is $? 2 "--headers ar: a usage error"
holds "$(cat "$TMP/err")" "--headers یکی از en یا fa را می‌پذیرد، نه «ar»" "... naming what it takes"
"$HAMYAR" --lang en --db "$A" export donors --headers fa --format json >"$TMP/out" 2>"$TMP/err"
is $? 2 "--headers fa --format json: a usage error"
holds "$(cat "$TMP/err")" "--headers fa is for CSV" "... saying why"
is "$(wc -c <"$TMP/out")" 0 "... and nothing written"
done_testing
