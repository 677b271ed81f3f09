# `hamyar user remove root` run by a clerk was answered with the owner's
# rule («root مالک این پایگاه داده است ... نمی‌توان او را برداشت»), as if
# the clerk might remove other users; `user add root --role clerk` with
# "another role would not apply", and a login mistyped with its spelling
# rule.  Like the other verbs a clerk may not use (sync trust, ...), the
# role rule comes first: users are the administrator's to add, change or
# remove.  An auditor is told that he only reads.  Nothing is changed.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
ME=$(id -un)
"$HAMYAR" --db "$DB" init --station TBZ --name "ایستگاه تبریز" >/dev/null 2>&1; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county 'تبريز' >/dev/null 2>&1; ok $? "nobody is a Tabriz clerk"
"$HAMYAR" --db "$DB" user add ali.rezaei --role clerk --county TBZ >/dev/null 2>&1; ok $? "ali.rezaei is another"
before=$("$HAMYAR" --lang en --db "$DB" user list --all)
role_fa='افزودن، تغییر یا برداشتن کاربران فقط از مدیر پایگاه داده ساخته است.'

as_nobody "$BIN" --db "$DB" user remove "$ME" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: $role_fa" "user remove $ME (the owner) by a clerk: the role rule, exit 1"
grep -q 'مالک' "$TMP/err"; is $? 1 "... not the owner's rule"
as_nobody "$BIN" --lang en --db "$DB" user remove "$ME" >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: Only the database administrator can add, change or remove users." "... in English"
as_nobody "$BIN" --db "$DB" user remove ali.rezaei >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: $role_fa" "user remove of another clerk: the same"
as_nobody "$BIN" --db "$DB" user remove 'Ali.Rezaei' >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: $role_fa" "a login mistyped: the role rule, not its spelling"
as_nobody "$BIN" --db "$DB" user add "$ME" --role clerk --county TBZ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: $role_fa" "user add $ME --role clerk by a clerk: the role rule"
as_nobody "$BIN" --db "$DB" user add nobody --role admin >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: $role_fa" "making himself admin: the role rule"
is "$("$HAMYAR" --lang en --db "$DB" user list --all)" "$before" "nothing was changed"

# an auditor: he only reads
"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null 2>&1; ok $? "nobody is now an auditor"
as_nobody "$BIN" --db "$DB" user remove "$ME" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: حسابرس فقط می‌تواند بخواند؛ کاربران را مدیر پایگاه داده می‌افزاید و تغییر می‌دهد." "an auditor removing the owner: told he only reads"

# the administrator still hears the owner's rule
"$HAMYAR" --db "$DB" user add nobody --role admin >/dev/null 2>&1; ok $? "nobody is now an admin"
as_nobody "$BIN" --db "$DB" user remove "$ME" >/dev/null 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "1 hamyar: $ME مالک این پایگاه داده است" "an admin removing the owner: the owner's rule"
done_testing
