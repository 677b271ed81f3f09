# sync push [USER@]HOST when things go wrong in the field (SPEC §10): the
# connection drops while the bundle is on its way, the other machine has
# no hamyar or no database, the host cannot be reached.  HAMYAR_SSH is a
# stand-in for ssh that runs the remote command here (sync_push.sh tests a
# real sshd); host "cut" reads the start of the bundle and drops the line,
# as ssh does when the network goes (exit 255); host "down" is never
# reached.  Each failure must end with exit 3 (not a signal) and a Persian
# message naming the host and what to do, and mark nothing as delivered.
. "$HAMYAR_SRC/tests/lib.sh"

tbz_hq
# 2000 donors: a bundle far larger than a pipe holds, so the drop comes
# while hamyar is still writing
awk 'BEGIN { print "kind,name,county,mobile";
	split("علی‌رضا کريمی|زهرا محمدی|مهدی رضایی|فاطمه حسینی|محمدرضا نوری‌زاده", n, "|");
	for (i = 0; i < 2000; i++)
		printf "person,%s %d,TBZ,0914%07d\n", n[i % 5 + 1], i, i }' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "2000 donors at TBZ"

cat >"$TMP/ssh" <<'FAKE'
#!/bin/sh
[ "$1" = "--" ] && shift
host=$1
shift
case $host in
down) echo "ssh: connect to host down port 22: Connection refused" >&2; exit 255 ;;
esac
case "$*" in
*"sync import"*)
	if [ "$host" = cut ]; then
		head -c 100 >/dev/null
		echo "client_loop: send disconnect: Broken pipe" >&2
		exit 255
	fi ;;
esac
exec sh -c "$*"
FAKE
chmod +x "$TMP/ssh"
export HAMYAR_SSH="$TMP/ssh" HAMYAR_REMOTE="HAMYAR_DB=$Q $HAMYAR"

"$HAMYAR" --db "$T" sync push cut >"$TMP/out" 2>"$TMP/err"
is $? 3 "a push whose connection drops ends with exit 3, not killed by SIGPIPE"
err=$(cat "$TMP/err")
holds "$err" "ارتباط با cut هنگام فرستادن بسته قطع شد" "it says the connection to the host broke while sending"
holds "$err" "hamyar sync push cut" "and what to run once the network is back"
n=$("$HAMYAR" --db "$Q" export donors | wc -l)
is "$n" 1 "HQ holds nothing of the cut bundle (its header line only)"
"$HAMYAR" --lang en --db "$T" sync push ok >"$TMP/out" 2>"$TMP/err"; ok $? "the push again, the line up"
grep -q '^changes sent: 2000, to HQ (ok)' "$TMP/out"; ok $? "it sends all 2000 again: the cut push marked nothing as delivered"
n=$("$HAMYAR" --db "$Q" export donors | wc -l)
is "$n" 2001 "the 2000 donors reached HQ"

HAMYAR_REMOTE=/nonexistent/hamyar "$HAMYAR" --db "$T" sync push ok >"$TMP/out" 2>"$TMP/err"
is $? 3 "no hamyar on the other machine: exit 3"
err=$(cat "$TMP/err")
holds "$err" "همیار روی ok اجرا نشد" "it says hamyar could not be run there"
holds "$err" "HAMYAR_REMOTE" "and how to name the program"

HAMYAR_REMOTE="HAMYAR_DB=$TMP/none $HAMYAR" "$HAMYAR" --db "$T" sync push ok >"$TMP/out" 2>"$TMP/err"
is $? 3 "no database on the other machine: exit 3"
holds "$(cat "$TMP/err")" "hamyar init --station" "it says to make the database there (or set HAMYAR_DB)"

"$HAMYAR" --db "$T" sync push down >"$TMP/out" 2>"$TMP/err"
is $? 3 "a host that cannot be reached: exit 3"
err=$(cat "$TMP/err")
holds "$err" "با ssh به down نرسیدیم" "it says ssh could not reach the host"
holds "$err" "کلید میزبان" "and names what to check (network, name, login, host key)"
done_testing
