# sync push [USER@]HOST (SPEC §10) end to end: the test starts its own sshd
# on 127.0.0.1 (a high port, its own host key and config, UsePAM no), logs
# in with a key made here, and checks that the bundle reached the database
# on the other side.  If sshd cannot run here the test fails and says why.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sshd.inc"
sshd_need

tbz_hq
printf 'kind,name,county,mobile\nperson,علی‌رضا کریمی,TBZ,09141234567\norg,شرکت فولاد آذر,MRG,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors at TBZ"

me=$(id -un)
chmod 700 "$TMP"
sshd_start $((20000 + $$ % 20000)) hq "SetEnv HAMYAR_DB=$Q"

export HAMYAR_SSH="ssh -F $TMP/ssh_config" HAMYAR_REMOTE="$HAMYAR"
"$HAMYAR" --db "$T" sync push hq >"$TMP/out" 2>"$TMP/err"; ok $? "sync push hq"
[ -s "$TMP/err" ] && sed 's/^/# /' "$TMP/err"
"$HAMYAR" --db "$Q" export donors >"$TMP/hq.csv"
grep -q '^TBZ-1,person,علی‌رضا کریمی,' "$TMP/hq.csv" && grep -q '^TBZ-2,org,شرکت فولاد آذر,' "$TMP/hq.csv"
ok $? "the donors reached HQ over ssh"
printf 'id,kind,name,county,mobile\nTBZ-1,person,علی‌رضا کریمی,TBZ,09149876543\n' >"$TMP/e.csv"
"$HAMYAR" --db "$T" import donors "$TMP/e.csv" >/dev/null
"$HAMYAR" --lang en --db "$T" sync push "$me@hq" >"$TMP/out" 2>&1; ok $? "sync push USER@HOST"
grep -q '^changes sent: 1, to HQ' "$TMP/out"; ok $? "the second push sends only the one new change"
"$HAMYAR" --db "$Q" export donors | grep -q '^TBZ-1,.*09149876543'; ok $? "the edit reached HQ"
"$HAMYAR" --db "$T" export donors >"$TMP/t.csv"
"$HAMYAR" --db "$Q" export donors >"$TMP/hq.csv"
cmp -s "$TMP/t.csv" "$TMP/hq.csv"; ok $? "TBZ and HQ export the same donors"
# An administrator's script pushing to stations read line by line: ssh must
# not swallow the rest of the list (each push must get its turn).
printf 'hq\nhq\nhq\n' | while read -r h; do
	"$HAMYAR" --lang en --db "$T" sync push "$h" 2>&1
done >"$TMP/loop"
is "$(grep -c '^changes sent: 0, to HQ (hq)' "$TMP/loop")" 3 "three station names read in a loop: three pushes"
# HQ refuses a station it does not trust: push fails with exit 1.
X="$TMP/xyz"
"$HAMYAR" --db "$X" init --station XYZ >/dev/null 2>&1
"$HAMYAR" --db "$X" import donors "$TMP/d.csv" >/dev/null
"$HAMYAR" --db "$X" sync push hq >/dev/null 2>&1; is $? 1 "a push from an untrusted station is refused"
# the other side's refusal, shown here, is in the pusher's language: ssh
# carries neither --lang nor HAMYAR_LANG, so the remote command is given it
# (before, it answered in Persian under --lang en)
"$HAMYAR" --lang en --db "$X" sync push hq >"$TMP/out" 2>"$TMP/err"; is $? 1 "... under --lang en too"
grep -qF 'bundle refused, nothing applied: no key is trusted here for station XYZ' "$TMP/err"; ok $? "... and HQ says why in English"
grep -qF 'بسته رد شد' "$TMP/err"; is $? 1 "... not in Persian"
HAMYAR_LANG=en "$HAMYAR" --db "$X" sync push hq >"$TMP/out" 2>"$TMP/err"
grep -qF 'bundle refused, nothing applied' "$TMP/err"; ok $? "HAMYAR_LANG=en here: HQ answers in English too"
"$HAMYAR" --lang fa --db "$X" sync push hq >"$TMP/out" 2>"$TMP/err"
grep -qF 'بسته رد شد و هیچ تغییری اعمال نشد' "$TMP/err" && grep -qF XYZ "$TMP/err"; ok $? "--lang fa: HQ answers in Persian"
"$HAMYAR" --db "$X" sync push 'hq;touch x' >/dev/null 2>&1; is $? 2 "a host name with shell characters is refused"
done_testing
