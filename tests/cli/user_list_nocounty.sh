# hamyar user list by a clerk whose user has no county (an older version
# let one be saved; tests/store/put_raw stands for it): a clerk lists his
# own county's users only, and with none he is listed no one.  Before, the
# list came out empty with no word why; now the standard error says that
# his account has no county and how the administrator sets it.  A clerk
# with a county is told nothing.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB" && chmod g+rw "$DB"/*
"$PUT" "$DB" --user nobody clerk; ok $? "nobody recorded as a clerk with no county"
"$HAMYAR" --db "$DB" user add mohammad-reza --role clerk --county مرند >/dev/null 2>&1; ok $? "a clerk of Marand"

as_nobody "$BIN" --db "$DB" user list >"$TMP/out" 2>"$TMP/err"; ok $? "nobody: user list, exit 0"
is "$(cat "$TMP/out")" "" "... lists no one"
holds "$(cat "$TMP/err")" "حساب شما (nobody، کارشناس) شهرستانی ندارد" "... and says his account has no county"
holds "$(cat "$TMP/err")" "فقط کاربران شهرستان خودش را می‌بیند" "... that a clerk sees his own county's users only"
holds "$(cat "$TMP/err")" "hamyar user add nobody --role clerk --county COUNTY" "... and how the administrator sets it"
as_nobody "$BIN" --lang en --db "$DB" user list --all >"$TMP/out" 2>"$TMP/err"; ok $? "in English, --all: exit 0"
is "$(cat "$TMP/out")" "" "... no one"
holds "$(cat "$TMP/err")" "your account (nobody, clerk) has no county" "... his account has no county"

"$HAMYAR" --db "$DB" user add nobody --role clerk --county MRD >/dev/null 2>&1; ok $? "the administrator gives nobody Marand"
as_nobody "$BIN" --db "$DB" user list >"$TMP/out" 2>"$TMP/err"; ok $? "nobody: user list"
grep -q '^mohammad-reza' "$TMP/out"; ok $? "... lists Marand's clerk"
is "$(cat "$TMP/err")" "" "... and says nothing more"
done_testing
