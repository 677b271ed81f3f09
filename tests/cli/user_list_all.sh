# hamyar user list left out the users taken away with `user remove`: an
# administrator at HQ could not see who once had access (to add one back,
# or to answer an auditor).  The default output is unchanged (the users
# who may open the database, the same tab-separated columns); `--all`
# lists the removed ones too, every line ending in one more column, the
# state: «فعال» / «برداشته‌شده», "active" / "removed" under --lang en.
# In Persian the county's name column is there on every line under --all
# (empty for a user with no county), so the state is always the fifth.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
ME=$(id -un)
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" user add ali.rezaei --role clerk --county 'عجب‌شير' >/dev/null 2>&1; ok $? "ali.rezaei, a clerk of Ajabshir (typed with ZWNJ and Arabic yeh)"
"$HAMYAR" --db "$DB" user add maryam --role hq >/dev/null 2>&1; ok $? "maryam, HQ"
"$HAMYAR" --db "$DB" user add zahra_m --role supervisor --county TBZ >/dev/null 2>&1; ok $? "zahra_m, a supervisor of Tabriz"
before=$("$HAMYAR" --db "$DB" user list)
before_en=$("$HAMYAR" --lang en --db "$DB" user list)
"$HAMYAR" --db "$DB" user remove ali.rezaei >/dev/null; ok $? "ali.rezaei removed"
"$HAMYAR" --db "$DB" user remove maryam >/dev/null; ok $? "maryam removed"

# the default: as before, the active users only
out=$("$HAMYAR" --lang en --db "$DB" user list | sort)
is "$out" "$(printf '%s\tadmin\t\nzahra_m\tsupervisor\tTBZ\n' "$ME" | sort)" "user list: the active users only, three columns"
is "$("$HAMYAR" --db "$DB" user list | grep -c .)" 2 "... in Persian too"

# --all: everyone, the state last
out=$("$HAMYAR" --lang en --db "$DB" user list --all | sort)
exp=$(printf '%s\tadmin\t\tactive\nali.rezaei\tclerk\tAJB\tremoved\nmaryam\thq\t\tremoved\nzahra_m\tsupervisor\tTBZ\tactive\n' "$ME" | sort)
is "$out" "$exp" "user list --all under --lang en: the removed users too, 'active' or 'removed' in a fourth column"
out=$("$HAMYAR" --db "$DB" user list --all | sort)
exp=$(printf '%s\tمدیر سامانه\t\tهمهٔ شهرستان‌ها\tفعال\nali.rezaei\tکارشناس\tAJB\tعجب‌شیر\tبرداشته‌شده\nmaryam\tستاد استان\t\tهمهٔ شهرستان‌ها\tبرداشته‌شده\nzahra_m\tسرپرست\tTBZ\tتبریز\tفعال\n' "$ME" | sort)
is "$out" "$exp" "user list --all in Persian: «فعال» / «برداشته‌شده» in the fifth column"
is "$("$HAMYAR" --db "$DB" user list --all | awk -F '\t' 'NF != 5' | wc -l)" 0 "... on every line"

# added back: active again
"$HAMYAR" --db "$DB" user add maryam --role hq >/dev/null 2>&1; ok $? "maryam added back"
is "$("$HAMYAR" --lang en --db "$DB" user list --all | grep '^maryam')" "$(printf 'maryam\thq\t\tactive')" "user list --all: maryam active"

# the owner, not in the table: his line gets the state too
D2=$TMP/db2
"$HAMYAR" --db "$D2" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$D2" user add reza --role auditor >/dev/null 2>&1
"$HAMYAR" --db "$D2" user remove reza >/dev/null 2>&1
"$HAMYAR" --db "$D2" user remove "$ME" >/dev/null 2>&1
is "$("$HAMYAR" --lang en --db "$D2" user list --all | sort)" "$(printf '%s\tadmin\t\tactive\nreza\tauditor\t\tremoved\n' "$ME" | sort)" "another database: the owner active, the auditor removed"

# a wrong option is a usage error naming --all
"$HAMYAR" --db "$DB" user list --al >/dev/null 2>"$TMP/err"; is $? 2 "user list --al: usage error"
grep -qF 'user list [--all]' "$TMP/err"; ok $? "... the usage names --all"
"$HAMYAR" --db "$DB" user --help >"$TMP/out" 2>&1
grep -qF 'list [--all]' "$TMP/out"; ok $? "user --help names --all"
"$HAMYAR" --help >"$TMP/out" 2>&1
grep -qF 'list [--all]' "$TMP/out"; ok $? "hamyar --help names --all"
grep -q 'user list.*all' "$HAMYAR_SRC/hamyar.1"; ok $? "hamyar.1 names --all"
done_testing
