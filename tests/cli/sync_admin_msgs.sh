# What an administrator types wrong while exchanging bundles on a USB
# stick (SPEC §10, README "Offline sync"), and what hamyar says: the
# stick's folder named instead of the bundle in it, a bundle addressed to
# the database's own station.  Each refusal names what to type instead.
. "$HAMYAR_SRC/tests/lib.sh"

U="$TMP/usb"
mkdir "$U"
tbz_hq
printf 'kind,name,county,mobile\nperson,علی‌رضا کريمی,TBZ,09141234567\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor at TBZ"
"$HAMYAR" --db "$T" sync export --to HQ --out "$U/tbz-1405-09-09.bundle" 2>/dev/null; ok $? "the bundle is on the stick"

"$HAMYAR" --db "$Q" sync import "$U" >"$TMP/out" 2>"$TMP/err"
is $? 2 "importing the stick's folder is a usage error"
err=$(cat "$TMP/err")
holds "$err" "$U یک پوشه است، نه بسته" "it says the name is a folder, not a bundle"
holds "$err" "hamyar sync import $U/FILE" "and how to name the bundle in it"
"$HAMYAR" --db "$Q" sync import "$U/tbz-1405-09-09.bundle" >/dev/null 2>&1; ok $? "the bundle itself imports"

"$HAMYAR" --db "$Q" sync export --to hq --out "$U/x" >"$TMP/out" 2>"$TMP/err"
is $? 1 "a bundle to the database's own station is refused (exit 1)"
err=$(cat "$TMP/err")
holds "$err" "HQ ایستگاه خود این پایگاه داده است" "it names the station as this database's own"
holds "$err" "با --to" "it says the station goes after --to"
holds "$err" ": TBZ)" "and lists the stations trusted here"
[ ! -e "$U/x" ]; ok $? "nothing is written"
done_testing
