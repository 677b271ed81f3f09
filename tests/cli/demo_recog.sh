# The sample data's ceremony (demo) honours donors with a contribution
# recorded (a pledge not cancelled), of Tabriz where it is held, as the
# program asks before honouring one with none: it honoured the first five
# donors made, whatever they gave, and their thank-you letters thanked
# them for a participation the database did not hold.
. "$HAMYAR_SRC/tests/lib.sh"

for size in 500 20; do
	D="$TMP/demo$size"
	"$HAMYAR" --db "$D" demo --size $size >/dev/null; ok $? "demo --size $size"
	# (--force: the second size's files take the first's place)
	"$HAMYAR" --db "$D" export recognitions --out "$TMP/r.csv" --force; ok $? "... its ceremonies exported"
	"$HAMYAR" --db "$D" export donors --out "$TMP/d.csv" --force
	"$HAMYAR" --db "$D" export pledges --out "$TMP/p.csv" --force
	ids=$(tr -d '\r' <"$TMP/r.csv" | sed 1d | cut -d, -f5)
	[ -n "$ids" ]; ok $? "... one of them honours donors ($ids)"
	bad=
	for id in $ids; do
		tr -d '\r' <"$TMP/p.csv" | awk -F, -v d="$id" '$2 == d && $9 != "cancelled" { f = 1 } END { exit !f }' ||
		    bad="$bad $id(no pledge)"
		tr -d '\r' <"$TMP/d.csv" | awk -F, -v d="$id" '$1 == d && $8 == "TBZ" { f = 1 } END { exit !f }' ||
		    bad="$bad $id(not of Tabriz)"
	done
	is "$bad" "" "... each with a pledge not cancelled, of Tabriz"
done
done_testing
