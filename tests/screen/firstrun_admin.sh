# The first start makes the database as `init` does: the login that made
# it is recorded as its admin, so `user list` names it as a user (not only
# as the folder's owner) and the users' list on screen holds it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

me=$(id -un)
D="$TMP/db"
scr_firstrun "$D" mrd
out=$("$HAMYAR" --lang en --db "$D" user list); ok $? "user list on the new database"
is "$out" "$(printf '%s\tadmin\t' "$me")" "the maker is listed as its admin, as after init"
# the same as a database made by init
"$HAMYAR" --db "$TMP/db2" init --station MRD --name 'ایستگاه مرند' >/dev/null
is "$out" "$("$HAMYAR" --lang en --db "$TMP/db2" user list)" "user list as after init"
"$HAMYAR" --lang en --db "$D" audit --id "$me" | grep -q "create user \"$me\""
ok $? "the audit log records the admin's record"
done_testing
