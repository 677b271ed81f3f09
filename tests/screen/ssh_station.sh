# A shared station database reached over SSH (SPEC §11): a real sshd on
# 127.0.0.1 with its own config and host key (UsePAM no), test accounts
# with '*' passwords and keys made here, `ssh -t` sessions in tmux.
#   - a Marand clerk records in Marand; Tabriz is refused with a Persian
#     sentence naming who may; HQ sees the clerk's record;
#   - two sessions edit one record: the second save is told, nothing lost;
#   - the ssh client killed mid-form: the next login offers the draft;
#   - `hamyar audit --id` shows who changed which field from what to what;
#   - a clerk cannot become someone else or raise his role: environment,
#     flags, another --db, and the files themselves (0660, group only);
#   - ForceCommand gives a clerk account the program and nothing else.
# Root only (useradd, sshd); every account, process and file made here is
# removed at the end, also on failure.
. "$HAMYAR_SRC/tests/lib.sh"

SSHD=/usr/sbin/sshd
if [ "$(id -u)" -ne 0 ] || [ ! -x "$SSHD" ] || ! command -v ssh >/dev/null 2>&1 ||
    ! command -v tmux >/dev/null 2>&1 || ! command -v useradd >/dev/null 2>&1; then
	echo "1..0 # SKIP needs root, sshd, ssh, tmux and useradd"
	exit 0
fi

S=$(($$ % 100000))
G=hyg$S		# the station group (hamyar in the README)
GC=hyc$S	# clerk accounts that only ever get the program
U1=hya$S	# clerk of Marand, a normal account in the group
U2=hyb$S	# provincial HQ
U3=hyx$S	# an account outside the group
U4=hyf$S	# clerk of Marand, forced into the program (ForceCommand)
. "$HAMYAR_SRC/tests/screen/sessions.inc"
SSHD_PID=

cleanup() {
	$TM kill-server 2>/dev/null
	[ -n "$SSHD_PID" ] && kill "$SSHD_PID" 2>/dev/null
	for u in $U1 $U2 $U3 $U4; do
		pkill -KILL -u "$u" 2>/dev/null	# the accounts' own processes only
		userdel -f "$u" 2>/dev/null || { sleep 0.5; userdel -f "$u" 2>/dev/null; }
	done
	groupdel "$GC" 2>/dev/null
	groupdel "$G" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

chmod 755 "$TMP"
DB=$TMP/station
BIN=$TMP/bin/hamyar
mkdir -p "$TMP/bin" "$TMP/keys" "$TMP/home" && cp "$HAMYAR" "$BIN" && chmod 755 "$TMP/bin" "$BIN"

# ---- accounts ----
groupadd "$G" && groupadd "$GC"
r=0
for u in $U1 $U2 $U3 $U4; do
	useradd -M -d "$TMP/home/$u" -s /bin/sh "$u" || r=1
	usermod -p '*' "$u" || r=1		# no password, yet not locked
	mkdir -p "$TMP/home/$u" && chown "$u" "$TMP/home/$u" && chmod 700 "$TMP/home/$u"
done
usermod -a -G "$G" "$U1" && usermod -a -G "$G" "$U2" && usermod -a -G "$G,$GC" "$U4" || r=1
ok $r "test accounts and groups made"

# ---- the station database, as the README sets it up ----
install -d -o root -g "$G" -m 2770 "$DB"
"$BIN" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1 &&
"$BIN" --db "$DB" user add "$U1" --role clerk --county MRD >/dev/null &&
"$BIN" --db "$DB" user add "$U2" --role hq >/dev/null &&
"$BIN" --db "$DB" user add "$U4" --role clerk --county مرند >/dev/null
ok $? "station database made by root; users added"
is "$(stat -c '%a %G' "$DB")" "2770 $G" "the directory is 2770 and the station's group"
is "$(stat -c '%a %G' "$DB/data.mdb")" "660 $G" "data.mdb is 0660, the station's group"
is "$(stat -c '%a %G' "$DB/lock.mdb")" "660 $G" "lock.mdb is 0660, the station's group"

# ---- sshd on 127.0.0.1, a high port ----
ssh-keygen -q -t ed25519 -N '' -f "$TMP/hostkey" && ssh-keygen -q -t ed25519 -N '' -f "$TMP/id"
for u in $U1 $U2 $U3 $U4; do cp "$TMP/id.pub" "$TMP/keys/$u"; done
chmod 755 "$TMP/keys" && chmod 644 "$TMP/keys/"*
mkdir -p /run/sshd && chmod 755 /run/sshd
PORT=
for try in 1 2 3 4 5; do
	p=$((20000 + ($$ * 7 + try * 131) % 40000))
	cat >"$TMP/sshd_config" <<CFG
Port $p
ListenAddress 127.0.0.1
HostKey $TMP/hostkey
PidFile $TMP/sshd.pid
UsePAM no
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
AuthorizedKeysFile $TMP/keys/%u
AllowUsers $U1 $U2 $U3 $U4
AcceptEnv HAMYAR_LANG HAMYAR_BIDI USER LOGNAME HOME
Match Group $GC
	ForceCommand $BIN --db $DB
	AllowTcpForwarding no
	X11Forwarding no
CFG
	"$SSHD" -D -e -f "$TMP/sshd_config" 2>"$TMP/sshd.log" &
	SSHD_PID=$!
	i=0
	while [ $i -lt 50 ] && ! grep -qs "Server listening" "$TMP/sshd.log" && kill -0 "$SSHD_PID" 2>/dev/null; do
		sleep 0.1; i=$((i + 1))
	done
	if grep -qs "Server listening" "$TMP/sshd.log"; then PORT=$p; break; fi
	kill "$SSHD_PID" 2>/dev/null; SSHD_PID=
done
[ -n "$PORT" ]; ok $? "sshd listens on 127.0.0.1:$PORT"
[ -n "$PORT" ] || { sed 's/^/# /' "$TMP/sshd.log"; done_testing; exit 1; }

SSHOPTS="-i $TMP/id -p $PORT -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR -o ConnectTimeout=5"
# on USER COMMAND...: runs a command over ssh as USER.
on() { u=$1; shift; ssh $SSHOPTS "$u@127.0.0.1" "$@" </dev/null; }

is "$(on "$U1" id -un)" "$U1" "ssh as the clerk works"

# ---- a clerk of Marand records in Marand; Tabriz is refused ----
printf 'name,kind,county,address\nکلانتری ۱۱ مرند,station,MRD,خیابان امام\n' >"$TMP/mrd.csv"
printf 'name,kind,county\nپاسگاه‌ باسمنج,post,TBZ\n' >"$TMP/tbz.csv"
chmod 644 "$TMP"/*.csv
on "$U1" "$BIN --db $DB import units $TMP/mrd.csv" >/dev/null 2>&1; ok $? "the Marand clerk records a Marand unit over ssh"
on "$U1" "$BIN --db $DB import units $TMP/tbz.csv" >/dev/null 2>"$TMP/err"; r=$?
[ $r -ne 0 ]; ok $? "a Tabriz unit is refused (exit $r)"
grep -q "ثبت در شهرستان تبریز فقط از کارشناس یا سرپرست همان شهرستان یا ستاد استان ساخته است" "$TMP/err"
ok $? "... with a Persian sentence naming who may record there"
on "$U2" "$BIN --db $DB export units" >"$TMP/units.csv" 2>&1; ok $? "HQ exports the units over ssh"
grep -q "کلانتری" "$TMP/units.csv"; ok $? "HQ sees the clerk's unit"
grep -q "باسمنج" "$TMP/units.csv"; r=$?; [ $r -ne 0 ]; ok $? "the refused unit is not there"
on "$U2" "$BIN --db $DB import units $TMP/tbz.csv" >/dev/null 2>&1; ok $? "HQ may record in Tabriz"

# ---- the audit log ----
on "$U2" "$BIN --lang en --db $DB audit --id MRD-1" >"$TMP/audit" 2>&1; ok $? "HQ reads audit --id MRD-1"
grep -Eq "^1[34][0-9][0-9]/[0-9][0-9]/[0-9][0-9] [0-9:]{8} $U1 create unit \"MRD-1\"" "$TMP/audit"; ok $? "... the clerk created it, with the Jalali date and time"
grep -q '^  county: (empty) -> "MRD"$' "$TMP/audit"; ok $? "... field, old -> new"

# ---- becoming someone else, raising one's role ----
on "$U1" "USER=$U2 LOGNAME=$U2 HOME=$TMP/home/$U2 $BIN --db $DB import units $TMP/tbz.csv" >/dev/null 2>&1; r=$?
[ $r -ne 0 ]; ok $? "USER/LOGNAME/HOME of the HQ account do not let the clerk record in Tabriz"
ssh $SSHOPTS -o SetEnv="USER=$U2 LOGNAME=$U2" "$U1@127.0.0.1" "$BIN --db $DB user add $U1 --role hq" </dev/null >/dev/null 2>"$TMP/err"; r=$?
[ $r -ne 0 ]; ok $? "nor make himself hq (variables sent by the ssh client)"
grep -q "فقط از مدیر پایگاه داده" "$TMP/err"; ok $? "... told only the administrator can"
on "$U1" "HAMYAR_DB=$DB $BIN --lang en user add $U1 --role admin" >/dev/null 2>&1; r=$?
[ $r -ne 0 ]; ok $? "flags and HAMYAR_DB do not make him admin"
on "$U1" "$BIN --db $DB audit" >/dev/null 2>&1; r=$?; [ $r -ne 0 ]; ok $? "a clerk may not read the audit log"
n=$("$BIN" --db "$DB" export units | wc -l)
on "$U1" "$BIN --db $DB demo --size 2" >/dev/null 2>&1; r=$?; [ $r -ne 0 ]; ok $? "nor fill the station with sample data (demo)"
is "$("$BIN" --db "$DB" export units | wc -l)" "$n" "... nothing of it written"
on "$U1" "$BIN --db \$HOME/mine init --station OWN && $BIN --db \$HOME/mine user add $U2 --role hq" >/dev/null 2>&1
ok $? "a database of his own (--db ~/mine) is his, as admin (he adds users to it)"
out=$("$BIN" --lang en --db "$DB" user list | grep "^$U1")
is "$out" "$(printf '%s\tclerk\tMRD' "$U1")" "... and the station's table still says clerk of Marand"
n=$("$BIN" --lang en --db "$DB" audit | grep -c " $U1 ")
[ "$n" -eq 1 ]; ok $? "the station's audit log holds only the clerk's one real change ($n)"

# ---- the files: group only ----
on "$U3" "$BIN --db $DB export units" >/dev/null 2>"$TMP/err"; is $? 3 "an account outside the group cannot open the station database"
grep -q "($G)" "$TMP/err"; ok $? "... and is told the files belong to the station's group, by its real name ($G)"
on "$U3" "cat $DB/data.mdb" >/dev/null 2>&1; r=$?; [ $r -ne 0 ]; ok $? "... nor read the file"
on "$U3" "echo x >>$DB/data.mdb" >/dev/null 2>&1; r=$?; [ $r -ne 0 ]; ok $? "... nor write it"

# ---- ForceCommand: the program and nothing else ----
out=$(on "$U4" "cat /etc/hostname; id" 2>&1); r=$?
case "$out" in *uid=*) f=1 ;; *) f=0 ;; esac
[ $f -eq 0 ] && [ $r -ne 0 ]; ok $? "a forced clerk asking for a shell command gets the program instead (exit $r)"

# ---- TUI sessions in tmux: ssh -t as the forced clerk ----
TTYSSH="exec env TERM=xterm ssh -t $SSHOPTS -o SetEnv=HAMYAR_LANG=en\ HAMYAR_BIDI=app\ LANG=C.UTF-8 $U4@127.0.0.1"
$TM new-session -d -s keep "sleep 300"	# keeps the tmux server up between sessions
$TM new-session -d -s a -x 100 -y 30 "$TTYSSH"
wait_for a "Main menu"; ok $? "ssh -t: the clerk gets the full-screen program"
screen a | grep -q "User: $U4"; ok $? "... under his own login"

# Kill the ssh client in the middle of a new form.
$TM send-keys -t a 3
wait_for a "Records:" >/dev/null
$TM send-keys -t a F5
wait_for a "Unit: new" >/dev/null
$TM send-keys -t a Tab
$TM send-keys -t a -l "Post Twelve"
$TM send-keys -t a Tab
$TM send-keys -t a -l "MR"
sleep 0.3
kill -KILL "$($TM list-panes -t a -F '#{pane_pid}')" 2>/dev/null
# sshd hangs up on the session: wait for the program to save and go
i=0
while [ $i -lt 50 ] && pgrep -u "$U4" -x hamyar >/dev/null; do sleep 0.1; i=$((i + 1)); done
$TM kill-session -t a 2>/dev/null
$TM new-session -d -s c -x 100 -y 30 "$TTYSSH"
wait_for c "A form was left unsaved last time"; ok $? "the next login offers the draft"
$TM send-keys -t c y
wait_for c "Post Twelve"; ok $? "... with the name typed before the connection dropped"
screen c | grep -q "County.*MR"; ok $? "... and the county field's unfinished typing"

# Finish the form in Tabriz: the TUI's save goes through the same policy.
# (The resumed form has the cursor in the county field, where the typing
# stopped: back to the kind first.)
$TM send-keys -t c BTab BTab Space
wait_for c "Station" >/dev/null
$TM send-keys -t c Enter Tab Tab BSpace BSpace
$TM send-keys -t c -l "TBZ"
$TM send-keys -t c F2
i=0; got=
while [ $i -lt 50 ] && [ -z "$got" ]; do
	# said under the county field, over two rows
	screen c | grep -A1 "County" | grep -q "Error: Recording in Tabriz county can be done only by a clerk" && got=refused
	screen c | grep -q "Main menu" && got=saved	# saved: the resumed form went back to the menu
	sleep 0.1; i=$((i + 1))
done
[ "$got" = refused ]; ok $? "the TUI refuses to save a Tabriz unit, naming who may"
[ "$got" = refused ] || screen c | sed 's/^/# | /'
# the field now shows the county's name, "Tabriz": clear it all
$TM send-keys -t c BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
$TM send-keys -t c -l "MRD"
$TM send-keys -t c F2
wait_for c "Main menu" >/dev/null
"$BIN" --db "$DB" export units | grep -q "Post Twelve,MRD"; ok $? "... and saves it in Marand"
"$BIN" --lang en --db "$DB" audit | grep -q " $U4 create unit"; ok $? "... audited under the forced clerk's login"
$TM kill-session -t c 2>/dev/null

# Two sessions open the same unit; the first saves; the second is told.
for w in a b; do $TM new-session -d -s $w -x 100 -y 30 "$TTYSSH"; done
wait_for a "Main menu" >/dev/null && wait_for b "Main menu" >/dev/null
for w in a b; do $TM send-keys -t $w 3; done
wait_for a "Records:" >/dev/null && wait_for b "Records:" >/dev/null
for w in a b; do $TM send-keys -t $w -l "کلانتری"; done	# search: the Marand unit
wait_for a "MRD-1" >/dev/null && wait_for b "MRD-1" >/dev/null
for w in a b; do $TM send-keys -t $w Enter; done
wait_for a "Unit MRD-1" >/dev/null && wait_for b "Unit MRD-1" >/dev/null
# the fourth field is the address (kind, name, county, address)
for w in a b; do $TM send-keys -t $w Tab Tab Tab; done
$TM send-keys -t a -l " Saat Square"
$TM send-keys -t b -l " Beheshti Street"
$TM send-keys -t a F2
wait_for a "Search:" >/dev/null	# saved: back to the list
$TM send-keys -t b F2
# (refused; the form now holds the other save with this user's typing over
# it, and names the field both changed: screen/edit_meanwhile.sh)
wait_for b "someone else saved this record meanwhile, \"Address\" too"; ok $? "the second save is told of the conflict, naming the address"
out=$("$BIN" --db "$DB" export units | grep -c "Saat Square")
is "$out" 1 "the first save is kept"
"$BIN" --db "$DB" export units | grep -q "Beheshti"; r=$?; [ $r -ne 0 ]; ok $? "the second overwrote nothing"
$TM kill-session -t b

$TM kill-server 2>/dev/null

done_testing
