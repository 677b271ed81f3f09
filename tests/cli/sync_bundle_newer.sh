# A bundle whose first line names a later format ("hamyar-bundle 3", made
# by a newer program) is refused, nothing applied, with words saying so and
# what to do: install the same version as the sending station.  Before, it
# was "not a sync bundle, or it is damaged; ask for a new one", which a new
# one from the same program would not mend.  A first line neither this
# program's nor a later one's is still "not a sync bundle".
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,mobile\nperson,علی‌رضا كريمي,TBZ,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,۰۹۱۲۱۱۱۲۲۳۳\n' >"$TMP/t.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1; ok $? "TBZ registers two donors (one typed with Arabic ي/ك)"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b" >/dev/null 2>&1; ok $? "TBZ's bundle for HQ"
before=$("$HAMYAR" --db "$Q" export donors | wc -l)
for v in 3 12; do
	sed "1s/^hamyar-bundle 2\$/hamyar-bundle $v/" "$TMP/b" >"$TMP/b$v"
	head -n 1 "$TMP/b$v" | grep -qx "hamyar-bundle $v"; ok $? "its first line made «hamyar-bundle $v»"
	"$HAMYAR" --lang en --db "$Q" sync import "$TMP/b$v" >"$TMP/out" 2>"$TMP/err"
	is $? 1 "version $v: refused, exit 1"
	grep -qF 'made by a newer version of Hamyar' "$TMP/err"; ok $? "... said made by a newer version"
	grep -qF 'install the same version here as at the station that made it' "$TMP/err"; ok $? "... and what to do"
	grep -qF 'nothing applied' "$TMP/err"; ok $? "... nothing applied"
done
is "$("$HAMYAR" --db "$Q" export donors | wc -l)" "$before" "HQ holds no donor more"
"$HAMYAR" --db "$Q" --lang fa sync import "$TMP/b3" >/dev/null 2>"$TMP/err"
grep -qF 'نسخهٔ تازه‌تری از همیار' "$TMP/err"; ok $? "in Persian: «نسخهٔ تازه‌تری از همیار»"

for first in 'hamyar-bundle 1x' 'hamyar-bundle 0' 'hamyar-bundles 3' 'hamyar-bundle 03'; do
	sed "1s/^hamyar-bundle 2\$/$first/" "$TMP/b" >"$TMP/bx"
	"$HAMYAR" --lang en --db "$Q" sync import "$TMP/bx" >/dev/null 2>"$TMP/err"
	is $? 1 "«$first»: refused, exit 1"
	grep -qF 'is not a sync bundle, or it is damaged' "$TMP/err"; ok $? "... as not a bundle"
done
"$HAMYAR" --db "$Q" sync import "$TMP/b" >/dev/null 2>"$TMP/err"; ok $? "the bundle as made: imported"
is "$("$HAMYAR" --db "$Q" export donors | wc -l)" "$((before + 2))" "... its two donors at HQ"
done_testing
