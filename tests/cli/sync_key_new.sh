# A station's own sync key made anew (a backup holding the secret key was
# lost): `sync key --new` at TBZ replaces the key pair, audited, and says
# that every peer must trust the new key.  A bundle made before stays
# readable at HQ, which still trusts the old key; one made after is signed
# with the new key only and is refused at HQ, nothing applied, with words
# that TBZ's key has changed and must be trusted anew; once HQ trusts the
# new key (--replace) the same bundle applies.  Only the administrator may
# make a new key.  Before, `sync key --new` only printed the usage (exit 2).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
tbz_donors; ok $? "TBZ's two donors at HQ"
k0=$(key "$T")
printf 'kind,name,county,mobile\nperson,مهدی نوروزی,TBZ,09141112233\n' >"$TMP/d3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d3.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/old" >/dev/null 2>&1
ok $? "TBZ-3 typed at TBZ, a bundle for HQ made with the old key"

"$HAMYAR" --db "$T" sync key --new >"$TMP/out" 2>"$TMP/err"; is $? 0 "sync key --new at TBZ"
k1=$(tail -n 1 "$TMP/out")
is "$(head -n 1 "$TMP/out")" "ایستگاه TBZ" "... prints the station's line, as sync key does"
[ ${#k1} -eq 64 ] && [ "$k1" != "$k0" ]; ok $? "... and a new key, not the old one"
is "$(key "$T")" "$k1" "sync key prints the new key from now on"
grep -q 'کلید همگام‌سازی تازه' "$TMP/err" && grep -q 'hamyar sync trust TBZ KEY --replace' "$TMP/err"
ok $? "... saying in Persian that every peer must trust the new key, and how"
grep -q 'از این پس' "$TMP/err"; ok $? "... and that bundles from now on are signed with it"
"$HAMYAR" --lang en --db "$T" audit >"$TMP/a"
grep -q "set setting \"sync.key.public\"" "$TMP/a" && grep -q "\"$k0\" -> \"$k1\"" "$TMP/a"
ok $? "the audit log has the key's change, old key and new"
grep -q 'sync.key.secret' "$TMP/a"; r=$?; [ $r -ne 0 ]; ok $? "... never the secret key"

"$HAMYAR" --db "$Q" sync import "$TMP/old" >/dev/null 2>&1; ok $? "the bundle made before still imports at HQ (old key trusted)"
is "$(field "$Q" TBZ-3 name)" "مهدی نوروزی" "... TBZ-3 at HQ"

printf 'id,notes\nTBZ-1,یادداشت پس از کلید تازه\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/new" >/dev/null 2>&1; ok $? "TBZ-1 edited, a bundle made after"
grep -q "^key $k1\$" "$TMP/new" && ! grep -q "$k0" "$TMP/new"; ok $? "... signed with the new key: the old one no longer signs"
"$HAMYAR" --db "$Q" export donors --format json >"$TMP/q0"
"$HAMYAR" --db "$Q" sync import "$TMP/new" >/dev/null 2>"$TMP/err"; is $? 1 "HQ, trusting only the old key, refuses it (exit 1)"
grep -q 'هیچ تغییری اعمال نشد' "$TMP/err" && grep -q 'کلید ایستگاه TBZ عوض شده است' "$TMP/err"
ok $? "... saying nothing was applied and that TBZ's key has changed"
grep -q 'از نو مورد اعتماد' "$TMP/err" && grep -q 'hamyar sync trust TBZ KEY --replace' "$TMP/err"
ok $? "... and that it must be trusted anew, and how"
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/new" >/dev/null 2>"$TMP/err"
grep -q 'the key of station TBZ has changed' "$TMP/err"; ok $? "English too"
"$HAMYAR" --db "$Q" export donors --format json >"$TMP/q1"
cmp -s "$TMP/q0" "$TMP/q1"; ok $? "HQ unchanged"
[ -z "$(field "$Q" TBZ-1 notes)" ]; ok $? "... no note on TBZ-1 there"

"$HAMYAR" --db "$Q" sync trust TBZ "$k1" --replace >/dev/null 2>&1; ok $? "HQ trusts TBZ's new key"
"$HAMYAR" --db "$Q" sync import "$TMP/new" >/dev/null 2>&1; ok $? "the bundle now imports"
is "$(field "$Q" TBZ-1 notes)" "یادداشت پس از کلید تازه" "... its change applied"

if second_uid; then
	chgrp -R nogroup "$T" && chmod 2770 "$T"
	"$HAMYAR" --db "$T" user add "$(id -un)" --role admin >/dev/null
	"$HAMYAR" --db "$T" user add nobody --role hq >/dev/null; ok $? "nobody is HQ staff at TBZ"
	as_hq() { setpriv --reuid=65534 --regid=65534 --groups=65534 -- env HOME="$TMP" "$BIN" "$@"; }
	as_hq --db "$T" sync key --new >"$TMP/out" 2>"$TMP/err"; is $? 1 "HQ staff's sync key --new is refused (exit 1)"
	grep -q 'فقط مدیر سامانه' "$TMP/err"; ok $? "... saying only the administrator may"
	is "$(cat "$TMP/out")" "" "... printing no key"
	is "$(key "$T")" "$k1" "... and the key is unchanged"
	"$HAMYAR" --db "$T" user add nobody --role clerk --county TBZ >/dev/null 2>&1 ||
	    "$HAMYAR" --db "$T" user remove nobody >/dev/null 2>&1 &&
	    "$HAMYAR" --db "$T" user add nobody --role clerk --county TBZ >/dev/null 2>&1
	as_hq --lang en --db "$T" sync key --new >/dev/null 2>"$TMP/err"; is $? 1 "a clerk's is refused too"
	grep -q 'Only the administrator can make a new sync key' "$TMP/err"; ok $? "... in English too"
	is "$(key "$T")" "$k1" "... key unchanged"
else
	echo "# not root: the non-admin checks skipped"
fi
done_testing
