# sync import into a database at its map size limit (HAMYAR_MAP_LIMIT, made
# small here; MDB_MAP_FULL): it said «بسته رد شد و هیچ تغییری اعمال نشد:
# پایگاه داده به سقف اندازه‌اش رسید ...», "refused", which reads as if the
# bundle were bad and sends the administrator to ask the station for a
# new one.  Now, as for a full disk, it says the bundle was not imported,
# nothing applied, why in the store's own words (the database reached its
# size limit: raise HAMYAR_MAP_LIMIT, README "When the database is full")
# and to import the same bundle again; once the limit is raised, it goes in.
. "$HAMYAR_SRC/tests/lib.sh"

M="$TMP/mrd"
"$HAMYAR" --db "$M" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
"$HAMYAR" --db "$M" demo --size 200 >/dev/null 2>&1; ok $? "a station with records"
"$HAMYAR" --db "$M" sync export --to HQ --out "$TMP/b.hsb" >/dev/null 2>&1; ok $? "MRD's bundle"
H="$TMP/hq"
export HAMYAR_MAP_INIT=256K HAMYAR_MAP_LIMIT=1M
"$HAMYAR" --db "$H" init --station HQ >/dev/null 2>&1; ok $? "HQ's database, its map limited to 1 MiB"
"$HAMYAR" --db "$H" sync trust MRD "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null; ok $? "HQ trusts MRD"
before=$("$HAMYAR" --db "$H" export all --format json | cksum)

"$HAMYAR" --db "$H" sync import "$TMP/b.hsb" >"$TMP/out" 2>"$TMP/err"
is $? 3 "the import at the map's limit: exit 3"
err=$(cat "$TMP/err")
grep -qF 'بسته رد شد' "$TMP/err"; is $? 1 "the bundle is not said to be refused: $err"
holds "$err" "بستهٔ MRD در $TMP/b.hsb وارد نشد و هیچ تغییری اعمال نشد: پایگاه داده به سقف اندازه‌اش رسید" "says it was not imported, nothing applied, the database at its size limit"
holds "$err" "HAMYAR_MAP_LIMIT" "... names the variable to raise"
holds "$err" "همین بسته را دوباره وارد کنید" "... and to import the same bundle again"
is "$(wc -c <"$TMP/out")" 0 "no count of changes on stdout"
is "$("$HAMYAR" --db "$H" export all --format json | cksum)" "$before" "nothing of the bundle is applied"
"$HAMYAR" --lang en --db "$H" sync import - <"$TMP/b.hsb" >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: the bundle from MRD in the standard input was not imported, nothing applied: the database reached its size limit: raise it with HAMYAR_MAP_LIMIT (README, \"When the database is full\"); then import the same bundle again: the bundle is sound." \
    "in English, from the standard input"

# the limit raised: the same bundle goes in
HAMYAR_MAP_LIMIT=64M "$HAMYAR" --db "$H" sync import "$TMP/b.hsb" >"$TMP/out" 2>"$TMP/err"
ok $? "with HAMYAR_MAP_LIMIT=64M the same bundle is imported: $(cat "$TMP/err")"
unset HAMYAR_MAP_INIT HAMYAR_MAP_LIMIT
is "$("$HAMYAR" --db "$H" export donors | cksum)" "$("$HAMYAR" --db "$M" export donors | cksum)" "HQ holds MRD's donors"
done_testing
