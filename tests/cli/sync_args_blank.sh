# sync's arguments as an administrator pastes or mistypes them.  A key
# copied from a message or a terminal with a space or tab around it was
# refused («« KEY » کلید عمومی یک ایستگاه نیست») though its 64 characters
# were right; now the blanks around it are dropped.  `sync push root@`
# (the host forgotten), `@host` and `a@b@c` ran ssh, which said "Could not
# resolve hostname", about a host never named; now they are refused as a
# bad host name (exit 2) and ssh is not run.
. "$HAMYAR_SRC/tests/lib.sh"

M="$TMP/mrd"
"$HAMYAR" --db "$M" init --station MRD >/dev/null 2>&1; ok $? "MRD"
H="$TMP/hq"
"$HAMYAR" --db "$H" init --station HQ >/dev/null 2>&1; ok $? "HQ"
key=$("$HAMYAR" --db "$M" sync key | tail -n 1)
"$HAMYAR" --db "$H" sync trust MRD " $key	" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/out" "$TMP/err")" "0 کلید MRD مورد اعتماد است" "a key pasted with a space before and a tab after: trusted"
holds "$("$HAMYAR" --lang en --db "$H" sync status)" "MRD:" "... MRD is in the status"
"$HAMYAR" --db "$H" sync trust MRD "$key" >/dev/null 2>&1; ok $? "the same key again, as typed: already trusted, exit 0"

# ssh, should it be run, leaves a mark
printf '#!/bin/sh\necho ran >"%s/ssh-ran"\nexit 255\n' "$TMP" >"$TMP/ssh"; chmod +x "$TMP/ssh"
for h in 'root@' '@hq.example' 'a@b@c' 'root@-oProxyCommand=x'; do
	HAMYAR_SSH="$TMP/ssh" "$HAMYAR" --db "$M" sync push "$h" >/dev/null 2>"$TMP/err"; rc=$?
	is "$rc $(cat "$TMP/err")" "2 hamyar: نام میزبان «$h» نادرست است" "sync push $h: a bad host name, exit 2"
done
[ ! -e "$TMP/ssh-ran" ]; ok $? "ssh was not run"
HAMYAR_SSH="$TMP/ssh" "$HAMYAR" --db "$M" sync push 'root@hq.example' >/dev/null 2>&1; is $? 3 "root@hq.example: taken, ssh run (and failing here)"
[ -e "$TMP/ssh-ran" ]; ok $? "... ssh was run"
done_testing
