# sync trust run by an auditor (read-only: SPEC §2, §11), as another real
# uid (nobody through setpriv; root only): refused for his role first,
# whatever the key text (none on standard input, a damaged one, a good
# one), exit 1, and nothing trusted.  Before, with no key or a damaged
# one, he was told «کلید عمومی هیچ ایستگاهی داده نشد…», as if a key were
# all he lacked.  An HQ user still hears what is wrong with the key.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "a database"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null; ok $? "nobody is an auditor"
M="$TMP/m"
"$HAMYAR" --db "$M" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
"$HAMYAR" --db "$M" sync key >"$TMP/key" 2>/dev/null; ok $? "MRD's key printed"
chmod 644 "$TMP/key"
au() { as_nobody "$BIN" --db "$DB" "$@"; }
WHO='فقط ستاد استان یا مدیر سامانه می‌تواند'

au sync trust MRD - </dev/null >/dev/null 2>"$TMP/err"; is $? 1 "no key on standard input: refused, exit 1"
grep -qF "$WHO" "$TMP/err"; ok $? "... for his role" || sed 's/^/# /' "$TMP/err"
grep -qF 'هیچ ایستگاهی' "$TMP/err"; is $? 1 "... not asked for a key"
echo 'MRD  not-a-key' | au sync trust - >/dev/null 2>"$TMP/err"; is $? 1 "a damaged key: refused, exit 1"
grep -qF "$WHO" "$TMP/err"; ok $? "... for his role" || sed 's/^/# /' "$TMP/err"
au sync trust - <"$TMP/key" >/dev/null 2>"$TMP/err"; is $? 1 "a good key: refused, exit 1"
grep -qF "$WHO" "$TMP/err"; ok $? "... for his role"
grep -qF 'hamyar sync trust MRD KEY' "$TMP/err"; ok $? "... naming the station for HQ to trust"
"$HAMYAR" --db "$DB" sync status 2>/dev/null | grep -q MRD; is $? 1 "nothing trusted"

"$HAMYAR" --db "$DB" sync trust MRD - </dev/null >/dev/null 2>"$TMP/err"; r=$?
[ $r -ne 0 ]; ok $? "the administrator with no key: refused (exit $r)"
grep -qF "$WHO" "$TMP/err"; is $? 1 "... not for a role"
[ -s "$TMP/err" ]; ok $? "... saying what is wrong with the key"
"$HAMYAR" --db "$DB" sync trust - <"$TMP/key" >/dev/null 2>&1; ok $? "the administrator trusts MRD's key"
done_testing
