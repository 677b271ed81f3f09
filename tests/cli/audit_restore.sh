# A user removed and added back (SPEC §11: every change in the audit log):
# the entry of his return says so, "restore" (in Persian «دوباره فعال کرد»),
# where before it read "update user" with no field under it, so an auditor
# could not tell that the login had got its access back.  His removal is
# "deactivate"; a role changed on the way back is listed under its own
# entry.
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name "ایستگاه تبریز" >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" user add ali.rezaei --role clerk --county 'تبريز' >/dev/null; ok $? "ali.rezaei a Tabriz clerk"
"$HAMYAR" --db "$DB" user remove ali.rezaei >/dev/null; ok $? "removed"
"$HAMYAR" --db "$DB" user add ali.rezaei --role clerk --county TBZ >"$TMP/out"; ok $? "added back, same role"
grep -qF 'دوباره افزوده شد' "$TMP/out"; ok $? "... user add says he is back"
"$HAMYAR" --lang en --db "$DB" audit --id ali.rezaei >"$TMP/a"
grep -c '^1' "$TMP/a" | grep -qx 3; ok $? "three entries: created, removed, back"
sed -n '/^1/p' "$TMP/a" | sed 's/^[^ ]* [^ ]* //' >"$TMP/heads"
is "$(sed -n 2p "$TMP/heads")" "$(id -un) deactivate user \"ali.rezaei\"" "the removal: deactivate"
is "$(sed -n 3p "$TMP/heads")" "$(id -un) restore user \"ali.rezaei\"" "the return: restore (was update, with nothing under it)"
"$HAMYAR" --db "$DB" audit --id ali.rezaei | tail -n 2 | head -n 1 | grep -qF 'کاربر "ali.rezaei" را دوباره فعال کرد'
ok $? "in Persian: کاربر ... را دوباره فعال کرد"
is "$("$HAMYAR" --db "$DB" audit --id ali.rezaei | tail -n 1)" '  فعال: "خیر" -> "بله"' "... with its line فعال خیر -> بله, as by sync"
"$HAMYAR" --db "$DB" user remove ali.rezaei >/dev/null
"$HAMYAR" --db "$DB" user add ali.rezaei --role supervisor --county مرند >/dev/null; ok $? "removed again, back as a Marand supervisor"
"$HAMYAR" --lang en --db "$DB" audit --id ali.rezaei >"$TMP/a"
tail -n 5 "$TMP/a" | sed 's/^1[^ ]* [^ ]* //' >"$TMP/t"
is "$(cat "$TMP/t")" "$(printf '%s restore user "ali.rezaei"\n  active: "0" -> "1"\n%s update user "ali.rezaei"\n  role: "clerk" -> "supervisor"\n  county: "TBZ" -> "MRD"' "$(id -un)" "$(id -un)")" \
    "the return, then the role and county changed, field by field"
done_testing
