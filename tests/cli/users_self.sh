# An administrator cannot take his own admin role away (SPEC §11: he would
# lock himself out of managing users): `user add HIMSELF --role X` by an
# admin who is not the owner is refused, as `user remove HIMSELF` is; before,
# it went through and he could no longer add or change users.  Another
# admin can change him.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name "ایستگاه تبریز" >/dev/null 2>&1; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role admin >/dev/null; ok $? "nobody is an admin (not the owner)"

as_nobody "$BIN" --db "$DB" user add nobody --role clerk --county تبريز >/dev/null 2>"$TMP/err"
is $? 1 "he makes himself a Tabriz clerk: refused (exit 1)"
grep -qF 'نمی‌توانید خودتان را بردارید یا نقش مدیر سامانه را از خودتان بگیرید' "$TMP/err"; ok $? "... saying so in Persian"
as_nobody "$BIN" --lang en --db "$DB" user add nobody --role auditor >/dev/null 2>"$TMP/err"
is $? 1 "he makes himself an auditor: refused"
grep -qF 'another administrator can' "$TMP/err"; ok $? "... in English: another administrator can"
as_nobody "$BIN" --lang en --db "$DB" user remove nobody >/dev/null 2>&1; is $? 1 "user remove himself: refused"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^nobody')" "$(printf 'nobody\tadmin\t')" "he is still an admin"
"$HAMYAR" --lang en --db "$DB" audit --id nobody | grep -c '^1' | grep -qx 1; ok $? "the audit log holds his creation only"
# The owner is admin whatever the table says: another admin removing him
# was told "that login can no longer open this database", which was untrue.
ME=$(id -un)
as_nobody "$BIN" --db "$DB" user remove "$ME" >"$TMP/out" 2>"$TMP/err"
is $? 1 "another admin removes the owner: refused (exit 1)"
grep -qF "$ME مالک این پایگاه داده است و همیشه مدیر آن است: نمی‌توان او را برداشت" "$TMP/err"; ok $? "... saying the owner is always its administrator"
grep -qF 'دیگر نمی‌تواند' "$TMP/out"; is $? 1 "... not that he can no longer open it"
"$HAMYAR" --lang en --db "$DB" audit --id "$ME" | grep -q 'deactivate'; is $? 1 "... and nothing of it in the audit log"
"$HAMYAR" --lang en --db "$DB" user list >/dev/null; ok $? "the owner still opens the database"
as_nobody "$BIN" --db "$DB" user add ali.rezaei --role supervisor --county مرند >/dev/null; ok $? "he still adds users"
as_nobody "$BIN" --db "$DB" user add nobody --role admin >/dev/null; ok $? "his own record as admin again: allowed"
"$HAMYAR" --db "$DB" user add nobody --role hq >/dev/null; ok $? "the owner (another admin) makes him hq"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^nobody')" "$(printf 'nobody\thq\t')" "... and he is hq"
done_testing
