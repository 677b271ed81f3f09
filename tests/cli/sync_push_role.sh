# sync push to a login that may not receive bundles at the other station
# (a clerk there): the push is refused (exit 1, nothing sent, nothing
# applied), saying what is missing: a push is received only by a user of
# that database whose role is provincial HQ or administrator, how to give
# the login that role there or push as one that has it.  Before, push
# ended with exit 3 saying hamyar there could not say its station code and
# to make a database there (hamyar init --station), which was there.  Once
# the login has the HQ role the same push goes through; and such a login
# answers `sync status` (read only), so a push to a station whose new key
# has signed nothing here yet carries only what it lacks.  The test starts
# its own sshd on 127.0.0.1 (tests/cli/sshd.inc, as sync_push.sh); the login there
# runs hamyar as nobody (setpriv; root only).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sshd.inc"
if ! second_uid; then
	echo "# not root: skipped"
	ok 0 "skipped (needs root and setpriv)"
	done_testing
	exit $?
fi
sshd_need

tbz_hq
for d in "$T" "$Q"; do
	chgrp -R nogroup "$d" && chmod 2770 "$d" &&
	"$HAMYAR" --db "$d" user add "$(id -un)" --role admin >/dev/null || echo "# users of $d"
done
"$HAMYAR" --db "$Q" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a clerk at HQ"
printf 'kind,name,county,mobile\nperson,علی‌رضا کریمی,TBZ,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,۰۹۱۲۱۱۱۲۲۳۳\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors at TBZ"

me=$(id -un)
sshd_start $((20000 + ($$ + 7919) % 20000)) "hq tbz"

# the login on the other side runs hamyar as nobody, on the database named
as_login() {	# as_login DB: HAMYAR_REMOTE for nobody's hamyar on DB
	echo "HAMYAR_DB=$1 setpriv --reuid=65534 --regid=65534 --groups=65534 -- env HOME=$TMP $BIN"
}
export HAMYAR_SSH="ssh -F $TMP/ssh_config"
HAMYAR_REMOTE=$(as_login "$Q") "$HAMYAR" --db "$T" sync push hq >"$TMP/out" 2>"$TMP/err"
is $? 1 "a push to a clerk's login is refused (exit 1)"
err=$(cat "$TMP/err")
holds "$err" "اجازهٔ تبادل بستهٔ همگام‌سازی را در آنجا ندارد" "... saying the login there may not exchange bundles"
holds "$err" "نقشش ستاد استان یا مدیر باشد" "... which role it needs"
holds "$err" "hamyar user add LOGIN --role hq" "... how to give it"
holds "$err" "hamyar sync push USER@hq" "... or to push as a login that has it"
case $err in *"hamyar init --station"*) r=1 ;; *) r=0 ;; esac
ok $r "... not that a database is to be made there"
is "$("$HAMYAR" --db "$Q" export donors | wc -l)" 1 "nothing reached HQ"
HAMYAR_REMOTE=$(as_login "$Q") "$HAMYAR" --lang en --db "$T" sync push "$me@hq" >"$TMP/out" 2>"$TMP/err"
is $? 1 "under --lang en too"
holds "$(cat "$TMP/err")" "the login on $me@hq may not exchange sync bundles there" "... in English"
holds "$(cat "$TMP/err")" "hamyar sync push USER@hq" "... naming the host alone for another login"

"$HAMYAR" --db "$Q" user remove nobody >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" user add nobody --role hq >/dev/null 2>&1; ok $? "nobody made provincial HQ staff at HQ"
HAMYAR_REMOTE=$(as_login "$Q") "$HAMYAR" --lang en --db "$T" sync push hq >"$TMP/out" 2>"$TMP/err"; ok $? "the same push goes through"
grep -q '^changes sent: 2, to HQ (hq)' "$TMP/out"; ok $? "... with the two donors"
is "$("$HAMYAR" --db "$Q" export donors | wc -l)" 3 "... which reached HQ"

# HQ pushes to TBZ, whose key was made anew and trusted at HQ with
# --replace: TBZ's login, HQ staff there (not the administrator), answers
# sync status, so the push carries only what TBZ lacks, not everything
"$HAMYAR" --db "$T" user add nobody --role hq >/dev/null; ok $? "nobody is HQ staff at TBZ"
printf 'kind,name,county\nperson,رضا قاسمی,MRG\n' >"$TMP/q.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null &&
HAMYAR_REMOTE=$(as_login "$T") "$HAMYAR" --lang en --db "$Q" sync push tbz >"$TMP/out" 2>"$TMP/err" &&
HAMYAR_REMOTE=$(as_login "$Q") "$HAMYAR" --lang en --db "$T" sync push hq >"$TMP/out" 2>"$TMP/err"
ok $? "a donor at HQ pushed to TBZ, TBZ's acknowledgement pushed back"
"$HAMYAR" --db "$T" sync key --new >"$TMP/k" 2>/dev/null &&
"$HAMYAR" --db "$Q" sync trust TBZ "$(tail -n 1 "$TMP/k")" --replace >/dev/null 2>&1; ok $? "TBZ's key made anew, trusted at HQ with --replace"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/file" >/dev/null 2>&1
n=$(sed -n 's/^changes //p' "$TMP/file"); [ "${n:-0}" -ge 3 ]; ok $? "a file bundle for TBZ now carries everything ($n changes)"
HAMYAR_REMOTE=$(as_login "$T") "$HAMYAR" --lang en --db "$Q" sync push tbz >"$TMP/out" 2>"$TMP/err"; ok $? "HQ pushes to TBZ"
grep -q '^changes sent: 0, to TBZ (tbz)' "$TMP/out"; ok $? "... sending nothing: TBZ's login said how much it holds"
case $(cat "$TMP/err") in *"carries all of this database's changes"*) r=1 ;; *) r=0 ;; esac
ok $r "... with no note that it carries everything"

# TBZ's key made anew again, and a program at TBZ that cannot answer sync
# status (older than this one): the push carries everything, saying so,
# and says why it could not carry less (before, only the first)
"$HAMYAR" --db "$T" sync key --new >"$TMP/k" 2>/dev/null &&
"$HAMYAR" --db "$Q" sync trust TBZ "$(tail -n 1 "$TMP/k")" --replace >/dev/null 2>&1; ok $? "TBZ's key made anew again, trusted at HQ"
cat >"$TMP/older" <<OLD
#!/bin/sh
case "\$*" in *"sync status"*) echo "hamyar: usage: hamyar sync key | trust | export | import | push | conflicts | resolve" >&2; exit 2 ;; esac
exec "$BIN" "\$@"
OLD
chmod 755 "$TMP/older"
HAMYAR_REMOTE="HAMYAR_DB=$T setpriv --reuid=65534 --regid=65534 --groups=65534 -- env HOME=$TMP $TMP/older" \
"$HAMYAR" --db "$Q" sync push tbz >"$TMP/out" 2>"$TMP/err"; ok $? "HQ pushes to a TBZ whose program cannot answer sync status"
err=$(cat "$TMP/err")
holds "$err" "این بسته همهٔ تغییرهای این پایگاه داده" "... carrying everything, as it says"
holds "$err" "tbz نتوانست بگوید چه اندازه از فهرست تغییرهای این پایگاه داده را دارد" "... and that TBZ could not say how much it holds"
holds "$err" "hamyar sync status در آنجا با کد خروج 2 پایان یافت" "... what failed there, with its exit"
holds "$err" "برنامه‌ای قدیمی‌تر از این نسخه" "... and what to do about an older program"
done_testing
