# hamyar audit --user LOGIN: the changes that login made (the auditor's
# "who did what"), alone or with --id and --since; before, the log could
# be narrowed by record and by day but not by who, and --user was a usage
# error.  A name that cannot be a login is a usage error naming it; a login
# with no changes says so on stderr.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
ME=$(id -un)
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
printf 'kind,name,county\nperson,مريم كاظمي‌نژاد,MRD\nperson,Ali رضایی 2,MRD\n' >"$TMP/d.csv"
chmod 644 "$TMP/d.csv"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county مرند >/dev/null; ok $? "nobody is a Marand clerk"
as_nobody "$BIN" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "the clerk imports two donors"
"$HAMYAR" --db "$DB" user add sara --role auditor >/dev/null; ok $? "the owner adds an auditor"

"$HAMYAR" --lang en --db "$DB" audit --user nobody >"$TMP/a"; ok $? "audit --user nobody"
is "$(grep -c '^1' "$TMP/a")" 2 "... two changes"
is "$(grep '^1' "$TMP/a" | grep -vc " nobody create donor ")" 0 "... both his donors' creation"
grep -qF 'name: (empty) -> "مریم کاظمی‌نژاد"' "$TMP/a"; ok $? "... with their fields"
"$HAMYAR" --lang en --db "$DB" audit --user "$ME" >"$TMP/b"
grep '^1' "$TMP/b" | grep -v " $ME " | grep -q .; is $? 1 "audit --user $ME: none of nobody's"
grep -q 'create user "sara"' "$TMP/b"; ok $? "... and his own, sara's creation"
"$HAMYAR" --lang en --db "$DB" audit --user nobody --id nobody >"$TMP/c" 2>"$TMP/err"
is "$(cat "$TMP/c")" "" "--user nobody --id nobody: the changes of nobody's record made by him: none"
grep -qF 'nobody' "$TMP/err"; ok $? "... and stderr says so"
"$HAMYAR" --lang en --db "$DB" audit --user "$ME" --id nobody | grep -c '^1' | grep -qx 1; ok $? "--user $ME --id nobody: his creation of nobody"
is "$("$HAMYAR" --lang en --db "$DB" audit --user nobody --since ۱۳۰۰/۰۱/۰۱ | grep -c '^1')" 2 "--user with --since an old day in Persian digits"
out=$("$HAMYAR" --lang en --db "$DB" audit --user nobody --since 1420/01/01 2>/dev/null); is "$out" "" "... and a day to come (1420/01/01): nothing"
"$HAMYAR" --db "$DB" audit --user sara >"$TMP/c" 2>"$TMP/err"; is $? 0 "a login who changed nothing: exit 0"
is "$(cat "$TMP/c")" "" "... nothing printed"
is "$(cat "$TMP/err")" "تغییری از sara ثبت نشده است" "... and stderr says so in Persian"
# With --since, the empty answer names the day: the owner's changes
# before it are not "none".  Before, it said «تغییری از root ثبت نشده است».
"$HAMYAR" --db "$DB" audit --user "$ME" --since ۱۴۲۰/۰۱/۰۱ >"$TMP/c" 2>"$TMP/err"; is $? 0 "--user $ME --since a day to come: exit 0"
is "$(cat "$TMP/c")" "" "... nothing printed"
is "$(cat "$TMP/err")" "تغییری از $ME در 1420/01/01 یا پس از آن ثبت نشده است" "... and stderr names the day (in ASCII digits)"
"$HAMYAR" --lang en --db "$DB" audit --user "$ME" --since 2040-03-21 2>&1 >/dev/null | grep -qxF "no changes recorded by $ME on or after 1419/01/02"; ok $? "... in English, a Gregorian day as the Jalali one"
"$HAMYAR" --db "$DB" audit --id sara --since 1420/01/01 2>&1 >/dev/null | grep -qxF "برای sara در 1420/01/01 یا پس از آن تغییری ثبت نشده است"; ok $? "--id sara --since: the same"
# A login that is no user: said so, exit 1 as user remove says it; not
# "no changes by ghost" as if ghost were a user who changed nothing.
"$HAMYAR" --db "$DB" audit --user ghost >"$TMP/c" 2>"$TMP/err"; is $? 1 "--user ghost (no such user): exit 1"
is "$(cat "$TMP/c")" "" "... nothing printed"
is "$(cat "$TMP/err")" "hamyar: کاربری به نام ghost در این پایگاه داده نیست" "... and stderr says there is no such user"
"$HAMYAR" --lang en --db "$DB" audit --user ghost --since 1400/01/01 >/dev/null 2>"$TMP/err"; is $? 1 "... with --since too"
is "$(cat "$TMP/err")" "hamyar: no user ghost in this database" "... in English"
"$HAMYAR" --db "$DB" user remove sara >/dev/null; ok $? "sara removed"
"$HAMYAR" --db "$DB" audit --user sara >/dev/null 2>"$TMP/err"; is $? 0 "a removed user is still one: no changes, exit 0"
is "$(cat "$TMP/err")" "تغییری از sara ثبت نشده است" "... as before"
# A login typed with capitals finds the user's changes, as a record id in
# lower case finds the record's: logins are lower case.
"$HAMYAR" --lang en --db "$DB" audit --id NOBODY >"$TMP/c" 2>/dev/null; ok $? "--id NOBODY"
grep -q 'create user "nobody"' "$TMP/c"; ok $? "... finds nobody's creation"
"$HAMYAR" --lang en --db "$DB" audit --id Sara | grep -c 'user "sara"' | grep -qx 2; ok $? "--id Sara: sara's creation and removal"
"$HAMYAR" --db "$DB" audit --user 'علی' >/dev/null 2>"$TMP/err"; is $? 2 "--user علی (no Unix login): usage error"
grep -qF 'علی' "$TMP/err"; ok $? "... naming it"
"$HAMYAR" --db "$DB" audit --user >/dev/null 2>&1; is $? 2 "--user without a login: usage error"
as_nobody "$BIN" --db "$DB" audit --user nobody >/dev/null 2>&1; is $? 1 "a clerk still cannot read the log, not even his own changes"
done_testing
