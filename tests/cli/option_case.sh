# rank's first line names its method in capitals («به روش TOPSIS», as the
# ranking screen does), and the README writes CSV and JSON; an
# administrator who typed them back, rank --method TOPSIS or export
# --format JSON, was refused («--method یکی از topsis یا saw را می‌پذیرد،
# نه «TOPSIS»»).  Both are now taken in any case; other values are still
# refused, naming them.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "init"
{
	echo "id,kind,name,county"
	echo "TST-1,station,کلانتری ۱۲ تبريز,TBZ"
} >"$TMP/units.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-10,TST-1,equipment,دوربين‌های مداربسته ورودی,80000000,3,3,4000,1403/02/01,identified"
	echo "TST-11,TST-1,space,تعمیر سقف Block B,۱۲۰٬۰۰۰٬۰۰۰,4,5,3000,1402/11/01,approved"
} >"$TMP/needs.csv"
"$HAMYAR" --db "$DB" import units "$TMP/units.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/needs.csv" >/dev/null; ok $? "two needs"

for m in TOPSIS Saw; do
	low=$(printf '%s' "$m" | tr 'A-Z' 'a-z')
	"$HAMYAR" --lang en --db "$DB" rank --method "$m" >"$TMP/out" 2>"$TMP/err"; rc=$?
	is "$rc $(cat "$TMP/err")" "0 " "rank --method $m: taken"
	is "$(cat "$TMP/out")" "$("$HAMYAR" --lang en --db "$DB" rank --method "$low")" "... the same ranking as --method $low"
done
"$HAMYAR" --db "$DB" rank --method TOPSISS >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: --method یکی از topsis یا saw را می‌پذیرد، نه «TOPSISS»" "rank --method TOPSISS: refused, naming it"

"$HAMYAR" --db "$DB" export needs --format JSON >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "0 " "export --format JSON: taken"
is "$(cat "$TMP/out")" "$("$HAMYAR" --db "$DB" export needs --format json)" "... the same as --format json"
"$HAMYAR" --db "$DB" export needs --format Csv >"$TMP/out" 2>/dev/null; ok $? "export --format Csv: taken"
is "$(cat "$TMP/out")" "$("$HAMYAR" --db "$DB" export needs)" "... the same CSV"
"$HAMYAR" --db "$DB" export needs --format XLSX >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: --format یکی از csv یا json را می‌پذیرد، نه «XLSX»" "--format XLSX: refused, naming it"
done_testing
