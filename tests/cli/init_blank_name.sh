# `init --name ' '` made a station with a blank name: the title bar read
# «همیار — » and the letters named no station.  A name that normalises to
# nothing (spaces, a tab, a ZWNJ) is a usage error naming --name, and no
# database is made; a real name, or none at all, is still taken.
. "$HAMYAR_SRC/tests/lib.sh"

for blank in ' ' "$(printf '\t \342\200\214 ')"; do
	rm -rf "$TMP/db"
	"$HAMYAR" --db "$TMP/db" init --station TBZ --name "$blank" >"$TMP/out" 2>"$TMP/err"; rc=$?
	is "$rc $(cat "$TMP/err")" "2 hamyar: --name نام ایستگاه است و نمی‌تواند خالی باشد (برای ایستگاهی بی‌نام --name را ندهید)" \
	    "--name '$blank': refused, naming --name"
	[ ! -e "$TMP/db" ]; ok $? "... no database made"
done
"$HAMYAR" --db "$TMP/db" init --station TBZ --name '' >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: گزینهٔ --name مقدار می‌خواهد" "--name '': refused, naming --name (it needs a value)"
[ ! -e "$TMP/db" ]; ok $? "... no database made"
"$HAMYAR" --lang en --db "$TMP/db" init --station TBZ --name '  ' >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: --name is the station's name: it cannot be blank (leave --name out to give none)" "in English"
"$HAMYAR" --db "$TMP/db" init --station TBZ --name ' کلانتری ۱۱ تبریز ' >/dev/null 2>&1; ok $? "a real name with spaces around: taken"
rm -rf "$TMP/db2"
"$HAMYAR" --db "$TMP/db2" init --station MRD >/dev/null 2>&1; ok $? "no --name: taken"
done_testing
