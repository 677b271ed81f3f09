# sync push [USER@]HOST (SPEC §10) end to end: the test starts its own sshd
# on 127.0.0.1 (a high port, its own host key and config, UsePAM no), logs
# in with a key made here, and checks that the bundle reached the database
# on the other side.  If sshd cannot run here the test fails and says why.
. "$HAMYAR_SRC/tests/lib.sh"

SSHD=$(command -v sshd 2>/dev/null || echo /usr/sbin/sshd)
SSHD_PID=""
cleanup() {
	[ -n "$SSHD_PID" ] && kill "$SSHD_PID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
why=""
[ -x "$SSHD" ] || why="sshd is not installed (openssh-server; tools/deps.sh installs it)"
command -v ssh >/dev/null 2>&1 || why="the ssh client is not installed (openssh-client)"
command -v ssh-keygen >/dev/null 2>&1 || why="ssh-keygen is not installed (openssh-client)"
if [ -n "$why" ]; then
	ok 1 "sync push needs an sshd to talk to: $why"
	done_testing
	exit 1
fi

T="$TMP/tbz" Q="$TMP/hq"
"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$Q" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$T" sync trust HQ "$("$HAMYAR" --db "$Q" sync key | tail -n 1)" >/dev/null
"$HAMYAR" --db "$Q" sync trust TBZ "$("$HAMYAR" --db "$T" sync key | tail -n 1)" >/dev/null
printf 'kind,name,county,mobile\nperson,علی‌رضا کریمی,TBZ,09141234567\norg,شرکت فولاد آذر,MRG,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors at TBZ"

me=$(id -un)
port=$((20000 + $$ % 20000))
ssh-keygen -q -t ed25519 -N '' -f "$TMP/hostkey" >/dev/null
ssh-keygen -q -t ed25519 -N '' -f "$TMP/id" >/dev/null
cp "$TMP/id.pub" "$TMP/authorized_keys"
chmod 700 "$TMP"; chmod 600 "$TMP/authorized_keys"
cat >"$TMP/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $TMP/hostkey
PidFile $TMP/sshd.pid
AuthorizedKeysFile $TMP/authorized_keys
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
AllowUsers $me
SetEnv HAMYAR_DB=$Q
CONF
cat >"$TMP/ssh_config" <<CONF
Host hq
	HostName 127.0.0.1
	Port $port
	IdentityFile $TMP/id
	IdentitiesOnly yes
	StrictHostKeyChecking no
	UserKnownHostsFile $TMP/known_hosts
	BatchMode yes
	LogLevel ERROR
CONF
# sshd wants its privilege-separation directory (made by the service).
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd 2>/dev/null
"$SSHD" -t -f "$TMP/sshd_config" 2>"$TMP/sshd.log"
if [ $? -ne 0 ]; then
	ok 1 "sshd accepts the test's config: $(tr '\n' ' ' <"$TMP/sshd.log")"
	done_testing
	exit 1
fi
"$SSHD" -D -e -f "$TMP/sshd_config" 2>>"$TMP/sshd.log" &
SSHD_PID=$!
up=1
i=0
while [ $i -lt 50 ]; do
	if ssh -F "$TMP/ssh_config" hq true 2>/dev/null; then up=0; break; fi
	kill -0 "$SSHD_PID" 2>/dev/null || break
	sleep 0.1; i=$((i + 1))
done
if [ $up -ne 0 ]; then
	ok 1 "sshd started on 127.0.0.1:$port and takes our key: $(tail -n 3 "$TMP/sshd.log" | tr '\n' ' ')"
	done_testing
	exit 1
fi
ok 0 "sshd listening on 127.0.0.1:$port"

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
