# hamyar user list: the administrator, HQ and an auditor work with every
# county (core/access.c), and the users screen says so in their county
# cell, «همهٔ شهرستان‌ها».  In Persian the list left the county blank
# for them, as if none were set (a clerk saved with none says «none: needs
# one»).  Now the county's name column says «همهٔ شهرستان‌ها» for them,
# the code column staying empty, so that a script reading the third
# column finds no code; under --lang en, the three columns scripts read,
# the county empty for every county, as before.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
ME=$(id -un)
"$HAMYAR" --db "$DB" init --station AHR --name 'ایستگاه اهر' >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" user add maryam --role hq >/dev/null 2>&1; ok $? "maryam, HQ"
"$HAMYAR" --db "$DB" user add reza.k --role auditor >/dev/null 2>&1; ok $? "reza.k, an auditor"
"$HAMYAR" --db "$DB" user add ali-reza --role clerk --county 'كليبر' >/dev/null 2>&1; ok $? "ali-reza, a clerk of Kaleybar (typed with Arabic kaf and yeh)"
"$HAMYAR" --db "$DB" user add zahra_m --role supervisor --county AHR >/dev/null 2>&1; ok $? "zahra_m, a supervisor of Ahar"

T=$(printf '\t')
ALL='همهٔ شهرستان‌ها'
out=$("$HAMYAR" --db "$DB" user list); ok $? "user list in Persian"
line() { printf '%s\n' "$out" | grep "^$1$T"; }
is "$(line "$ME")" "$ME${T}مدیر سامانه$T$T$ALL" "the administrator: every county, said as the users screen says it"
is "$(line maryam)" "maryam${T}ستاد استان$T$T$ALL" "HQ: every county"
is "$(line reza.k)" "reza.k${T}حسابرس$T$T$ALL" "an auditor: every county"
is "$(line ali-reza)" "ali-reza${T}کارشناس${T}KLB${T}کلیبر" "a clerk: his county's code and name, as before"
is "$(line zahra_m)" "zahra_m${T}سرپرست${T}AHR${T}اهر" "a supervisor: his county, as before"
is "$(printf '%s\n' "$out" | awk -F '\t' '$3 != "" && $3 !~ /^[A-Z]+$/' | wc -l)" 0 "the third column holds a county code or nothing"
is "$("$HAMYAR" --db "$DB" user list --all | awk -F '\t' -v all="$ALL" '$4 == all && $5 == "فعال"' | wc -l)" 3 "--all: every county in the fourth column, the state still fifth"

out=$("$HAMYAR" --lang en --db "$DB" user list | sort)
exp=$(printf '%s\tadmin\t\nali-reza\tclerk\tKLB\nmaryam\thq\t\nreza.k\tauditor\t\nzahra_m\tsupervisor\tAHR\n' "$ME" | sort)
is "$out" "$exp" "--lang en: the three columns scripts read, the county empty for every county"
grep -q 'user list.*همهٔ شهرستان‌ها\|همهٔ شهرستان‌ها.*user list' "$HAMYAR_SRC/README.md"; ok $? "README says it"
done_testing
