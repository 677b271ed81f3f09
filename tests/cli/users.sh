# hamyar user add|list and audit (SPEC §11): the owner bootstraps the users
# table; roles, counties (code or Persian name) and usage errors; the audit
# log shows who changed which field from what to what.  As root, the same
# database is then used by another real uid (nobody, through setpriv): the
# file permissions, the users table, and environment variables that must
# not change who one is.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
ME=$(id -un)
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init a station database"
out=$("$HAMYAR" --lang en --db "$DB" user list); is "$out" "$(printf '%s\tadmin\t' "$ME")" "a new database lists its maker as admin"

"$HAMYAR" --db "$DB" user add ali >/dev/null 2>&1; is $? 2 "user add without --role is a usage error"
"$HAMYAR" --db "$DB" user add ali --role king 2>"$TMP/err" >/dev/null; is $? 2 "an unknown role is a usage error (a value --role does not take)"
grep -q "king" "$TMP/err"; ok $? "... and the message names it"
"$HAMYAR" --db "$DB" user add ali --role clerk >/dev/null 2>&1; is $? 2 "a clerk without --county is a usage error"
"$HAMYAR" --db "$DB" user add 'Ali!' --role hq >/dev/null 2>&1; is $? 1 "a login that is not a Unix name is refused"
"$HAMYAR" --db "$DB" user add ali --role clerk --county ناکجا >/dev/null 2>&1; is $? 2 "an unknown county is refused: a usage error, as an unknown role"
"$HAMYAR" --db "$DB" user add "$ME" --role clerk --county MRD >/dev/null 2>"$TMP/err"; is $? 1 "the owner is not recorded with a lower role"
grep -q "مالک این پایگاه داده است و همیشه مدیر آن است" "$TMP/err"; ok $? "... and is told he is always its administrator"
"$HAMYAR" --lang en --db "$DB" user list | grep -c . | grep -qx 1; ok $? "nothing was added by the refused commands"

"$HAMYAR" --db "$DB" user add ali --role clerk --county مرند >"$TMP/out" 2>/dev/null; ok $? "user add ali as a clerk of Marand (Persian county name)"
grep -qxF "کاربر ali افزوده شد: کارشناس مرند (MRD)" "$TMP/out"; ok $? "... confirmed by the county's Persian name and its code: $(tail -n 1 "$TMP/out")"
"$HAMYAR" --db "$DB" user add maryam --role hq >/dev/null; ok $? "user add maryam --role hq"
"$HAMYAR" --db "$DB" user add ali --role supervisor --county mrd >/dev/null; ok $? "user add again changes the role (county code in any case)"
out=$("$HAMYAR" --lang en --db "$DB" user list | sort)
exp=$(printf '%s\tadmin\t\nali\tsupervisor\tMRD\nmaryam\thq\t\n' "$ME" | sort)
is "$out" "$exp" "user list: login, role, county"

# The audit log: who, when (Jalali), record, field, old -> new.
"$HAMYAR" --lang en --db "$DB" audit --id ali >"$TMP/audit"; ok $? "audit --id ali"
grep -Eq "^1[34][0-9][0-9]/[01][0-9]/[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9] $ME create user \"ali\"\$" "$TMP/audit"; ok $? "the creation: Jalali date, time, who, action, record"
grep -qx '  role: "supervisor" -> "supervisor"' "$TMP/audit"; r=$?; [ $r -ne 0 ]; ok $? "no field is listed as changed to itself"
grep -qx '  role: "clerk" -> "supervisor"' "$TMP/audit"; ok $? "the change: field, old -> new"
grep -qx '  county: (empty) -> "MRD"' "$TMP/audit"; ok $? "the creation lists the new value of each field"
is "$(grep -c "^1" "$TMP/audit")" 2 "two changes of ali, none of anyone else"
"$HAMYAR" --lang en --db "$DB" audit --since 1300/01/01 | grep -c "create user" | grep -qx 3; ok $? "audit --since an old date: every user creation"
out=$("$HAMYAR" --lang en --db "$DB" audit --since 1500/01/01); is "$out" "" "audit --since a future date: nothing"
"$HAMYAR" --lang en --db "$DB" audit --since ۱۳۰۰/۰۱/۰۱ | grep -q "maryam"; ok $? "--since in Persian digits"
"$HAMYAR" --lang en --db "$DB" audit --since 1405/13/01 >/dev/null 2>&1; is $? 2 "--since a day that does not exist is a usage error"

# In Persian (the default) a role is named by its label, in English by the
# word --role takes.
"$HAMYAR" --db "$DB" user add sara --role auditor >"$TMP/out" 2>/dev/null; ok $? "user add sara --role auditor"
is "$(cat "$TMP/out")" "کاربر sara افزوده شد: حسابرس (همهٔ شهرستان‌ها)" "user add says the role in Persian (حسابرس), for every county (not a bare -)"
"$HAMYAR" --lang en --db "$DB" user add sara --role auditor >"$TMP/out" 2>/dev/null
is "$(cat "$TMP/out")" "user sara is already auditor (every county): nothing changed" "... and in English the word --role takes (the same role again: nothing changed)"
"$HAMYAR" --db "$DB" user add sara --role 'ناظر' >/dev/null 2>"$TMP/err"; is $? 2 "a role that is no role's label is refused (usage error)"
grep -q 'auditor (حسابرس)' "$TMP/err"; ok $? "... and the Persian message names each role with its Persian label"
"$HAMYAR" --db "$DB" user add sara --role 'حسابرس' >"$TMP/out" 2>/dev/null; ok $? "a role given by its Persian label is taken"
is "$("$HAMYAR" --db "$DB" user list | grep '^sara')" "$(printf 'sara\tحسابرس\t\tهمهٔ شهرستان‌ها')" "user list in Persian: the role's label, every county in words"
"$HAMYAR" --db "$DB" user remove sara >/dev/null; ok $? "user remove sara"

# A county given by its code (in any case) or its name (typed with an
# Arabic ي) is confirmed by its Persian name, so a code mistyped for a
# neighbour's shows at once; in English by its English name.
"$HAMYAR" --db "$DB" user add hoseyn --role clerk --county klb >"$TMP/out" 2>/dev/null; ok $? "user add hoseyn --county klb"
is "$(cat "$TMP/out")" "کاربر hoseyn افزوده شد: کارشناس کلیبر (KLB)" "... says Kaleybar by its Persian name"
"$HAMYAR" --db "$DB" user add hoseyn --role supervisor --county 'عجب‌شير' >"$TMP/out" 2>/dev/null; ok $? "user add hoseyn --county عجب‌شير (ZWNJ, Arabic yeh)"
is "$(cat "$TMP/out")" "کاربر hoseyn تغییر کرد: سرپرست عجب‌شیر (AJB)" "... says Ajabshir, spelt right"
"$HAMYAR" --lang en --db "$DB" user add hoseyn --role supervisor --county AJB >"$TMP/out" 2>/dev/null
is "$(cat "$TMP/out")" "user hoseyn is already supervisor Ajabshir (AJB): nothing changed" "... and in English its English name"
# user list: in Persian a fourth column names the county; under --lang en
# the three columns scripts read stay as they were.
is "$("$HAMYAR" --db "$DB" user list | grep '^hoseyn')" "$(printf 'hoseyn\tسرپرست\tAJB\tعجب‌شیر')" "user list in Persian: the county's code, then its name"
is "$("$HAMYAR" --db "$DB" user list | grep '^maryam')" "$(printf 'maryam\tستاد استان\t\tهمهٔ شهرستان‌ها')" "... and no code where there is no county (hq), every county said in words"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^hoseyn')" "$(printf 'hoseyn\tsupervisor\tAJB')" "user list under --lang en: login, role, county code only"
"$HAMYAR" --db "$DB" user remove hoseyn >/dev/null; ok $? "user remove hoseyn"

# user add again with the same role and county changes nothing: it says
# so, and writes nothing.  Before, it said «کاربر ali تغییر کرد».
"$HAMYAR" --db "$DB" user add reza --role clerk --county 'مرند' >/dev/null 2>&1; ok $? "user add reza, a Marand clerk"
nlog=$("$HAMYAR" --lang en --db "$DB" audit | grep -c '^1')
"$HAMYAR" --db "$DB" user add reza --role clerk --county mrd >"$TMP/out" 2>/dev/null; ok $? "the same again (the county by its code): exit 0"
is "$(cat "$TMP/out")" "کاربر reza از پیش کارشناس مرند (MRD) است: چیزی تغییر نکرد" "... says nothing changed, in Persian"
"$HAMYAR" --lang en --db "$DB" user add reza --role 'کارشناس' --county MRD >"$TMP/out" 2>/dev/null
is "$(cat "$TMP/out")" "user reza is already clerk Marand (MRD): nothing changed" "... and in English"
is "$("$HAMYAR" --lang en --db "$DB" audit | grep -c '^1')" "$nlog" "... and nothing reached the audit log"
"$HAMYAR" --db "$DB" user add reza --role clerk --county TBZ >"$TMP/out" 2>/dev/null
is "$(cat "$TMP/out")" "کاربر reza تغییر کرد: کارشناس تبریز (TBZ)" "another county is a change"
is "$("$HAMYAR" --lang en --db "$DB" audit | grep -c '^1')" "$((nlog + 1))" "... and is in the audit log"
"$HAMYAR" --db "$DB" user remove reza >/dev/null; ok $? "user remove reza"

# A lock file made again (a restored backup) under a strict umask keeps the
# group's read and write.
rm -f "$DB/lock.mdb"
(umask 077; "$HAMYAR" --lang en --db "$DB" user list >/dev/null)
is "$(stat -c %a "$DB/lock.mdb")" 660 "a new lock file is 0660 whatever the umask"

# ---- another real uid (root only: setpriv) ----
if ! second_uid; then
	echo "# not root: the second-user checks are skipped"
	done_testing
	exit $?
fi

as_nobody "$BIN" --db "$DB" user list >/dev/null 2>"$TMP/err"; is $? 3 "a uid outside the database's group cannot open it"
grp=$(stat -c %G "$DB")
grep -q "($grp)" "$TMP/err"; ok $? "... and is told which group the files belong to ($grp)"
as_nobody sh -c "cat '$DB/data.mdb' >/dev/null" 2>/dev/null; r=$?; [ $r -ne 0 ]; ok $? "nor read the files directly"

# Share it with nogroup, as a station shares it with its hamyar group.
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
as_nobody "$BIN" --db "$DB" user list >/dev/null 2>"$TMP/err"; is $? 1 "in the group but not in the users table: refused (exit 1, as every refusal)"
grep -q "hamyar user add nobody" "$TMP/err"; ok $? "... and told how to be added"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "the owner adds nobody as a Tabriz clerk"
out=$(as_nobody "$BIN" --lang en --db "$DB" user list | grep '^nobody'); is "$out" "$(printf 'nobody\tclerk\tTBZ')" "now nobody can use it"

# Raising one's role: refused, whatever the environment says.
as_nobody "$BIN" --db "$DB" user add nobody --role admin >/dev/null 2>"$TMP/err"; is $? 1 "a clerk cannot make himself admin"
grep -q "فقط از مدیر پایگاه داده" "$TMP/err"; ok $? "... and is told only the administrator can"
as_nobody env USER="$ME" LOGNAME="$ME" HOME=/root HAMYAR_USER="$ME" "$BIN" --db "$DB" user add nobody --role admin >/dev/null 2>&1
is $? 1 "USER, LOGNAME and HOME set to the owner's change nothing"
as_nobody env HAMYAR_DB="$DB" "$BIN" user add eve --role hq >/dev/null 2>&1; is $? 1 "nor does naming the database by HAMYAR_DB"
as_nobody "$BIN" --db "$DB" audit >/dev/null 2>"$TMP/err"; is $? 1 "a clerk may not read the audit log"
grep -q "حسابرس" "$TMP/err"; ok $? "... and is told who may"
out=$("$HAMYAR" --lang en --db "$DB" user list | grep -c .); is "$out" 4 "the users table is as the owner left it"
"$HAMYAR" --lang en --db "$DB" audit | grep -q " nobody "; r=$?; [ $r -ne 0 ]; ok $? "the refused attempts wrote nothing to the audit log"

# An auditor reads everything, the audit log too, and writes nothing.
"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null; ok $? "the owner makes nobody an auditor"
as_nobody "$BIN" --db "$DB" audit --id ali >/dev/null 2>&1; ok $? "an auditor reads the audit log"
printf 'name,kind,county\nکلانتری ۱۱,station,MRD\n' >"$TMP/u.csv"; chmod 644 "$TMP/u.csv"
as_nobody "$BIN" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>"$TMP/err"; r=$?
[ $r -ne 0 ]; ok $? "an auditor's import is refused"
grep -q "حسابرس فقط می‌تواند بخواند" "$TMP/err"; ok $? "... saying auditors only read"
"$HAMYAR" --db "$DB" export units | grep -q "کلانتری"; r=$?; [ $r -ne 0 ]; ok $? "... and nothing was written"

# Taking a login's access away, and giving it back.
as_nobody "$BIN" --db "$DB" user remove ali >/dev/null 2>&1; is $? 1 "an auditor cannot remove a user"
"$HAMYAR" --lang en --db "$DB" user list | grep -q '^ali'; ok $? "... ali is still there"
"$HAMYAR" --db "$DB" user remove nobody >"$TMP/out" 2>&1; ok $? "the owner removes nobody"
grep -q "برداشته شد" "$TMP/out"; ok $? "... and is told so in Persian"
as_nobody "$BIN" --db "$DB" user list >/dev/null 2>"$TMP/err"; is $? 1 "a removed login is refused"
grep -q "hamyar user add nobody" "$TMP/err"; ok $? "... and told how to be added again"
grep -q "مدیر آن برداشته است" "$TMP/err"; ok $? "... and that his access was taken away, not that he never was a user"
as_nobody "$BIN" --lang en --db "$DB" user list >/dev/null 2>"$TMP/err"
grep -q "was taken away by its administrator" "$TMP/err"; ok $? "... in English too"
"$HAMYAR" --lang en --db "$DB" user list | grep -q '^nobody'; r=$?; [ $r -ne 0 ]; ok $? "user list leaves the removed login out"
"$HAMYAR" --db "$DB" user remove nobody >/dev/null 2>&1; ok $? "removing it again is no error"
"$HAMYAR" --db "$DB" user remove zahra >/dev/null 2>"$TMP/err"; is $? 1 "removing a login that was never added: exit 1"
grep -q "zahra" "$TMP/err"; ok $? "... naming it"
"$HAMYAR" --db "$DB" user remove "$ME" >/dev/null 2>&1; is $? 1 "an admin cannot remove himself"
"$HAMYAR" --db "$DB" user remove 'Ali!' >/dev/null 2>&1; is $? 1 "nor a name that is no login"
"$HAMYAR" --db "$DB" user remove >/dev/null 2>&1; is $? 2 "user remove without a login: usage error"
"$HAMYAR" --lang en --db "$DB" audit --id nobody | grep -q 'deactivate user "nobody"'; ok $? "the removal is in the audit log"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county MRD >"$TMP/out" 2>/dev/null; ok $? "the owner adds nobody back"
grep -q "دوباره" "$TMP/out"; ok $? "... told it is added back"
out=$(as_nobody "$BIN" --lang en --db "$DB" user list | grep '^nobody'); is "$out" "$(printf 'nobody\tclerk\tMRD')" "nobody can use it again, with the new role and county"
"$HAMYAR" --db "$DB" verify >/dev/null; ok $? "the database verifies clean"

# A database of his own is his own: there he is the admin.
mkdir -m 777 "$TMP/home"
as_nobody "$BIN" --db "$TMP/home/mine" init --station OWN >/dev/null 2>&1; ok $? "nobody makes a database of his own"
as_nobody "$BIN" --db "$TMP/home/mine" user add nobody2 --role hq >/dev/null 2>&1; ok $? "... where he is the admin"
"$HAMYAR" --db "$TMP/home/mine" user list >/dev/null 2>&1; r=$?; [ $r -ne 0 ]; ok $? "... and root, not its owner nor in its table, is refused there"
done_testing
