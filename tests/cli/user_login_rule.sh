# A login that is not a Unix login name is refused with the rule it breaks,
# as the users' form says it under the login: a Persian name typed for the
# login (علی‌رضا, with its ZWNJ, or علي كريمي with Arabic ي/ك), capitals,
# 32 letters (the 31 in ASCII digits, as the CLI writes them).  Before,
# `user add`, `user remove` and `audit --user` said only «... نام کاربری
# یونیکس نیست», and the administrator was left to guess why.  Nothing is
# written.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ --name "ایستگاه تبریز" >/dev/null 2>&1; ok $? "init"
before=$("$HAMYAR" --lang en --db "$DB" user list --all)
nlog=$("$HAMYAR" --lang en --db "$DB" audit | wc -l)
rule='نام کاربری از حروف کوچک لاتین، رقم و «_» و «-» و «.» ساخته می‌شود و حداکثر 31 نویسه است'
long=$(printf 'a%.0s' $(seq 32))

for login in 'علی‌رضا' 'علي.كريمي' 'Ali' "$long"; do
	"$HAMYAR" --db "$DB" user add "$login" --role clerk --county TBZ >/dev/null 2>"$TMP/err"; rc=$?
	is "$rc $(cat "$TMP/err")" "1 hamyar: «$login» نام کاربری یونیکس نیست: $rule" "user add «$login»: refused with the rule, exit 1"
done
# An empty login is said to be empty, naming the field; before, the
# message began «» نام کاربری یونیکس نیست, an empty pair of quotes.
"$HAMYAR" --db "$DB" user add '' --role clerk --county TBZ >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: نام کاربری خالی است: $rule" "user add '': the login is empty, exit 1"
"$HAMYAR" --lang en --db "$DB" user remove '' >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: the login is empty: A login is lower-case letters, digits, '_', '-' or '.', at most 31" "user remove '' in English: the same"
"$HAMYAR" --db "$DB" user remove 'علی‌رضا' >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: «علی‌رضا» نام کاربری یونیکس نیست: $rule" "user remove: the same"
"$HAMYAR" --db "$DB" audit --user 'علي' >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: «علي» نام کاربری یونیکس نیست: $rule" "audit --user: the same (a usage error)"
"$HAMYAR" --lang en --db "$DB" user add 'Ali' --role hq >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: 'Ali' is not a Unix login name: A login is lower-case letters, digits, '_', '-' or '.', at most 31" "in English"
is "$("$HAMYAR" --lang en --db "$DB" user list --all)" "$before" "no user was written"
is "$("$HAMYAR" --lang en --db "$DB" audit | wc -l)" "$nlog" "nor an audit entry"
# 32 letters (useradd's limit) was taken, and the user stored under its
# first 31, a login nobody has: a user id holds 31 bytes, so 31 is the
# rule (the loop above refused 32), and a login of 31 is kept whole.
l31=${long#a}
"$HAMYAR" --db "$DB" user add "$l31" --role clerk --county TBZ >/dev/null 2>&1; ok $? "31 letters: taken"
is "$("$HAMYAR" --lang en --db "$DB" user list | cut -f1 | grep -c "^$l31\$")" 1 "31 letters: listed whole"
"$HAMYAR" --db "$DB" user add "$long" --role clerk --county TBZ >/dev/null 2>&1
is "$("$HAMYAR" --lang en --db "$DB" user list | cut -f1 | grep -c "^a*\$")" 1 "32 letters: no second user, none of its first 31"
done_testing
