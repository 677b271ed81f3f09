# A county clerk (not admin, not HQ) who tries to trust a station's key is
# refused with a message about trusting a key, naming who may and what to
# ask of them (not the words for exchanging bundles), and nothing changes:
# no key trusted, nothing in the audit log.  (Root only: the clerk is
# another real uid, through setpriv, as in tests/cli/users.sh.)
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	echo "# not root: skipped"
	ok 0 "skipped (needs root and setpriv)"
	done_testing
	exit $?
fi
T="$TMP/tbz" Q="$TMP/hq"
"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$Q" init --station HQ >/dev/null 2>&1
kq=$("$HAMYAR" --db "$Q" sync key | tail -n 1)
chgrp -R nogroup "$T" && chmod 2770 "$T"
"$HAMYAR" --db "$T" user add "$(id -un)" --role admin >/dev/null
"$HAMYAR" --db "$T" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"
as_clerk() { setpriv --reuid=65534 --regid=65534 --groups=65534 -- env HOME="$TMP" "$BIN" "$@"; }

as_clerk --db "$T" sync trust HQ "$kq" >/dev/null 2>"$TMP/err"; is $? 1 "a clerk's sync trust is refused (exit 1)"
grep -q 'کلید' "$TMP/err" && grep -q 'ستاد استان' "$TMP/err" && grep -q 'مدیر' "$TMP/err"
ok $? "... the message is about trusting a key and names who may"
grep -q "hamyar sync trust HQ" "$TMP/err"; ok $? "... and what to ask of them"
as_clerk --lang en --db "$T" sync trust HQ "$kq" >/dev/null 2>"$TMP/err"
grep -q "Only provincial HQ or the administrator can trust a station's key" "$TMP/err"; ok $? "English too"
"$HAMYAR" --lang en --db "$T" audit | grep -q 'sync.trust'; r=$?; [ $r -ne 0 ]; ok $? "no key trusted, nothing in the audit log"
as_clerk --lang en --db "$T" sync status >"$TMP/out" 2>"$TMP/err"; is $? 1 "a clerk's sync status is refused (exit 1)"
grep -q "Only provincial HQ or the administrator can see how far the exchange with each station has gone." "$TMP/err"
ok $? "... saying who may see it"
is "$(cat "$TMP/out")" "" "... and printing nothing of it"
"$HAMYAR" --lang en --db "$T" sync status >"$TMP/out" 2>&1; ok $? "the administrator's sync status"
as_clerk --db "$T" sync import /dev/null >/dev/null 2>"$TMP/err"; is $? 1 "a clerk's sync import is refused too"
grep -q 'بسته' "$TMP/err"; ok $? "... in the words for exchanging bundles"
done_testing
