# `hamyar backup` is the administrator's (README "Backup and restore"):
# the copy holds every county's records, the users and the station's
# secret sync key, so a clerk (who reads his county only), HQ staff or an
# auditor is refused, told that the administrator (role admin) does it and
# what to ask of him, and no file, whole or part, is written.  A user
# given the admin role and the folder's owner back it up.  (Root only:
# the others are another real uid, through setpriv, as in
# tests/cli/sync_roles.sh.)
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	echo "# not root: skipped"
	ok 0 "skipped (needs root and setpriv)"
	done_testing
	exit $?
fi
T="$TMP/tbz"
"$HAMYAR" --db "$T" init --station TBZ --name "ایستگاه تبریز" >/dev/null 2>&1
printf 'kind,name,county,mobile\nperson,علی‌رضا کريمی,TBZ,۰۹۱۴۱۲۳۴۵۶۷\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor at Tabriz"
chgrp -R nogroup "$T" && chmod 2770 "$T"
mkdir "$TMP/usb" && chmod 777 "$TMP/usb"
as_other() { setpriv --reuid=65534 --regid=65534 --groups=65534 -- env HOME="$TMP" "$BIN" "$@"; }

for role in "clerk --county TBZ" "supervisor --county TBZ" hq auditor; do
	# shellcheck disable=SC2086
	"$HAMYAR" --db "$T" user add nobody --role $role >/dev/null
	r=${role%% *}
	as_other --db "$T" backup "$TMP/usb/b.mdb" >"$TMP/out" 2>"$TMP/err"
	is $? 1 "a $r's backup is refused (exit 1)"
	holds "$(cat "$TMP/err")" "فقط مدیر سامانه (نقش admin)" "... naming the role that may"
	holds "$(cat "$TMP/err")" "hamyar --db $T backup $TMP/usb/b.mdb" "... and what to ask of him"
	is "$(ls -A "$TMP/usb")" "" "... and nothing is written"
done
as_other --lang en --db "$T" backup "$TMP/usb/b.mdb" >"$TMP/out" 2>"$TMP/err"
holds "$(cat "$TMP/err")" "Only the administrator (role admin) can back up the database" "in English too"

"$HAMYAR" --db "$T" user add nobody --role admin >/dev/null
as_other --db "$T" backup "$TMP/usb/b.mdb" >"$TMP/out" 2>"$TMP/err"
is $? 0 "a user given the admin role backs it up"
"$HAMYAR" --db "$TMP/usb/b.mdb" export donors | grep -q 'علی‌رضا کریمی'; ok $? "... a copy that holds the donor"
"$HAMYAR" --db "$T" backup "$TMP/usb/b2.mdb" 2>"$TMP/err"; is $? 0 "the folder's owner backs it up"
done_testing
